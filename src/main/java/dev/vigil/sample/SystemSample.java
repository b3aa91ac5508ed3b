package dev.vigil.sample;

/**
 * Whole-machine figures for one refresh. Immutable by convention: the arrays are never
 * written after construction, and nobody outside the sampler may write them.
 *
 * @param cpuPercent     busy share of all CPUs since the previous sample, 0..100
 * @param perCpu         busy share of each CPU since the previous sample, 0..100, in CPU order
 * @param memTotalBytes  total usable memory
 * @param memUsedBytes   total minus available
 * @param memAvailableBytes MemAvailable: what new work can get without swapping
 * @param swapTotalBytes total swap
 * @param swapUsedBytes  swap in use
 * @param load           load average over 1, 5 and 15 minutes
 * @param uptimeSeconds  seconds since boot
 * @param tasks          processes (thread groups)
 * @param threads        threads of all processes, kernel threads included
 * @param running        tasks in state R
 */
public record SystemSample(
        double cpuPercent, double[] perCpu, long memTotalBytes, long memUsedBytes,
        long memAvailableBytes, long swapTotalBytes, long swapUsedBytes, double[] load,
        long uptimeSeconds, int tasks, int threads, int running) {

    public double memPercent() {
        return memTotalBytes <= 0 ? 0 : 100.0 * memUsedBytes / memTotalBytes;
    }

    public double swapPercent() {
        return swapTotalBytes <= 0 ? 0 : 100.0 * swapUsedBytes / swapTotalBytes;
    }
}
