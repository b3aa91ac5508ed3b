package dev.vigil.sample;

/**
 * Whole-machine figures from /proc/stat, /proc/meminfo, /proc/loadavg and /proc/uptime, with
 * CPU busy shares measured between two calls. Reuses one buffer; not thread-safe.
 */
final class SystemReader {
    private static final byte[] MEM_TOTAL = ProcFile.ascii("MemTotal:");
    private static final byte[] MEM_AVAILABLE = ProcFile.ascii("MemAvailable:");
    private static final byte[] MEM_FREE = ProcFile.ascii("MemFree:");
    private static final byte[] SWAP_TOTAL = ProcFile.ascii("SwapTotal:");
    private static final byte[] SWAP_FREE = ProcFile.ascii("SwapFree:");
    private static final byte[] CPU = ProcFile.ascii("cpu");
    private static final byte[] BTIME = ProcFile.ascii("btime ");
    private static final byte[] RUNNING = ProcFile.ascii("procs_running ");

    private final String root;
    private final ProcFile f;
    private long[] prevBusy = new long[0];
    private long[] prevTotal = new long[0];
    private static final int STAT = 0, MEMINFO = 1, LOADAVG = 2, UPTIME = 3;
    private final java.io.RandomAccessFile[] files = new java.io.RandomAccessFile[4];
    long bootMillis;
    long memTotalBytes;
    private long memAvailable;
    private long swapTotal;
    private long swapFree;
    int procsRunning;

    SystemReader(String root, ProcFile f) {
        this.root = root;
        this.f = f;
    }

    /** Reads everything but memory; tasks and threads come from the caller's per-process pass. */
    SystemSample read(int tasks, int threads) {
        double[] shares = readCpu();
        double[] perCpu = new double[Math.max(0, shares.length - 1)];
        System.arraycopy(shares, 1, perCpu, 0, perCpu.length);
        double[] load = new double[3];
        if (read(LOADAVG, "/loadavg")) {
            f.pos = 0;
            for (int i = 0; i < 3; i++) load[i] = f.nextDouble();
        }
        long uptime = 0;
        if (read(UPTIME, "/uptime")) {
            f.pos = 0;
            uptime = (long) f.nextDouble();
        }
        return new SystemSample(shares.length > 0 ? shares[0] : 0, perCpu, memTotalBytes,
                Math.max(0, memTotalBytes - memAvailable), memAvailable, swapTotal, Math.max(0, swapTotal - swapFree),
                load, uptime, tasks, threads, procsRunning);
    }

    /** Reads /proc/meminfo (before the per-process pass, which needs the total for MEM%). */
    void readMemory() {
        if (!read(MEMINFO, "/meminfo")) return;
        memTotalBytes = kb(f.valueAfter(MEM_TOTAL));
        long avail = f.valueAfter(MEM_AVAILABLE);
        memAvailable = kb(avail >= 0 ? avail : f.valueAfter(MEM_FREE));
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

    /** Busy % of "cpu" (all) then each "cpuN", since the previous call (0 the first time). */
    private double[] readCpu() {
        if (!read(STAT, "/stat")) return new double[0];
        int n = 0;
        int at = 0;
        long[] busy = new long[prevBusy.length == 0 ? 8 : prevBusy.length];
        long[] total = new long[busy.length];
        while ((at = f.find(CPU, at)) >= 0) {
            if (n == busy.length) {
                busy = java.util.Arrays.copyOf(busy, n * 2);
                total = java.util.Arrays.copyOf(total, n * 2);
            }
            f.pos = at;
            f.skipFields(0);
            while (f.pos < f.len && f.buf[f.pos] >= '0' && f.buf[f.pos] <= '9') f.pos++; // the N of cpuN
            long user = f.nextLong(), nice = f.nextLong(), system = f.nextLong(), idle = f.nextLong();
            long iowait = f.nextLong(), irq = f.nextLong(), softirq = f.nextLong(), steal = f.nextLong();
            long t = user + nice + system + idle + iowait + irq + softirq + steal; // guest is inside user
            total[n] = t;
            busy[n] = t - idle - iowait;
            n++;
            at = f.pos;
        }
        long bt = f.valueAfter(BTIME);
        if (bt > 0) bootMillis = bt * 1000;
        procsRunning = (int) Math.max(0, f.valueAfter(RUNNING));
        double[] shares = new double[n];
        for (int i = 0; i < n; i++) {
            if (i < prevTotal.length && total[i] > prevTotal[i]) {
                double s = 100.0 * (busy[i] - prevBusy[i]) / (total[i] - prevTotal[i]);
                shares[i] = Math.max(0, Math.min(100, s));
            }
        }
        prevBusy = java.util.Arrays.copyOf(busy, n);
        prevTotal = java.util.Arrays.copyOf(total, n);
        return shares;
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
