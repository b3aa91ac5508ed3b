package dev.vigil.app;

import dev.vigil.sample.Sampler;
import dev.vigil.sample.Samplers;
import dev.vigil.sample.Snapshot;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Measures the live view's memory (bench/ring.sh runs it): samples this machine N times DELAY
 * ms apart into a {@link SnapshotRing} with no budget, then prints the ring's own estimate and
 * the heap it really retains (used heap after a full GC with the ring, less the same without it), per
 * snapshot, and what ten minutes at the default 1.5 s come to.
 * Usage: java -cp vigil.jar dev.vigil.app.RingBench [N] [DELAY_MS]
 */
public final class RingBench {
    private RingBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        long delay = args.length > 1 ? Long.parseLong(args[1]) : 1500;
        MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
        SnapshotRing ring = new SnapshotRing(Long.MAX_VALUE);
        int procs = 0;
        try (Sampler s = Samplers.create()) {
            s.sample();
            Thread.sleep(delay);
            Snapshot warm = s.sample();
            for (int i = 0; i < n; i++) {
                Thread.sleep(delay);
                Snapshot x = i == 0 ? warm : s.sample();
                procs += x.processes().size();
                ring.add(x);
            }
            long with = usedAfterGc(mx);
            long est = ring.bytes();
            int idents = ring.idents();
            if (ring.size() != n) throw new IllegalStateException("lost entries");
            ring = null;
            long real = with - usedAfterGc(mx); // the same sampler, the same caches: the difference is the ring
            System.out.printf("ring: %d snapshots %d ms apart, %d processes each on average, %d idents:"
                    + " estimate %d bytes (%.0f a snapshot), heap retained %d bytes (%.0f a snapshot);"
                    + " 10 min at 1.5 s (400 snapshots) = %.1f MB estimated, %.1f MB retained%n", n, delay, procs / n,
                    idents, est, est / (double) n, real, real / (double) n, est * 400.0 / n / 1e6,
                    real * 400.0 / n / 1e6);
        }
    }

    /** Used heap after full collections, repeated until it stops falling (the first leaves some behind). */
    private static long usedAfterGc(MemoryMXBean mx) throws InterruptedException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(50);
            long used = mx.getHeapMemoryUsage().getUsed();
            if (used >= best) break;
            best = used;
        }
        return best;
    }
}
