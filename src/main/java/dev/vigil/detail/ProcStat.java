package dev.vigil.detail;

/**
 * The fields of /proc/PID/stat that triage needs (proc(5) field numbers in brackets). CPU times
 * and the start time are in clock ticks (USER_HZ, 100 per second on Linux).
 *
 * @param pid        [1] process id
 * @param comm       [2] comm name, without the parentheses
 * @param state      [3] state letter
 * @param ppid       [4] parent pid (0 for PID 1 and kthreadd)
 * @param pgrp       [5] process group id
 * @param session    [6] session id
 * @param ttyNr      [7] controlling terminal as a device number; 0 for none (see {@link Tty})
 * @param flags      [9] kernel PF_* flags of the task
 * @param utimeTicks [14] user CPU time
 * @param stimeTicks [15] system CPU time
 * @param threads    [20] number of threads
 * @param startTicks [22] start time after boot: the key of {@link dev.vigil.sample.Identity}
 */
public record ProcStat(int pid, String comm, char state, int ppid, int pgrp, int session,
                       int ttyNr, long flags, long utimeTicks, long stimeTicks, int threads, long startTicks) {

    /** USER_HZ: the unit of tick fields in /proc. 100 on every Linux architecture we run on. */
    public static final int TICKS_PER_SECOND = 100;

    /**
     * Parses one stat line. The comm name may hold spaces and parentheses, so it runs from the
     * first '(' to the last ')'.
     *
     * @throws IllegalArgumentException when the line is not a stat line
     */
    public static ProcStat parse(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 0 || close < open) throw new IllegalArgumentException("not a stat line: " + line);
        try {
            int pid = Integer.parseInt(line.substring(0, open).trim());
            String comm = line.substring(open + 1, close);
            // f[0] is field 3 (state), so field n is f[n - 3].
            String[] f = line.substring(close + 1).trim().split(" +");
            return new ProcStat(pid, comm, f[0].charAt(0), Integer.parseInt(f[1]),
                    Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                    Long.parseUnsignedLong(f[6]), Long.parseLong(f[11]), Long.parseLong(f[12]), Integer.parseInt(f[17]),
                    Long.parseLong(f[19]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a stat line: " + line);
        }
    }

    /** PF_KTHREAD: a kernel thread, which no signal from user space affects. */
    public boolean kernelThread() {
        return (flags & 0x00200000L) != 0;
    }

    public double userSeconds() {
        return (double) utimeTicks / TICKS_PER_SECOND;
    }

    public double systemSeconds() {
        return (double) stimeTicks / TICKS_PER_SECOND;
    }
}
