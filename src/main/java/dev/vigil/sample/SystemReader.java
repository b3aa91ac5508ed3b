package dev.vigil.sample;

/**
 * Whole-machine figures from /proc/stat, /proc/meminfo, /proc/loadavg and /proc/uptime, with
 * CPU busy shares measured between two calls. Reuses one buffer; not thread-safe.
 */
final class SystemReader {
    private static final byte[] MEM_TOTAL = ProcFile.ascii("MemTotal:");
    private static final byte[] MEM_AVAILABLE = ProcFile.ascii("MemAvailable:");
    private static final byte[] MEM_FREE = ProcFile.ascii("MemFree:");
    private static final byte[] BUFFERS = ProcFile.ascii("Buffers:");
    private static final byte[] CACHED = ProcFile.ascii("Cached:");
    private static final byte[] SRECLAIMABLE = ProcFile.ascii("SReclaimable:");
    private static final byte[] SHMEM = ProcFile.ascii("Shmem:");
    private static final byte[] SWAP_TOTAL = ProcFile.ascii("SwapTotal:");
    private static final byte[] SWAP_FREE = ProcFile.ascii("SwapFree:");
    private static final byte[] CPU = ProcFile.ascii("cpu");
    private static final byte[] BTIME = ProcFile.ascii("btime ");
    private static final byte[] RUNNING = ProcFile.ascii("procs_running ");

    private final String root;
    private final ProcFile f;
    /** Per /proc/stat cpu line (all first, then each CPU): user, nice, system, iowait, total. */
    private static final int USER = 0, NICE = 1, SYSTEM = 2, IOWAIT = 3, TOTAL = 4, KINDS = 5;
    private long[] prev = new long[0];
    private CpuSplit[] splits = new CpuSplit[0];
    private static final int STAT = 0, MEMINFO = 1, LOADAVG = 2, UPTIME = 3;
    private final java.io.RandomAccessFile[] files = new java.io.RandomAccessFile[4];
    long bootMillis;
    long memTotalBytes;
    private long memAvailable;
    private long memFree;
    private long memBuffers;
    private long memCache;
    private long swapTotal;
    private long swapFree;
    int procsRunning;

    SystemReader(String root, ProcFile f) {
        this.root = root;
        this.f = f;
    }

    /** Reads everything but memory; the task counts come from the caller's per-process pass. */
    SystemSample read(int tasks, int threads, int kernelThreads) {
        readCpu();
        CpuSplit all = splits.length > 0 ? splits[0] : CpuSplit.ZERO;
        CpuSplit[] perSplit = new CpuSplit[Math.max(0, splits.length - 1)];
        System.arraycopy(splits, 1, perSplit, 0, perSplit.length);
        double[] perCpu = new double[perSplit.length];
        for (int i = 0; i < perCpu.length; i++) perCpu[i] = perSplit[i].busy();
        double[] load = this.load.clone();
        long uptime = 0;
        if (read(UPTIME, "/uptime")) {
            f.pos = 0;
            uptime = (long) f.nextDouble();
        }
        long used = memTotalBytes - memFree - memBuffers - memCache;
        if (used < 0) used = memTotalBytes - memFree; // as htop, when the parts add up past the total
        return new SystemSample(all.busy(), perCpu, memTotalBytes, Math.max(0, used), memAvailable, swapTotal,
                Math.max(0, swapTotal - swapFree), load, uptime, tasks, threads, procsRunning, all, perSplit,
                memBuffers, memCache, kernelThreads);
    }

    /**
     * Reads /proc/loadavg (before the per-process pass, which looks at the last PID): the three
     * load averages, and the PID the kernel gave out last in this reader's PID namespace, -1
     * when the file has none.
     */
    void readLoad() {
        lastPid = -1;
        if (!read(LOADAVG, "/loadavg")) return;
        f.pos = 0;
        for (int i = 0; i < 3; i++) load[i] = f.nextDouble();
        f.skipFields(1);                  // running/total
        if (f.pos < f.len) {
            f.skipBlanks();
            if (f.pos < f.len && f.buf[f.pos] >= '0' && f.buf[f.pos] <= '9') lastPid = f.nextLong();
        }
    }

    private final double[] load = new double[3];
    long lastPid = -1;

    /** Reads /proc/meminfo (before the per-process pass, which needs the total for MEM%). */
    void readMemory() {
        if (!read(MEMINFO, "/meminfo")) return;
        memTotalBytes = kb(f.valueAfter(MEM_TOTAL));
        long avail = f.valueAfter(MEM_AVAILABLE);
        memFree = kb(f.valueAfter(MEM_FREE));
        memAvailable = avail >= 0 ? kb(avail) : memFree;
        memBuffers = kb(f.valueAfter(BUFFERS));
        // htop's cache: Cached + SReclaimable - Shmem (shared memory is counted as used)
        memCache = Math.max(0, kb(f.valueAfter(CACHED)) + kb(f.valueAfter(SRECLAIMABLE)) - kb(f.valueAfter(SHMEM)));
        swapTotal = kb(f.valueAfter(SWAP_TOTAL));
        swapFree = kb(f.valueAfter(SWAP_FREE));
    }

    /** Reads one of the machine-wide files, kept open after the first read. */
    private boolean read(int which, String name) {
        if (files[which] == null) files[which] = ProcFile.open(root + name);
        if (files[which] != null && f.read(files[which])) return true;
        ProcFile.close(files[which]);
        files[which] = null;
        return f.read(root + name);
    }

    void close() {
        for (int i = 0; i < files.length; i++) {
            ProcFile.close(files[i]);
            files[i] = null;
        }
    }

    private static long kb(long v) {
        return v < 0 ? 0 : v * 1024;
    }

    /**
     * Reads the cpu lines of /proc/stat ("cpu" for all, then each "cpuN") and sets {@link #splits}
     * to the shares of each kind since the previous call (all zero the first time).
     */
    private void readCpu() {
        if (!read(STAT, "/stat")) {
            splits = new CpuSplit[0];
            return;
        }
        int n = 0;
        int at = 0;
        long[] now = new long[Math.max(prev.length, 8 * KINDS)];
        while ((at = f.find(CPU, at)) >= 0) {
            if ((n + 1) * KINDS > now.length) now = java.util.Arrays.copyOf(now, now.length * 2);
            f.pos = at;
            f.skipFields(0);
            while (f.pos < f.len && f.buf[f.pos] >= '0' && f.buf[f.pos] <= '9') f.pos++; // the N of cpuN
            long user = f.nextLong(), nice = f.nextLong(), system = f.nextLong(), idle = f.nextLong();
            long iowait = f.nextLong(), irq = f.nextLong(), softirq = f.nextLong(), steal = f.nextLong();
            int k = n * KINDS;
            now[k + USER] = user; // guest and guest_nice are already inside user and nice
            now[k + NICE] = nice;
            now[k + SYSTEM] = system + irq + softirq + steal;
            now[k + IOWAIT] = iowait;
            now[k + TOTAL] = user + nice + system + idle + iowait + irq + softirq + steal;
            n++;
            at = f.pos;
        }
        long bt = f.valueAfter(BTIME);
        if (bt > 0) bootMillis = bt * 1000;
        procsRunning = (int) Math.max(0, f.valueAfter(RUNNING));
        CpuSplit[] out = new CpuSplit[n];
        for (int i = 0; i < n; i++) {
            int k = i * KINDS;
            long dt = k + TOTAL < prev.length ? now[k + TOTAL] - prev[k + TOTAL] : 0;
            out[i] = dt <= 0 ? CpuSplit.ZERO : new CpuSplit(share(now, k + USER, dt), share(now, k + NICE, dt),
                    share(now, k + SYSTEM, dt), share(now, k + IOWAIT, dt));
        }
        prev = java.util.Arrays.copyOf(now, n * KINDS);
        splits = out;
    }

    private double share(long[] now, int at, long dt) {
        double s = 100.0 * (now[at] - prev[at]) / dt;
        return Math.max(0, Math.min(100, s));
    }

    /** Boot time from /proc/stat, for absolute start times; 0 when unreadable. */
    long readBootMillis() {
        if (read(STAT, "/stat")) {
            long bt = f.valueAfter(BTIME);
            if (bt > 0) bootMillis = bt * 1000;
        }
        return bootMillis;
    }
}
