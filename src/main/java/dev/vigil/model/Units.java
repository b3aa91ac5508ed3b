package dev.vigil.model;

import java.util.Locale;

/** Parsing and printing of sizes and durations, shared by the CLI, the filter and alert rules. */
public final class Units {
    private Units() {
    }

    /**
     * Bytes from "500", "500K", "1.5G", "64MiB", "10KB". K, M, G, T are powers of 1024 (as htop
     * shows them); an optional "B" or "iB" may follow. Returns -1 when the text is not a size.
     */
    public static long parseBytes(String s) {
        String t = s.trim();
        int i = 0;
        while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) i++;
        if (i == 0) return -1;
        double v;
        try {
            v = Double.parseDouble(t.substring(0, i));
        } catch (NumberFormatException e) {
            return -1;
        }
        String u = t.substring(i).toUpperCase(Locale.ROOT);
        long mult = switch (u) {
            case "", "B" -> 1L;
            case "K", "KB", "KIB" -> 1L << 10;
            case "M", "MB", "MIB" -> 1L << 20;
            case "G", "GB", "GIB" -> 1L << 30;
            case "T", "TB", "TIB" -> 1L << 40;
            default -> -1L;
        };
        return mult < 0 ? -1 : Math.round(v * mult);
    }

    /**
     * Milliseconds from "500ms", "2s", "1.5s", "5m", "1h". A bare number is taken in the given
     * default unit (milliseconds per unit: 1000 for seconds, 100 for htop's tenths). Returns -1
     * when the text is not a duration.
     */
    public static long parseDurationMillis(String s, long bareUnitMillis) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) i++;
        if (i == 0) return -1;
        double v;
        try {
            v = Double.parseDouble(t.substring(0, i));
        } catch (NumberFormatException e) {
            return -1;
        }
        long mult = switch (t.substring(i)) {
            case "" -> bareUnitMillis;
            case "ms" -> 1L;
            case "s", "sec" -> 1000L;
            case "m", "min" -> 60_000L;
            case "h" -> 3_600_000L;
            default -> -1L;
        };
        return mult < 0 ? -1 : Math.round(v * mult);
    }

    /** Human size as htop prints it: 512K, 13.4M, 2.1G (input in bytes). */
    public static String formatBytes(long bytes) {
        if (bytes < 0) return "-";
        double k = bytes / 1024.0;
        if (k < 1000) return Math.round(k) + "K";
        double m = k / 1024.0;
        if (m < 100) return oneDecimal(m) + "M";
        if (m < 1000) return Math.round(m) + "M";
        double g = m / 1024.0;
        if (g < 100) return oneDecimal(g) + "G";
        if (g < 1000) return Math.round(g) + "G";
        return oneDecimal(g / 1024.0) + "T";
    }

    /** "2s", "500ms", "1m30s", "2h05m" */
    public static String formatDuration(long millis) {
        if (millis < 1000) return millis + "ms";
        long s = millis / 1000;
        if (s < 60) return (millis % 1000 == 0 || s >= 10) ? s + "s" : oneDecimal(millis / 1000.0) + "s";
        if (s < 3600) return (s / 60) + "m" + (s % 60 == 0 ? "" : twoDigits(s % 60) + "s");
        return (s / 3600) + "h" + twoDigits((s % 3600) / 60) + "m";
    }

    /**
     * v with two decimals, as {@code %.2f} prints the values a header shows (load averages come
     * with two decimals already): 0.5 gives "0.50", 12.345 gives "12.35"; NaN gives "-". Without
     * String.format, which cost a sixth of the monitor's drawing time at each refresh.
     */
    public static String twoDecimals(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "-";
        long hundredths = Math.round(Math.abs(v) * 100);
        long frac = hundredths % 100;
        return (v < 0 && hundredths != 0 ? "-" : "") + hundredths / 100 + (frac < 10 ? ".0" : ".") + frac;
    }

    /** n (0 to 99) with a leading zero below 10, as {@code %02d}. */
    public static String twoDigits(long n) {
        return n < 10 && n >= 0 ? "0" + n : Long.toString(n);
    }

    static String oneDecimal(double v) {
        long tenths = Math.round(v * 10);
        return (tenths / 10) + "." + (tenths % 10);
    }
}
