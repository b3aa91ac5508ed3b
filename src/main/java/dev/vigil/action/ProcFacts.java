package dev.vigil.action;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The few /proc facts that actions need, read fresh at the moment of acting: a process's state,
 * nice and start time (from /proc/PID/stat), its owner (from /proc/PID/status), its thread ids
 * (from /proc/PID/task) and vigil's own effective uid. A process that is gone reads as null.
 */
public final class ProcFacts {
    private ProcFacts() {
    }

    /**
     * The parts of /proc/PID/stat that actions use.
     *
     * @param state      state letter, field 3 (R S D Z T t I X ...)
     * @param nice       nice value, field 19, -20..19
     * @param startTicks start time in clock ticks after boot, field 22
     */
    public record Stat(char state, int nice, long startTicks) {
        /** True for a zombie or a dead entry: already ended, only waiting for its parent. */
        public boolean ended() {
            return state == 'Z' || state == 'X' || state == 'x';
        }
    }

    /** Reads /proc/PID/stat; null when the process is gone or the file unreadable. */
    public static Stat stat(int pid) {
        if (pid <= 0) return null;
        try {
            return parseStat(new String(Files.readAllBytes(Path.of("/proc", Integer.toString(pid), "stat")),
                    StandardCharsets.ISO_8859_1));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Parses the text of /proc/PID/stat. The comm field may hold spaces and parentheses, so
     * fields are counted from the last ')'. Null when malformed.
     */
    public static Stat parseStat(String text) {
        int close = text.lastIndexOf(')');
        if (close < 0 || close + 2 >= text.length()) return null;
        String[] f = text.substring(close + 2).trim().split(" +");
        // f[0] is field 3 (state); field n is f[n - 3].
        if (f.length < 20 || f[0].isEmpty()) return null;
        try {
            return new Stat(f[0].charAt(0), Integer.parseInt(f[16]), Long.parseLong(f[19]));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Real uid of the process from the "Uid:" line of /proc/PID/status; -1 when unreadable. */
    public static int uid(int pid) {
        return statusUid(Path.of("/proc", Integer.toString(pid), "status"), 0);
    }

    /** vigil's own effective uid (second value of "Uid:" in /proc/self/status); -1 when unknown. */
    public static int effectiveUid() {
        return statusUid(Path.of("/proc/self/status"), 1);
    }

    private static int statusUid(Path status, int column) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.ISO_8859_1)) {
                if (line.startsWith("Uid:")) {
                    return Integer.parseInt(line.substring(4).trim().split("\\s+")[column]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Thread ids of the process, from /proc/PID/task, ascending; empty when gone. */
    public static List<Integer> threads(int pid) {
        List<Integer> tids = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("/proc", Integer.toString(pid), "task"))) {
            for (Path p : dir) {
                try {
                    tids.add(Integer.parseInt(p.getFileName().toString()));
                } catch (NumberFormatException ignored) {
                    // not a thread entry
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        tids.sort(null);
        return tids;
    }
}
