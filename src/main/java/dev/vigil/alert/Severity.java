package dev.vigil.alert;

import java.util.Locale;

/** How loud an alert is, quietest first (so ordinal order is loudness order). */
public enum Severity {
    INFO, WARNING, CRITICAL;

    /** The word used in rules, JSON and text: info, warning, critical. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity for a rule word, case-insensitive; null when it is none of the three. */
    public static Severity parse(String word) {
        for (Severity s : values()) {
            if (s.word().equalsIgnoreCase(word)) return s;
        }
        return null;
    }
}
