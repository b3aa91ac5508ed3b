package dev.vigil.detail;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of /proc/PID/limits.
 *
 * @param name  the kernel's name, e.g. "Max open files"
 * @param soft  soft limit in {@code units}; {@link #UNLIMITED} for "unlimited"
 * @param hard  hard limit in {@code units}; {@link #UNLIMITED} for "unlimited"
 * @param units "seconds", "bytes", "files", ...; "" where the kernel prints none (nice, realtime
 *              priority)
 */
public record Limit(String name, long soft, long hard, String units) {
    public static final long UNLIMITED = -1;
    public static final String OPEN_FILES = "Max open files";

    /** The value as the table shows it: the number, or "unlimited". */
    public static String text(long v) {
        return v == UNLIMITED ? "unlimited" : Long.toString(v);
    }

    /**
     * Parses the whole limits table. Columns are found from the header line ("Soft Limit",
     * "Hard Limit", "Units"), so names with spaces are read whole; rows that do not parse are
     * skipped.
     */
    public static List<Limit> parseTable(String text) {
        String[] lines = text.split("\n");
        List<Limit> out = new ArrayList<>();
        if (lines.length == 0) return out;
        int softAt = lines[0].indexOf("Soft Limit");
        if (softAt <= 0) return out;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.length() <= softAt) continue;
            String name = line.substring(0, softAt).trim();
            String[] rest = line.substring(softAt).trim().split("\\s+");
            if (name.isEmpty() || rest.length < 2) continue;
            try {
                out.add(new Limit(name, value(rest[0]), value(rest[1]), rest.length > 2 ? rest[2] : ""));
            } catch (NumberFormatException e) {
                // a row we cannot read: leave it out
            }
        }
        return out;
    }

    private static long value(String s) {
        return s.equals("unlimited") ? UNLIMITED : Long.parseLong(s);
    }

    /** The row with this name, or null. */
    public static Limit find(List<Limit> limits, String name) {
        for (Limit l : limits) {
            if (l.name().equals(name)) return l;
        }
        return null;
    }
}
