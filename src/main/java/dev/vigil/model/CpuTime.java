package dev.vigil.model;

/**
 * The TIME+ column as htop prints it, from CPU seconds: {@code 0:01.23} (minutes, seconds,
 * hundredths) under an hour, then coarser as the total grows so that it stays within 9 characters:
 * {@code 5h03:07}, {@code 4d05h07m}, {@code 123d04h}, {@code 2y100d}.
 */
public final class CpuTime {
    private CpuTime() {
    }

    public static String format(double seconds) {
        if (Double.isNaN(seconds) || seconds < 0) return "-";
        long hundredths = (long) Math.floor(seconds * 100 + 1e-6);
        long total = hundredths / 100;
        long minutes = total / 60 % 60;
        long secs = total % 60;
        long hours = total / 3600;
        long days = total / 86400;
        if (hours == 0) return String.format("%d:%02d.%02d", total / 60, secs, hundredths % 100);
        if (hours < 100) return String.format("%dh%02d:%02d", hours, minutes, secs);
        if (days < 100) return String.format("%dd%02dh%02dm", days, hours % 24, minutes);
        if (days < 365) return String.format("%dd%02dh", days, hours % 24);
        return String.format("%dy%03dd", days / 365, days % 365);
    }
}
