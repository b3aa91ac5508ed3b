package dev.vigil.alert;

import dev.vigil.model.Units;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a metric's threshold is written and read back, how a measured value is shown, and the
 * hysteresis margin an active alert gets. Thresholds and values are doubles in these units:
 * percent (100 = one core for cpu), bytes, bytes per second, a count, a load average, seconds,
 * or a process state letter's char code.
 */
public enum Unit {
    PERCENT, BYTES, BYTES_PER_SEC, COUNT, LOAD, SECONDS, STATE, NONE;

    /** Process state letters as the kernel gives them (as the filter's state: accepts). */
    static final String STATES = "RSDZTtIXxKWP";
    /** Hysteresis: an active alert holds until the value is this share of the threshold past it. */
    static final double HYSTERESIS = 0.05;
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)");

    /** The threshold written as text, or NaN when the text is not a value of this unit. */
    public double parse(String text) {
        String t = text.trim();
        switch (this) {
            case PERCENT: {
                String n = t.endsWith("%") ? t.substring(0, t.length() - 1) : t;
                return number(n);
            }
            case COUNT:
            case LOAD:
                return number(t);
            case BYTES_PER_SEC:
            case BYTES: {
                boolean perSec = this == BYTES_PER_SEC && t.toLowerCase(Locale.ROOT).endsWith("/s");
                long v = Units.parseBytes(perSec ? t.substring(0, t.length() - 2) : t);
                return v < 0 ? Double.NaN : v;
            }
            case SECONDS: {
                long ms = Units.parseDurationMillis(t, 1000);
                return ms < 0 ? Double.NaN : ms / 1000.0;
            }
            case STATE:
                return t.length() == 1 && STATES.indexOf(t.charAt(0)) >= 0 ? t.charAt(0) : Double.NaN;
            default:
                return Double.NaN;
        }
    }

    private static double number(String t) {
        return NUMBER.matcher(t).matches() ? Double.parseDouble(t) : Double.NaN;
    }

    /** What a threshold of this unit looks like, for "'x' is not ..." messages. */
    public String expected() {
        return switch (this) {
            case PERCENT -> "a percentage (e.g. 90 or 90%)";
            case BYTES -> "a size (e.g. 500M, 2G, 64MiB)";
            case BYTES_PER_SEC -> "a rate in bytes per second (e.g. 10M or 10M/s)";
            case COUNT -> "a count (e.g. 100)";
            case LOAD -> "a load average (e.g. 4 or 2.5)";
            case SECONDS -> "a duration (e.g. 90s, 10m, 1h; bare numbers are seconds)";
            case STATE -> "one process state letter (R S D Z T t I X)";
            case NONE -> "a value";
        };
    }

    /** A threshold written so that {@link #parse} gives it back exactly: 90, 1G, 10m, D. */
    public String canonical(double v) {
        return switch (this) {
            case BYTES, BYTES_PER_SEC -> bytes((long) v);
            case SECONDS -> duration(Math.round(v * 1000));
            case STATE -> String.valueOf((char) v);
            case NONE -> "";
            default -> plain(v);
        };
    }

    /** A measured value for people: 97.0, 1.2G, 3.4M/s, 12, 1h02m, D. "-" when unknown. */
    public String format(double v) {
        if (Double.isNaN(v)) return this == NONE ? "" : "-";
        return switch (this) {
            case PERCENT -> String.format(Locale.ROOT, "%.1f", v);
            case BYTES -> Units.formatBytes((long) v);
            case BYTES_PER_SEC -> Units.formatBytes((long) v) + "/s";
            case COUNT -> Long.toString(Math.round(v));
            case LOAD -> String.format(Locale.ROOT, "%.2f", v);
            case SECONDS -> Units.formatDuration(Math.round(v * 1000));
            case STATE -> String.valueOf((char) v);
            case NONE -> "";
        };
    }

    /**
     * How far past the threshold a value must move before an active alert clears: 5 % of the
     * threshold; for counts, 5 % rounded down to whole units, so small counts (zombies > 0,
     * threads > 10) clear as soon as the condition is false; none for states and events.
     */
    public double margin(double threshold) {
        return switch (this) {
            case STATE, NONE -> 0;
            case COUNT -> Math.floor(Math.abs(threshold) * HYSTERESIS);
            default -> Math.abs(threshold) * HYSTERESIS;
        };
    }

    /** Whether a value is a state letter in JSON (a string) rather than a number. */
    public boolean isLetter() {
        return this == STATE;
    }

    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String bytes(long b) {
        String[] suffix = {"T", "G", "M", "K"};
        for (int i = 0; i < suffix.length; i++) {
            long unit = 1L << (10 * (4 - i));
            if (b != 0 && b % unit == 0) return (b / unit) + suffix[i];
        }
        return Long.toString(b);
    }

    /** Milliseconds written in the largest unit that divides them exactly: 2h, 90s, 1500ms. */
    public static String duration(long ms) {
        if (ms == 0) return "0s";
        if (ms % 3_600_000 == 0) return ms / 3_600_000 + "h";
        if (ms % 60_000 == 0) return ms / 60_000 + "m";
        if (ms % 1000 == 0) return ms / 1000 + "s";
        return ms + "ms";
    }
}
