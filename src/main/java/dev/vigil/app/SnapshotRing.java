package dev.vigil.app;

import dev.vigil.detail.History;
import dev.vigil.sample.CpuSplit;
import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.SystemSample;

import java.util.ArrayList;
import java.util.List;

/**
 * The snapshots this run has seen, in memory and within a fixed budget of bytes, so the live view
 * can be rewound (a snapshot listener: it keeps every snapshot it is given). Processes are
 * packed by {@link RingCodec} (an idle process costs about a byte a snapshot); a keyframe every
 * {@link #KEY_EVERY} snapshots. When the estimate of what it holds passes the budget, the oldest
 * keyframe and the snapshots that depend on it go, so the ring never holds much more than its
 * budget. Entries are numbered from 1 in the order added; a number stays valid until evicted.
 * Thread-safe: the sampler thread adds and moves, the UI thread reads series.
 */
public final class SnapshotRing implements SnapshotListener {
    /** 16 MiB: about 40 minutes at the default 1.5 s with 1,300 processes (docs/history.md). */
    public static final long DEFAULT_BUDGET_BYTES = 16L << 20;
    static final int KEY_EVERY = 30;
    private static final int ENTRY_BYTES = 48 + 56 + 16; // the entry, its Snapshot head, the byte array's header

    private record Entry(long number, long key, Snapshot head, byte[] data, long bytes) {
    }

    private final long budget;
    private final RingCodec codec = new RingCodec();
    private final List<Entry> entries = new ArrayList<>();
    private long next = 1;
    private long entryBytes;
    private boolean forceKey;
    private long decoded;            // the entry state was read up to (0: none)
    private ProcessSample[] state;

    public SnapshotRing(long budgetBytes) {
        if (budgetBytes < 1) throw new IllegalArgumentException("budget must be positive");
        this.budget = budgetBytes;
    }

    @Override
    public void onSnapshot(Snapshot s) {
        add(s);
    }

    /** Keeps s as the newest entry and evicts the oldest ones over the budget; returns its number. */
    public synchronized long add(Snapshot s) {
        long number = next++;
        Entry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        boolean key = last == null || forceKey || number - last.key() >= KEY_EVERY;
        forceKey = false;
        byte[] data = codec.encode(s.processes(), number, key);
        Snapshot head = new Snapshot(s.sequence(), s.timestampMillis(), s.intervalMillis(), s.system(), List.of(),
                s.collectMicros());
        Entry e = new Entry(number, key ? number : last.key(), head, data, ENTRY_BYTES + data.length + systemBytes(s.system()));
        entries.add(e);
        entryBytes += e.bytes();
        evict();
        return number;
    }

    private void evict() {
        while (bytes() > budget) {
            int nextKey = 1;
            while (nextKey < entries.size() && entries.get(nextKey).key() != entries.get(nextKey).number()) nextKey++;
            if (nextKey >= entries.size()) { // one keyframe's worth left: the next entry starts a new one
                forceKey = true;
                return;
            }
            List<Entry> gone = entries.subList(0, nextKey);
            for (Entry g : gone) entryBytes -= g.bytes();
            if (decoded < entries.get(nextKey).number()) {
                decoded = 0;
                state = null;
            }
            gone.clear();
            codec.release(entries.get(0).number());
        }
    }

    /** The estimate of the memory held now, bytes (what the budget limits). */
    public synchronized long bytes() {
        long cache = state == null ? 0 : state.length * 8L + 136L * codec.idents();
        return entryBytes + codec.bytes() + cache;
    }

    public long budget() {
        return budget;
    }

    public synchronized int size() {
        return entries.size();
    }

    /** Processes' idents held (each process once, however many snapshots name it). */
    public synchronized int idents() {
        return codec.idents();
    }

    /** The oldest entry's number; 0 when empty. */
    public synchronized long first() {
        return entries.isEmpty() ? 0 : entries.get(0).number();
    }

    /** The newest entry's number; 0 when empty. */
    public synchronized long last() {
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).number();
    }

    /** When entry number was taken, epoch ms; -1 when it is not held. */
    public synchronized long timeOf(long number) {
        Entry e = entry(number);
        return e == null ? -1 : e.head().timestampMillis();
    }

    /** The number of the newest entry taken at or before millis; 0 when all are later (or none is held). */
    public synchronized long atOrBefore(long millis) {
        int lo = 0;
        int hi = entries.size() - 1;
        long found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (entries.get(mid).head().timestampMillis() <= millis) {
                found = entries.get(mid).number();
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The snapshot of entry number, as it was added (without the exporter's counters); null when not held. */
    public synchronized Snapshot get(long number) {
        Entry e = entry(number);
        if (e == null) return null;
        Snapshot h = e.head();
        return new Snapshot(h.sequence(), h.timestampMillis(), h.intervalMillis(), h.system(), processes(e),
                h.collectMicros());
    }

    /**
     * One process's CPU % and RSS in the entries up to upTo, at most max of them, oldest first:
     * the run of entries just before upTo in which it was present; null when it is not in upTo.
     */
    public synchronized History.Series series(Identity id, long upTo, int max) {
        if (entry(upTo) == null) return null;
        long from = Math.max(first(), upTo - max + 1);
        List<ProcessSample> run = new ArrayList<>();
        long firstMillis = -1;
        for (long n = from; n <= upTo; n++) {
            Entry e = entry(n);
            ProcessSample found = null;
            for (ProcessSample p : processes(e)) {
                if (p.pid() == id.pid() && p.startTicks() == id.startTicks()) {
                    found = p;
                    break;
                }
            }
            if (found == null) {
                run.clear(); // gone here: the run that reaches upTo starts later
                continue;
            }
            if (run.isEmpty()) firstMillis = e.head().timestampMillis();
            run.add(found);
        }
        if (run.isEmpty() || entry(upTo) == null) return null;
        int k = run.size();
        double[] cpu = new double[k];
        long[] rss = new long[k];
        for (int i = 0; i < k; i++) {
            cpu[i] = run.get(i).cpuPercent();
            rss[i] = run.get(i).rssBytes();
        }
        return new History.Series(cpu, rss, firstMillis, entry(upTo).head().timestampMillis());
    }

    private Entry entry(long number) {
        if (entries.isEmpty()) return null;
        long i = number - entries.get(0).number();
        return i < 0 || i >= entries.size() ? null : entries.get((int) i);
    }

    /** The processes of e: read on from the last entry read when it is of the same keyframe and before e. */
    private List<ProcessSample> processes(Entry e) {
        long from = state != null && decoded >= e.key() && decoded < e.number() ? decoded + 1 : e.key();
        if (from == e.key() && state == null) state = codec.newState();
        for (long n = from; n < e.number(); n++) state = codec.apply(state, entry(n).data(), n == e.key(), null);
        List<ProcessSample> out = new ArrayList<>();
        state = codec.apply(state, e.data(), e.key() == e.number(), out);
        decoded = e.number();
        return out;
    }

    /** An estimate of one SystemSample's memory: the record, its arrays and splits. */
    static long systemBytes(SystemSample y) {
        long b = 136;
        if (y.perCpu() != null) b += 16 + 8L * y.perCpu().length;
        if (y.load() != null) b += 16 + 8L * y.load().length;
        if (y.cpuSplit() != null) b += 48;
        CpuSplit[] split = y.perCpuSplit();
        if (split != null) b += 16 + (4 + 48L) * split.length;
        return b;
    }
}
