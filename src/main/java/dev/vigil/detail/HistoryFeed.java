package dev.vigil.detail;

import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds a {@link History} with a bounded set of processes instead of all of them, so that the
 * sampler pays for a few dozen rings, not thousands. Watched are: the pinned process (the one
 * whose detail pane is open), the {@link #TOP_CPU} busiest and the {@link #TOP_RSS} largest of
 * each snapshot (the ones a person is most likely to open, so their sparklines already have a
 * past), and whatever was watched before and is still alive, up to {@link #MAX_WATCHED} in all:
 * beyond that the one that was last "interesting" longest ago is dropped. A process that is gone
 * from a snapshot is dropped with its ring.
 *
 * <p>Cost per snapshot: one pass over the processes (two tiny top-k inserts and a binary search
 * among the watched PIDs each), then History work for at most {@link #MAX_WATCHED} processes. Thread-safe: the sampler
 * thread calls {@link #update}, the UI thread {@link #series}.
 */
public final class HistoryFeed {
    public static final int TOP_CPU = 16;
    public static final int TOP_RSS = 8;
    public static final int MAX_WATCHED = 64;
    /** Below this CPU % a process is not "busy" enough to be watched for CPU. */
    static final double MIN_CPU = 0.5;

    private final History history;
    /** Watched identity → sequence of the last snapshot in which it was pinned or in a top list. */
    private final Map<Identity, Long> watched = new HashMap<>();
    /** The PIDs of watched, sorted: one binary search per process finds the few to look up. */
    private int[] watchedPids = new int[0];

    public HistoryFeed() {
        this(new History());
    }

    public HistoryFeed(History history) {
        this.history = history;
    }

    /** Takes one snapshot; pinned (may be null) is always watched while it lives. */
    public synchronized void update(Snapshot s, Identity pinned) {
        long seq = s.sequence();
        TopK busy = new TopK(TOP_CPU);
        TopK big = new TopK(TOP_RSS);
        List<ProcessSample> members = new ArrayList<>(MAX_WATCHED + TOP_CPU + TOP_RSS + 1);
        Map<Identity, Long> alive = new HashMap<>();
        int[] pids = watchedPids;
        int pinnedPid = pinned == null ? -1 : pinned.pid();
        for (ProcessSample p : s.processes()) {
            if (p.cpuPercent() >= MIN_CPU) busy.offer(p, p.cpuPercent());
            if (p.rssBytes() > 0) big.offer(p, p.rssBytes());
            if (p.pid() != pinnedPid && Arrays.binarySearch(pids, p.pid()) < 0) continue;
            Identity id = p.identity();
            Long last = watched.get(id);
            if (last != null || id.equals(pinned)) {
                alive.put(id, id.equals(pinned) ? seq : last);
                members.add(p);
            }
        }
        for (TopK top : new TopK[]{busy, big}) {
            for (int i = 0; i < top.size; i++) {
                ProcessSample p = top.items[i];
                if (alive.put(p.identity(), seq) == null) members.add(p);
            }
        }
        if (members.size() > MAX_WATCHED) members = evict(members, alive);
        watched.clear();
        watched.putAll(alive);
        int[] next = new int[watched.size()];
        int i = 0;
        for (Identity id : watched.keySet()) next[i++] = id.pid();
        Arrays.sort(next);
        watchedPids = next;
        history.update(new Snapshot(s.sequence(), s.timestampMillis(), s.intervalMillis(), s.system(), members, 0));
    }

    /** Keeps the MAX_WATCHED most recently interesting members (ties: the order found). */
    private static List<ProcessSample> evict(List<ProcessSample> members, Map<Identity, Long> alive) {
        List<ProcessSample> sorted = new ArrayList<>(members);
        sorted.sort((a, b) -> Long.compare(alive.get(b.identity()), alive.get(a.identity())));
        List<ProcessSample> kept = sorted.subList(0, MAX_WATCHED);
        for (ProcessSample p : sorted.subList(MAX_WATCHED, sorted.size())) alive.remove(p.identity());
        return new ArrayList<>(kept);
    }

    /** The history of a process, oldest first; null when it is not watched (or has no points). */
    public History.Series series(Identity id) {
        return history.series(id);
    }

    /** Number of processes watched now. */
    public synchronized int size() {
        return watched.size();
    }

    /** The k largest by a key, kept in a small unsorted array (k is tiny). */
    private static final class TopK {
        final ProcessSample[] items;
        final double[] keys;
        int size;
        int min; // index of the smallest key while full

        TopK(int k) {
            items = new ProcessSample[k];
            keys = new double[k];
        }

        void offer(ProcessSample p, double key) {
            if (size < items.length) {
                items[size] = p;
                keys[size++] = key;
                if (size == items.length) findMin();
                return;
            }
            if (key <= keys[min]) return;
            items[min] = p;
            keys[min] = key;
            findMin();
        }

        private void findMin() {
            min = 0;
            for (int i = 1; i < size; i++) if (keys[i] < keys[min]) min = i;
        }
    }
}
