package dev.vigil.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fields of /proc/PID/stat that triage and actions need (proc(5) field numbers in brackets),
 * read by the one stat parser ({@link StatLine}, which the sampler uses in place). CPU times and
 * the start time are in clock ticks (USER_HZ, 100 per second on Linux).
 *
 * @param pid        [1] process id
 * @param comm       [2] comm name, without the parentheses (invalid UTF-8 escaped, as the sampler shows it)
 * @param state      [3] state letter
 * @param ppid       [4] parent pid (0 for PID 1 and kthreadd)
 * @param pgrp       [5] process group id
 * @param session    [6] session id
 * @param ttyNr      [7] controlling terminal as a device number; 0 for none
 * @param flags      [9] kernel PF_* flags of the task
 * @param utimeTicks [14] user CPU time
 * @param stimeTicks [15] system CPU time
 * @param nice       [19] nice value, -20..19
 * @param threads    [20] number of threads
 * @param startTicks [22] start time after boot: the key of {@link Identity}
 */
public record ProcStat(int pid, String comm, char state, int ppid, int pgrp, int session, int ttyNr, long flags,
                       long utimeTicks, long stimeTicks, int nice, int threads, long startTicks) {

    /** USER_HZ: the unit of tick fields in /proc. 100 on every Linux architecture we run on. */
    public static final int TICKS_PER_SECOND = 100;

    /**
     * Parses one stat line's bytes. The comm name may hold spaces, parentheses and newlines, so
     * it runs from the first '(' to the last ')'.
     *
     * @throws IllegalArgumentException when it is not a stat line (also a truncated one)
     */
    public static ProcStat parse(byte[] bytes) {
        ProcFile f = new ProcFile();
        f.buf = bytes;
        f.len = bytes.length;
        StatLine st = new StatLine();
        if (!st.parse(f, true)) {
            throw new IllegalArgumentException("not a stat line: " + Text.escape(Text.decode(bytes)));
        }
        return new ProcStat(st.pid, Text.decode(bytes, st.commStart, st.commLength), st.state, st.ppid, st.pgrp,
                st.session, st.ttyNr, st.flags, st.utime, st.stime, st.nice, st.threads, st.startTicks);
    }

    /** The same for a line already decoded. */
    public static ProcStat parse(String line) {
        return parse(line.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads /proc/PID/stat now; null when the process is gone, or the file unreadable or malformed. */
    public static ProcStat read(int pid) {
        if (pid <= 0) return null;
        try {
            return parse(Files.readAllBytes(Path.of("/proc", Integer.toString(pid), "stat")));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** PF_KTHREAD: a kernel thread, which no signal from user space affects. */
    public boolean kernelThread() {
        return (flags & StatLine.PF_KTHREAD) != 0;
    }

    public double userSeconds() {
        return (double) utimeTicks / TICKS_PER_SECOND;
    }

    public double systemSeconds() {
        return (double) stimeTicks / TICKS_PER_SECOND;
    }
}
