package dev.vigil.sample;

/**
 * Whole-machine figures for one refresh. Immutable by convention: the arrays are never
 * written after construction, and nobody outside the sampler may write them.
 *
 * @param cpuPercent     busy share of all CPUs since the previous sample, 0..100
 * @param perCpu         busy share of each CPU since the previous sample, 0..100, in CPU order
 * @param memTotalBytes  total usable memory
 * @param memUsedBytes   used as htop counts it: total minus free, buffers and cache (so
 *                       shared memory is inside used); used + buffers + cache + free = total
 * @param memAvailableBytes MemAvailable: what new work can get without swapping
 * @param swapTotalBytes total swap
 * @param swapUsedBytes  swap in use
 * @param load           load average over 1, 5 and 15 minutes
 * @param uptimeSeconds  seconds since boot
 * @param tasks          userland processes (thread groups), kernel threads not counted
 * @param threads        userland threads besides each process's main thread (htop's "thr")
 * @param running        runnable tasks (procs_running of /proc/stat, kernel threads included)
 * @param cpuSplit       the busy share of all CPUs split by kind; its busy() is cpuPercent
 * @param perCpuSplit    the same for each CPU, in CPU order (as long as perCpu)
 * @param memBuffersBytes Buffers of /proc/meminfo
 * @param memCacheBytes  page cache as htop counts it: Cached + SReclaimable - Shmem
 * @param kernelThreads  kernel threads, counted whether or not they are shown
 * @param pressure       pressure stall information; null where the kernel has none
 */
public record SystemSample(
        double cpuPercent, double[] perCpu, long memTotalBytes, long memUsedBytes,
        long memAvailableBytes, long swapTotalBytes, long swapUsedBytes, double[] load,
        long uptimeSeconds, int tasks, int threads, int running, CpuSplit cpuSplit,
        CpuSplit[] perCpuSplit, long memBuffersBytes, long memCacheBytes, int kernelThreads,
        Pressure pressure) {

    /** Figures without pressure information. */
    public SystemSample(
            double cpuPercent, double[] perCpu, long memTotalBytes, long memUsedBytes,
            long memAvailableBytes, long swapTotalBytes, long swapUsedBytes, double[] load,
            long uptimeSeconds, int tasks, int threads, int running, CpuSplit cpuSplit,
            CpuSplit[] perCpuSplit, long memBuffersBytes, long memCacheBytes, int kernelThreads) {
        this(cpuPercent, perCpu, memTotalBytes, memUsedBytes, memAvailableBytes, swapTotalBytes, swapUsedBytes,
                load, uptimeSeconds, tasks, threads, running, cpuSplit, perCpuSplit, memBuffersBytes, memCacheBytes,
                kernelThreads, null);
    }

    /** The same figures with this pressure information. */
    public SystemSample withPressure(Pressure p) {
        return new SystemSample(cpuPercent, perCpu, memTotalBytes, memUsedBytes, memAvailableBytes, swapTotalBytes,
                swapUsedBytes, load, uptimeSeconds, tasks, threads, running, cpuSplit, perCpuSplit, memBuffersBytes,
                memCacheBytes, kernelThreads, p);
    }

    /** MemFree: total minus used, buffers and cache (never negative). */
    public long memFreeBytes() {
        return Math.max(0, memTotalBytes - memUsedBytes - memBuffersBytes - memCacheBytes);
    }

    public double memPercent() {
        return memTotalBytes <= 0 ? 0 : 100.0 * memUsedBytes / memTotalBytes;
    }

    public double swapPercent() {
        return swapTotalBytes <= 0 ? 0 : 100.0 * swapUsedBytes / swapTotalBytes;
    }
}
