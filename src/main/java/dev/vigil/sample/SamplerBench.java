package dev.vigil.sample;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Benchmark of one sampler refresh (bench/sampler.sh runs it): warms the sampler up, then times
 * REFRESHES refreshes and counts the bytes this thread allocated during them. Prints one line:
 * processes, median µs per refresh, µs per process, bytes allocated per process per refresh, and
 * the median of this thread's own CPU time per process (on a busy machine the wall-clock figure
 * includes waiting for a core; the CPU time does not).
 * Usage: java -cp vigil.jar dev.vigil.sample.SamplerBench [REFRESHES] [WARMUP] [threads|io-off|extra|cgroup]...
 * ({@code extra}: the exporter's counters, as {@code vigil serve} reads them)
 */
public final class SamplerBench {
    private SamplerBench() {
    }

    public static void main(String[] args) throws Exception {
        int refreshes = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long me = Thread.currentThread().getId();
        try (Sampler s = Samplers.create()) {
            for (int i = 2; i < args.length; i++) {
                if (args[i].equals("threads")) s.setIncludeThreads(true);
                if (args[i].equals("io-off")) s.setIncludeIo(false);
                if (args[i].equals("extra")) s.setIncludeExtra(true);
                if (args[i].equals("cgroup")) s.setOptionalReads(java.util.Set.of(ProcRead.CGROUP, ProcRead.OOM_SCORE));
            }
            for (int i = 0; i < warmup; i++) s.sample();
            long[] nanos = new long[refreshes];
            long[] cpu = new long[refreshes];
            long rows = 0;
            long bytes0 = mx.getThreadAllocatedBytes(me);
            for (int i = 0; i < refreshes; i++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                Snapshot snap = s.sample();
                nanos[i] = System.nanoTime() - t0;
                cpu[i] = mx.getCurrentThreadCpuTime() - c0;
                rows += snap.processes().size();
                Thread.sleep(20); // let the machine breathe, as a real refresh interval would
            }
            long bytes = mx.getThreadAllocatedBytes(me) - bytes0;
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            double perRefreshUs = nanos[refreshes / 2] / 1000.0;
            double procs = (double) rows / refreshes;
            System.out.printf("%-10s %8.0f %12.0f %10.2f %12.0f %12.2f%n", s.getClass().getSimpleName(), procs,
                    perRefreshUs, perRefreshUs / procs, bytes / (double) rows, cpu[refreshes / 2] / 1000.0 / procs);
        }
    }
}
