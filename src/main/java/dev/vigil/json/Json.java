package dev.vigil.json;

/**
 * A small streaming JSON writer on a StringBuilder. Commas are placed for the caller:
 * {@code new Json().beginObject().field("pid", 1).name("argv").beginArray().value("a").endArray()
 * .endObject().toString()}. NaN and infinite doubles are written as null. Strings are escaped
 * per RFC 8259; lone surrogates (invalid bytes kept by {@code Text.decode}) become {@code \\uDCxx}
 * so nothing is lost and the output stays valid JSON.
 */
public final class Json {
    private final StringBuilder sb;
    /** Per nesting level: whether the next element needs a comma before it. */
    private boolean[] comma = new boolean[16];
    private int depth;
    private boolean afterName;

    public Json() {
        this(new StringBuilder(256));
    }

    public Json(StringBuilder sb) {
        this.sb = sb;
    }

    private void sep() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (comma[depth]) sb.append(',');
        comma[depth] = true;
    }

    private Json open(char c) {
        sep();
        sb.append(c);
        if (++depth == comma.length) comma = java.util.Arrays.copyOf(comma, depth * 2);
        comma[depth] = false;
        return this;
    }

    public Json beginObject() {
        return open('{');
    }

    public Json endObject() {
        depth--;
        sb.append('}');
        return this;
    }

    public Json beginArray() {
        return open('[');
    }

    public Json endArray() {
        depth--;
        sb.append(']');
        return this;
    }

    public Json name(String name) {
        sep();
        string(sb, name);
        sb.append(':');
        afterName = true;
        return this;
    }

    public Json value(String v) {
        sep();
        if (v == null) sb.append("null");
        else string(sb, v);
        return this;
    }

    public Json value(long v) {
        sep();
        sb.append(v);
        return this;
    }

    public Json value(double v) {
        sep();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            sb.append("null");
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            sb.append((long) v);
        } else if (Math.abs(v) >= 1e15) {
            sb.append(v); // whole and too large for the rounding below (a long would overflow)
        } else {
            // Two decimals are plenty for percentages and rates; keeps lines short.
            sb.append(Math.round(v * 100.0) / 100.0);
        }
        return this;
    }

    public Json value(boolean v) {
        sep();
        sb.append(v);
        return this;
    }

    /** Appends an already-serialized JSON value verbatim. */
    public Json raw(String json) {
        sep();
        sb.append(json);
        return this;
    }

    public Json nullValue() {
        sep();
        sb.append("null");
        return this;
    }

    public Json field(String name, String v) {
        return name(name).value(v);
    }

    public Json field(String name, long v) {
        return name(name).value(v);
    }

    public Json field(String name, double v) {
        return name(name).value(v);
    }

    public Json field(String name, boolean v) {
        return name(name).value(v);
    }

    public StringBuilder builder() {
        return sb;
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        string(b, s);
        return b.toString();
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !pairedAt(s, i)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c)) {
                        sb.append(c).append(s.charAt(++i));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
    }
}
