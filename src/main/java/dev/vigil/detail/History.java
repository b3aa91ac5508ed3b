package dev.vigil.detail;

import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A bounded ring per process of CPU % and RSS over the last {@code capacity} snapshots, keyed by
 * {@link Identity}. Fed with every snapshot; a process that is not in a snapshot is dropped
 * (its history goes with it). A snapshot with the same sequence number as the previous one is
 * ignored. Thread-safe: the sampler thread feeds it, the UI thread reads {@link #series}.
 */
public final class History {
    /** 120 points: four minutes at the default 2 s refresh. */
    public static final int DEFAULT_CAPACITY = 120;

    /**
     * The points of one process, oldest first.
     *
     * @param cpuPercent CPU % per snapshot (100 = one core)
     * @param rssBytes   resident set size per snapshot, bytes
     * @param firstMillis timestamp of the oldest point, epoch ms
     * @param lastMillis  timestamp of the newest point, epoch ms
     */
    public record Series(double[] cpuPercent, long[] rssBytes, long firstMillis, long lastMillis) {
        public int size() {
            return cpuPercent.length;
        }
    }

    private static final class Ring {
        final double[] cpu;
        final long[] rss;
        int next;
        int size;

        Ring(int capacity) {
            cpu = new double[capacity];
            rss = new long[capacity];
        }

        void add(double c, long r) {
            cpu[next] = c;
            rss[next] = r;
            next = (next + 1) % cpu.length;
            if (size < cpu.length) size++;
        }

        Series copy(long firstMillis, long lastMillis) {
            double[] c = new double[size];
            long[] r = new long[size];
            int start = (next - size + cpu.length) % cpu.length;
            for (int i = 0; i < size; i++) {
                c[i] = cpu[(start + i) % cpu.length];
                r[i] = rss[(start + i) % cpu.length];
            }
            return new Series(c, r, firstMillis, lastMillis);
        }
    }

    private final int capacity;
    private final Map<Identity, Ring> rings = new HashMap<>();
    /** Timestamps of the last {@code capacity} snapshots, to date the oldest point of a ring. */
    private final long[] stamps;
    private int stampNext;
    private long lastSequence = -1;

    public History() {
        this(DEFAULT_CAPACITY);
    }

    public History(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1");
        this.capacity = capacity;
        this.stamps = new long[capacity];
    }

    public synchronized void update(Snapshot snapshot) {
        if (snapshot.sequence() == lastSequence) return;
        lastSequence = snapshot.sequence();
        stamps[stampNext] = snapshot.timestampMillis();
        stampNext = (stampNext + 1) % capacity;
        Set<Identity> seen = new HashSet<>();
        for (ProcessSample p : snapshot.processes()) {
            Identity id = p.identity();
            seen.add(id);
            rings.computeIfAbsent(id, k -> new Ring(capacity)).add(p.cpuPercent(), p.rssBytes());
        }
        rings.keySet().retainAll(seen);
    }

    /** The history of one process, oldest first; null when it has none. */
    public synchronized Series series(Identity id) {
        Ring r = rings.get(id);
        if (r == null || r.size == 0) return null;
        // A ring holds one point for each of the last `size` snapshots (a process missing from
        // a snapshot loses its ring), so its points are dated by the last `size` stamps.
        int oldest = (stampNext - r.size + capacity) % capacity;
        int newest = (stampNext - 1 + capacity) % capacity;
        return r.copy(stamps[oldest], stamps[newest]);
    }

    /** Number of processes with a history. */
    public synchronized int size() {
        return rings.size();
    }
}
