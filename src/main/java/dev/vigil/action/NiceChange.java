package dev.vigil.action;

import dev.vigil.sample.Text;

/**
 * A renice request: a step relative to each process's current nice (F7/F8: -1/+1) or an exact
 * value typed at the prompt. Nice runs from -20 (highest priority) to 19 (lowest).
 *
 * @param relative true for a step, false for an exact value
 * @param value    the step (relative) or the target nice (exact, -20..19)
 */
public record NiceChange(boolean relative, int value) {
    public static final int MIN = -20;
    public static final int MAX = 19;

    public NiceChange {
        if (!relative && (value < MIN || value > MAX)) {
            throw new IllegalArgumentException(outOfRange(Integer.toString(value)));
        }
    }

    /** A step: -1 raises priority (F7), +1 lowers it (F8). */
    public static NiceChange by(int step) {
        return new NiceChange(true, step);
    }

    public static NiceChange exactly(int nice) {
        return new NiceChange(false, nice);
    }

    /**
     * Parses what the user typed at the exact-value prompt: a whole number -20..19, optionally
     * signed, surrounding spaces ignored. Anything else throws IllegalArgumentException whose
     * message is one line to show as it is.
     */
    public static NiceChange parse(String text) {
        String t = text == null ? "" : text.strip().replace('\u2212', '-');
        if (t.isEmpty()) {
            throw new IllegalArgumentException("enter a nice value from -20 (highest priority) to 19 (lowest)");
        }
        if (!t.matches("[+-]?[0-9]+")) {
            throw new IllegalArgumentException("\"" + Text.escape(shorten(t)) + "\" is not a number;"
                    + " nice is a whole number from -20 (highest priority) to 19 (lowest)");
        }
        String digits = t.replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
        if (digits.length() > 2) throw new IllegalArgumentException(outOfRange(shorten(t)));
        int v = Integer.parseInt(t.startsWith("+") ? t.substring(1) : t);
        if (v < MIN || v > MAX) throw new IllegalArgumentException(outOfRange(t));
        return exactly(v);
    }

    private static String outOfRange(String shown) {
        return "nice " + shown + " is out of range; it must be from -20 to 19";
    }

    private static String shorten(String t) {
        return t.length() > 24 ? t.substring(0, 24) + "…" : t;
    }

    /** The nice this change asks for, given the current one, kept within -20..19. */
    public int apply(int current) {
        int v = relative ? current + value : value;
        return Math.max(MIN, Math.min(MAX, v));
    }

    /** "nice +1", "nice -1", "nice 5". */
    public String describe() {
        return relative ? "nice " + (value >= 0 ? "+" : "") + value : "nice " + value;
    }
}
