package dev.vigil.action;

import dev.vigil.sample.ProcStat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The few /proc facts that actions need, read fresh at the moment of acting: a process's state,
 * nice and start time (from /proc/PID/stat), its owner and allowed CPUs (from /proc/PID/status), its thread ids
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

    /** Reads /proc/PID/stat (through sample's one parser); null when the process is gone or the file unreadable. */
    public static Stat stat(int pid) {
        return of(ProcStat.read(pid));
    }

    /** Parses the text of /proc/PID/stat (the comm field may hold spaces and parentheses); null when malformed. */
    public static Stat parseStat(String text) {
        try {
            return of(ProcStat.parse(text));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Stat of(ProcStat st) {
        return st == null ? null : new Stat(st.state(), st.nice(), st.startTicks());
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

    /** CPUs the process (its main thread) may run on, from "Cpus_allowed_list:" of /proc/PID/status; null when unreadable. */
    public static CpuSet cpusAllowed(int pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Integer.toString(pid), "status"), StandardCharsets.ISO_8859_1)) {
                if (line.startsWith("Cpus_allowed_list:")) return CpuSet.parse(line.substring(18));
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
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
