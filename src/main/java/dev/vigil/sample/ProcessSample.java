package dev.vigil.sample;

/**
 * What the OS said about one process (or one userland thread) in one refresh. Immutable.
 *
 * @param pid            process id (for a thread row: the thread id)
 * @param tgid           thread group id: equals pid for a process, the owning process for a thread
 * @param ppid           parent pid (0 for the roots: PID 1 and kthreadd)
 * @param uid            effective uid, as htop and {@code ps -o user} show; read at every refresh
 * @param user           user name for uid, or the number as text when unknown
 * @param state          state letter exactly as the kernel gives it: R S D Z T t I X (or W K P)
 * @param nice           nice value, -20..19
 * @param priority       kernel priority as /proc/PID/stat field 18 gives it (as htop's PRI)
 * @param threads        number of threads in the process
 * @param rssBytes       resident set size, bytes
 * @param vszBytes       virtual size, bytes
 * @param cpuPercent     CPU use between the previous sample and this one; 100 = one full core.
 *                       0 on the first sample of a process that is new to the sampler.
 * @param memPercent     rssBytes as a percentage of total memory
 * @param cpuTimeSeconds user + system CPU time over the whole life of the process, seconds
 * @param startTicks     start time in clock ticks after boot: the raw value used for {@link Identity}
 * @param startTimeMillis start time as epoch milliseconds (absolute)
 * @param name           comm name (up to 15 bytes on Linux), decoded with {@link Text#decode}; for a
 *                       thread row the thread's own name (task/TID/comm)
 * @param command        full command line, arguments separated by single spaces; raw bytes kept
 *                       (see {@link Text}); the comm name in brackets when the process has none
 *                       (kernel threads, zombies)
 * @param ioReadBytesPerSec  bytes read per second since the previous sample; NaN when unreadable
 * @param ioWriteBytesPerSec bytes written per second since the previous sample; NaN when unreadable
 * @param kernelThread   true for kernel threads (children of kthreadd, no memory map)
 * @param realUid        real uid (ps -o ruser); equals uid unless the process changed one of them
 * @param extra          the exporter's counters ({@link ProcessExtra}); null unless the sampler
 *                       was asked for them, and always null for thread rows
 * @param attrs          the optional columns' facts ({@link ProcessAttrs}); never null
 */
public record ProcessSample(
        int pid, int tgid, int ppid, int uid, String user, char state, int nice, int priority,
        int threads, long rssBytes, long vszBytes, double cpuPercent, double memPercent,
        double cpuTimeSeconds, long startTicks, long startTimeMillis, String name, String command,
        double ioReadBytesPerSec, double ioWriteBytesPerSec, boolean kernelThread,
        int realUid, ProcessExtra extra, ProcessAttrs attrs) {

    public ProcessSample {
        if (attrs == null) attrs = ProcessAttrs.UNKNOWN;
    }

    /** A sample without the optional columns' facts. */
    public ProcessSample(
            int pid, int tgid, int ppid, int uid, String user, char state, int nice, int priority,
            int threads, long rssBytes, long vszBytes, double cpuPercent, double memPercent,
            double cpuTimeSeconds, long startTicks, long startTimeMillis, String name, String command,
            double ioReadBytesPerSec, double ioWriteBytesPerSec, boolean kernelThread,
            int realUid, ProcessExtra extra) {
        this(pid, tgid, ppid, uid, user, state, nice, priority, threads, rssBytes, vszBytes, cpuPercent,
                memPercent, cpuTimeSeconds, startTicks, startTimeMillis, name, command, ioReadBytesPerSec,
                ioWriteBytesPerSec, kernelThread, realUid, extra, ProcessAttrs.UNKNOWN);
    }

    /** A sample without the exporter's counters (what the monitor and batch take). */
    public ProcessSample(
            int pid, int tgid, int ppid, int uid, String user, char state, int nice, int priority,
            int threads, long rssBytes, long vszBytes, double cpuPercent, double memPercent,
            double cpuTimeSeconds, long startTicks, long startTimeMillis, String name, String command,
            double ioReadBytesPerSec, double ioWriteBytesPerSec, boolean kernelThread, int realUid) {
        this(pid, tgid, ppid, uid, user, state, nice, priority, threads, rssBytes, vszBytes, cpuPercent,
                memPercent, cpuTimeSeconds, startTicks, startTimeMillis, name, command, ioReadBytesPerSec,
                ioWriteBytesPerSec, kernelThread, realUid, null, ProcessAttrs.UNKNOWN);
    }

    /** This sample with other optional facts. */
    public ProcessSample withAttrs(ProcessAttrs a) {
        return new ProcessSample(pid, tgid, ppid, uid, user, state, nice, priority, threads, rssBytes, vszBytes,
                cpuPercent, memPercent, cpuTimeSeconds, startTicks, startTimeMillis, name, command,
                ioReadBytesPerSec, ioWriteBytesPerSec, kernelThread, realUid, extra, a);
    }

    /** The same process when it did not run since this sample: 0 % CPU, and ioRate for both I/O rates. */
    ProcessSample resting(double ioRate) {
        return new ProcessSample(pid, tgid, ppid, uid, user, state, nice, priority, threads, rssBytes, vszBytes, 0,
                memPercent, cpuTimeSeconds, startTicks, startTimeMillis, name, command, ioRate, ioRate, kernelThread,
                realUid, extra, attrs);
    }

    /** Same process as far as a recording keeps it once: identity, owner, name and command line. */
    public boolean sameIdentity(ProcessSample b) {
        return pid == b.pid && startTicks == b.startTicks && startTimeMillis == b.startTimeMillis
                && tgid == b.tgid && uid == b.uid && kernelThread == b.kernelThread
                && realUid == b.realUid && user.equals(b.user) && name.equals(b.name)
                && command.equals(b.command);
    }

    /** Same values a recording stores per sample (doubles compared bit for bit). */
    public boolean sameValues(ProcessSample b) {
        return ppid == b.ppid && state == b.state && nice == b.nice && priority == b.priority
                && threads == b.threads && rssBytes == b.rssBytes && vszBytes == b.vszBytes
                && sameBits(cpuPercent, b.cpuPercent) && sameBits(memPercent, b.memPercent)
                && sameBits(cpuTimeSeconds, b.cpuTimeSeconds) && sameBits(ioReadBytesPerSec, b.ioReadBytesPerSec)
                && sameBits(ioWriteBytesPerSec, b.ioWriteBytesPerSec);
    }

    private static boolean sameBits(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }

    public Identity identity() {
        return new Identity(pid, startTicks);
    }

    /** True for a userland thread row (not the main thread of its process). */
    public boolean isThread() {
        return tgid != pid;
    }

    public boolean hasIo() {
        return !Double.isNaN(ioReadBytesPerSec);
    }
}
