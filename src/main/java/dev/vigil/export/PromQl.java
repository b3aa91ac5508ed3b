package dev.vigil.export;

import java.math.BigDecimal;

/** Writing PromQL: string literals, regular-expression quoting, numbers and selectors. */
final class PromQl {
    private PromQl() {
    }

    /** A double-quoted PromQL string literal. */
    static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20) b.append(String.format("\\x%02x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    /** Text matched literally inside an RE2 regular expression. */
    static String regexQuote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\.+*?()|[]{}^$".indexOf(c) >= 0) b.append('\\');
            b.append(c);
        }
        return b.toString();
    }

    /** A number as PromQL reads it back exactly: 90, 0.5, 1073741824. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** name{matchers, more}, or the bare name when there are none. */
    static String selector(String name, String matchers, String more) {
        String all = matchers.isEmpty() ? more : more.isEmpty() ? matchers : matchers + ", " + more;
        return all.isEmpty() ? name : name + "{" + all + "}";
    }
}
