package dev.vigil.sample;

/**
 * Bytes from /proc into Strings without losing anything, and Strings back out safely.
 *
 * <p>{@link #decode} reads UTF-8; each byte that is not part of a valid UTF-8 sequence becomes
 * the lone surrogate U+DC80+byte (as Python's "surrogateescape"), so invalid bytes survive and
 * can be shown as {@code \xNN}. {@link #escape} makes any such String safe for one terminal cell
 * row or one log line: control characters become {@code \n}, {@code \t}, {@code \xNN}, and the
 * invisible format characters (bidi controls such as U+202E, zero-width ones, line and paragraph
 * separators) {@code \\u{202e}}, as the monitor shows them: they can make a command line read
 * as something it is not.
 */
public final class Text {
    private Text() {
    }

    public static String decode(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        // Fast path: plain ASCII without control characters needs no builder work.
        while (i < end && b[i] >= 0x20 && b[i] < 0x7f) i++;
        if (i == end) return new String(b, off, len, java.nio.charset.StandardCharsets.ISO_8859_1);
        StringBuilder sb = new StringBuilder(len);
        for (int k = off; k < i; k++) sb.append((char) b[k]);
        while (i < end) {
            int c = b[i] & 0xff;
            int need;
            int cp;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            } else if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                cp = c & 0x1f;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                cp = c & 0x0f;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                cp = c & 0x07;
            } else {
                sb.append((char) (0xdc00 + c));
                i++;
                continue;
            }
            boolean ok = i + need < end; // continuation bytes i+1..i+need exist
            int v = cp;
            if (ok) {
                for (int k = 1; k <= need; k++) {
                    int cc = b[i + k] & 0xff;
                    if ((cc & 0xc0) != 0x80) {
                        ok = false;
                        break;
                    }
                    v = (v << 6) | (cc & 0x3f);
                }
            }
            // Reject overlong forms, surrogates and values past U+10FFFF.
            if (ok && (need == 2 && (v < 0x800 || (v >= 0xd800 && v <= 0xdfff))
                    || need == 3 && (v < 0x10000 || v > 0x10ffff))) {
                ok = false;
            }
            if (ok) {
                sb.appendCodePoint(v);
                i += need + 1;
            } else {
                sb.append((char) (0xdc00 + c));
                i++;
            }
        }
        return sb.toString();
    }

    public static String decode(byte[] b) {
        return decode(b, 0, b.length);
    }

    /** True if {@link #escape} would change s. */
    public static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || (c >= 0x80 && c < 0xa0)
                    || (c >= 0xdc80 && c <= 0xdcff) || (c >= 0xad && invisible(s.codePointAt(i)))) {
                return true;
            }
        }
        return false;
    }

    /** Format characters (Cf: bidi controls, zero-width ones, BOM) and line/paragraph separators. */
    private static boolean invisible(int cp) {
        int t = Character.getType(cp);
        return t == Character.FORMAT || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * Printable form: newline, tab, CR and backslash as {@code \n \t \r \\}, other control
     * characters and invalid bytes as {@code \xNN}, invisible format characters as
     * {@code \\u{XXXX}}. Everything else (valid Unicode) is kept.
     */
    public static String escape(String s) {
        if (!needsEscape(s)) return s;
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c >= 0xdc80 && c <= 0xdcff) {
                        hex(sb, c - 0xdc00);
                    } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                        hex(sb, c);
                    } else if (c >= 0xad && invisible(s.codePointAt(i))) {
                        int cp = s.codePointAt(i);
                        sb.append("\\u{").append(Integer.toHexString(cp)).append('}');
                        i += Character.charCount(cp) - 1;
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static void hex(StringBuilder sb, int v) {
        sb.append("\\x").append(Character.forDigit((v >> 4) & 0xf, 16))
                .append(Character.forDigit(v & 0xf, 16));
    }
}
