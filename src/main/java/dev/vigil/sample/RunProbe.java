package dev.vigil.sample;

/**
 * Whether a process ran since it was last read in full, from /proc/PID/schedstat: the run time
 * of its main thread in nanoseconds (exact, unlike the clock ticks of stat) and how many times
 * it was put on a CPU. The kernel makes that file with three numbers and no locks, where stat
 * takes the task's locks and formats fifty fields; here each read of a /proc file is one system
 * call, and a system call is most of what reading a file costs (1.2 µs for the cheapest on this
 * machine's virtual CPU), so one read instead of three (stat, statm, the owner of /proc/PID) is
 * what the sampler saves for a process that slept through the refresh.
 * <p>
 * Only a single-threaded process is probed: its one thread is the only one that can change its
 * CPU time, program, uids, name, threads and state. Some fields can change while it sleeps
 * (nice by another process, its parent on reparenting, RES by reclaim); the sampler reads those
 * in full every {@link LinuxSampler#FULL_EVERY} refreshes and, for reparenting, when its parent
 * went away. A kernel without schedstat (zeros) or a probe that cannot be read means "ran".
 */
final class RunProbe {
    private final ProcFile f;
    long runNanos;
    long runCount;

    RunProbe(ProcFile f) {
        this.f = f;
    }

    /** Reads the kept schedstat file into the fields; false when gone, unreadable or all zero. */
    boolean read(java.io.RandomAccessFile file) {
        if (!f.read(file)) return false;
        f.pos = 0;
        runNanos = f.nextLong();
        f.nextLong(); // time spent waiting on a run queue: changes only when it gets a CPU
        runCount = f.nextLong();
        return runCount > 0 && f.pos <= f.len;
    }
}
