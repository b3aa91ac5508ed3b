package dev.vigil.detail;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of /proc/PID/cgroup: "0::/path" for cgroup v2, "N:controllers:/path" for each v1
 * hierarchy (hybrid systems have both).
 *
 * @param entries the lines in file order
 */
public record Cgroup(List<Entry> entries) {

    /** One line: hierarchy id (0 for v2), controllers ("" for v2, "name=systemd" for named), path. */
    public record Entry(int hierarchy, String controllers, String path) {
    }

    public Cgroup {
        entries = List.copyOf(entries);
    }

    public static Cgroup parse(String text) {
        List<Entry> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            int a = line.indexOf(':');
            int b = a < 0 ? -1 : line.indexOf(':', a + 1);
            if (b < 0) continue;
            try {
                out.add(new Entry(Integer.parseInt(line.substring(0, a)), line.substring(a + 1, b),
                        line.substring(b + 1)));
            } catch (NumberFormatException e) {
                // skip
            }
        }
        return new Cgroup(out);
    }

    /**
     * The one path to show: the v2 path, unless it is "/" (or absent) while a v1 hierarchy
     * places the process deeper, in which case the first such v1 path in file order. "" when the
     * file was empty.
     */
    public String path() {
        String v2 = null;
        for (Entry e : entries) {
            if (e.hierarchy() == 0 && e.controllers().isEmpty()) v2 = e.path();
        }
        if (v2 != null && !v2.equals("/")) return v2;
        for (Entry e : entries) {
            if (e.hierarchy() != 0 && !e.path().equals("/")) return e.path();
        }
        if (v2 != null) return v2;
        return entries.isEmpty() ? "" : entries.get(0).path();
    }
}
