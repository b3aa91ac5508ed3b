package dev.vigil.cli;

/**
 * Writing man(7) source: text made safe for troff, and the few macros the man page uses. Every
 * line of generated text goes through {@link #text}: a backslash becomes {@code \e}, a hyphen
 * {@code \-} (so options render and copy as ASCII hyphens), and a line that would start with a
 * control character ({@code .} or {@code '}) is guarded with {@code \&}.
 */
final class Troff {
    private final StringBuilder out = new StringBuilder();

    /** Text escaped for troff; newlines stay line breaks in the source, each line guarded. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (lineStart && (c == '.' || c == '\'')) b.append("\\&");
            lineStart = c == '\n';
            switch (c) {
                case '\\' -> b.append("\\e");
                case '-' -> b.append("\\-");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A macro argument: escaped, double quotes as \(dq, and quoted when it holds a blank. */
    static String arg(String s) {
        String t = text(s.replace("\n", " ")).replace("\"", "\\(dq");
        if (t.startsWith("\\&")) t = t.substring(2);
        return t.isEmpty() || t.contains(" ") || t.contains("\t") ? "\"" + t + "\"" : t;
    }

    /** Bold text inline (font escapes, escaped content). */
    static String bold(String s) {
        return "\\fB" + text(s) + "\\fR";
    }

    /** Italic text inline. */
    static String italic(String s) {
        return "\\fI" + text(s) + "\\fR";
    }

    Troff raw(String troffSource) {
        out.append(troffSource);
        if (!troffSource.endsWith("\n")) out.append('\n');
        return this;
    }

    Troff section(String name) {
        return raw(".SH " + arg(name));
    }

    Troff subsection(String name) {
        return raw(".SS " + arg(name));
    }

    /** A tagged paragraph: the tag line (already troff source) and the body (plain text). */
    Troff tagged(String tagSource, String body) {
        raw(".TP");
        raw(tagSource);
        return paragraphText(body);
    }

    /** Plain text, escaped, collapsed so that no line of the source is blank. */
    Troff paragraphText(String body) {
        String b = body.strip().replaceAll("\n\\s*\n", "\n");
        return b.isEmpty() ? this : raw(text(b));
    }

    Troff paragraph() {
        return raw(".PP");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
