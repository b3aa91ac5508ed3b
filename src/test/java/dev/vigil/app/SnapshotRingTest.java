package dev.vigil.app;

import dev.vigil.detail.History;
import dev.vigil.sample.CpuSplit;
import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.SystemSample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live view's memory: exact round trips, the budget, eviction, finding a time, series. */
class SnapshotRingTest {
    static final long T0 = 1_764_558_000_000L;

    static ProcessSample proc(int pid, String name, double cpu, long rss) {
        return new ProcessSample(pid, pid, 1, 1000, "app", 'S', 0, 20, 1, rss, rss * 4, cpu, rss / 1e8, pid / 10.0,
                pid * 100L, T0 - 60_000 + pid, name, "/usr/lib/" + name + "/bin/" + name + " --config /etc/" + name
                + ".conf --verbose", 0, 0, false, 1000);
    }

    static ProcessSample with(ProcessSample p, double cpu, long rss, char state) {
        return new ProcessSample(p.pid(), p.tgid(), p.ppid(), p.uid(), p.user(), state, p.nice(), p.priority(),
                p.threads(), rss, p.vszBytes(), cpu, p.memPercent(), p.cpuTimeSeconds() + cpu / 100, p.startTicks(),
                p.startTimeMillis(), p.name(), p.command(), p.ioReadBytesPerSec(), p.ioWriteBytesPerSec(),
                p.kernelThread(), p.realUid());
    }

    static SystemSample system(Random r, int cpus) {
        double[] per = new double[cpus];
        CpuSplit[] split = new CpuSplit[cpus];
        for (int i = 0; i < cpus; i++) {
            per[i] = r.nextDouble() * 100;
            split[i] = new CpuSplit(per[i] / 2, 0, per[i] / 2, 0);
        }
        return new SystemSample(r.nextDouble() * 100, per, 8L << 30, r.nextInt(1 << 30), 4L << 30, 2L << 30, 0,
                new double[]{1, 2, 3}, 1000, 300, 400, 2, new CpuSplit(1, 0, 1, 0), split, 1 << 20, 1 << 28, 90);
    }

    /**
     * n snapshots delayMs apart of a machine with procs processes: each snapshot a few busy
     * ones change, one in 20 of the others changes, one process starts and one ends now and
     * then; an exec under a new name, odd values (NaN I/O, -0.0) and a thread row are in it too.
     */
    static List<Snapshot> load(int n, int procs, long delayMs, long seed) {
        Random r = new Random(seed);
        List<ProcessSample> live = new ArrayList<>();
        for (int i = 0; i < procs; i++) live.add(proc(100 + i, "daemon" + (i % 97), 0, (1 + i % 50) << 20));
        live.add(new ProcessSample(77, 77, 1, 0, "root", 'S', -5, 15, 3, 5000, 9000, -0.0, 0, 1.5, 770, T0 - 5000,
                "bad\udcffname", "bad\udcffname arg\nline2", Double.NaN, Double.NaN, false, 1000));
        List<Snapshot> out = new ArrayList<>();
        int nextPid = 100_000;
        for (int k = 1; k <= n; k++) {
            for (int i = 0; i < live.size(); i++) {
                ProcessSample p = live.get(i);
                if (i < 5) live.set(i, with(p, r.nextDouble() * 100, p.rssBytes() + 4096L * r.nextInt(3), 'R'));
                else if (r.nextInt(20) == 0) live.set(i, with(p, r.nextDouble() * 2, p.rssBytes() + 4096, 'S'));
                else if (p.cpuPercent() != 0 && p.pid() != 77) live.set(i, with(p, 0, p.rssBytes(), 'S'));
            }
            if (k % 7 == 0) live.add(proc(nextPid++, "job" + k, 50, 8 << 20));
            if (k % 9 == 0) live.remove(10 + r.nextInt(live.size() - 10));
            if (k == n / 2) {
                ProcessSample p = live.get(6);
                live.set(6, new ProcessSample(p.pid(), p.tgid(), p.ppid(), 0, "root", p.state(), p.nice(), p.priority(),
                        p.threads(), p.rssBytes(), p.vszBytes(), p.cpuPercent(), p.memPercent(), p.cpuTimeSeconds(),
                        p.startTicks(), p.startTimeMillis(), "execd", "/bin/execd", p.ioReadBytesPerSec(),
                        p.ioWriteBytesPerSec(), false, 0));
            }
            List<ProcessSample> snap = new ArrayList<>(live);
            snap.add(new ProcessSample(5100, 100, 1, 1000, "app", 'S', 0, 20, 1, 0, 0, 1, 0, 0, 1, T0, "thr", "thr",
                    Double.NaN, Double.NaN, false, 1000));
            out.add(new Snapshot(k, T0 + k * delayMs, delayMs, system(r, 4), snap, 100 + k));
        }
        return out;
    }

    @Test
    void everySnapshotReadsBackExactly() {
        List<Snapshot> all = load(100, 60, 1500, 1);
        SnapshotRing ring = new SnapshotRing(Long.MAX_VALUE);
        for (Snapshot s : all) ring.add(s);
        assertEquals(1, ring.first());
        assertEquals(100, ring.last());
        // backwards too, so each read finds a keyframe other than the one read last
        for (int k = all.size(); k >= 1; k--) assertEquals(all.get(k - 1), ring.get(k), "snapshot " + k);
        assertNull(ring.get(0));
        assertNull(ring.get(101));
    }

    @Test
    void staysWithinItsBudgetByEvictingTheOldestKeyframes() {
        List<Snapshot> all = load(400, 200, 1500, 2);
        SnapshotRing ring = new SnapshotRing(600_000);
        long most = 0;
        for (Snapshot s : all) {
            ring.add(s);
            most = Math.max(most, ring.bytes());
            assertTrue(ring.bytes() <= ring.budget(), ring.bytes() + " over " + ring.budget());
        }
        assertTrue(ring.first() > 1, "the oldest went");
        assertEquals(400, ring.last());
        assertEquals(0, (ring.first() - 1) % SnapshotRing.KEY_EVERY, "evicted whole keyframes: first " + ring.first());
        assertTrue(most > 500_000, "it filled up to near its budget: " + most);
        for (long k = ring.first(); k <= ring.last(); k++) assertEquals(all.get((int) k - 1), ring.get(k));
        assertNull(ring.get(ring.first() - 1));
        // idents of processes only the evicted snapshots named are freed
        assertTrue(ring.idents() < 200 + 400 / 7, "idents " + ring.idents());
    }

    @Test
    void aSnapshotBiggerThanTheBudgetKeepsOnlyTheNewest() {
        List<Snapshot> all = load(40, 300, 1500, 3);
        SnapshotRing ring = new SnapshotRing(20_000);
        for (Snapshot s : all) ring.add(s);
        assertEquals(40, ring.last());
        assertTrue(ring.size() <= 2, "size " + ring.size());
        assertEquals(all.get(39), ring.get(40));
    }

    @Test
    void findsTheEntryAtOrBeforeATime() {
        SnapshotRing ring = new SnapshotRing(Long.MAX_VALUE);
        for (Snapshot s : load(50, 10, 1500, 4)) ring.add(s);
        assertEquals(0, ring.atOrBefore(T0));
        assertEquals(1, ring.atOrBefore(T0 + 1500));
        assertEquals(1, ring.atOrBefore(T0 + 2999));
        assertEquals(2, ring.atOrBefore(T0 + 3000));
        assertEquals(50, ring.atOrBefore(Long.MAX_VALUE));
        assertEquals(T0 + 20 * 1500, ring.timeOf(20));
        assertEquals(-1, ring.timeOf(51));
    }

    @Test
    void seriesIsTheProcessOverTheEntriesUpToAPoint() {
        List<Snapshot> all = load(60, 20, 1500, 5);
        SnapshotRing ring = new SnapshotRing(Long.MAX_VALUE);
        for (Snapshot s : all) ring.add(s);
        Identity busy = all.get(0).processes().get(0).identity();
        History.Series s = ring.series(busy, 40, 10);
        assertNotNull(s);
        assertEquals(10, s.size());
        double[] cpu = new double[10];
        long[] rss = new long[10];
        for (int i = 0; i < 10; i++) {
            ProcessSample p = all.get(30 + i).processes().get(0);
            cpu[i] = p.cpuPercent();
            rss[i] = p.rssBytes();
        }
        assertArrayEquals(cpu, s.cpuPercent());
        assertArrayEquals(rss, s.rssBytes());
        assertEquals(T0 + 31 * 1500, s.firstMillis());
        assertEquals(T0 + 40 * 1500, s.lastMillis());
        // a process started at entry 49 has a series from there only, and none before it
        Identity job = all.get(48).processes().get(all.get(48).processes().size() - 2).identity();
        assertEquals(2, ring.series(job, 50, 100).size());
        assertNull(ring.series(job, 45, 100));
    }

    /**
     * The figure README and docs/history.md give: ten minutes at the default 1.5 s (400
     * snapshots) of 1,300 processes, a few busy and the rest mostly idle, fit the default budget
     * with room to spare. (bench/ring.sh measures it on the real process table.)
     */
    @Test
    void tenMinutesOf1300ProcessesFitTheDefaultBudget() {
        SnapshotRing ring = new SnapshotRing(SnapshotRing.DEFAULT_BUDGET_BYTES);
        List<Snapshot> all = load(400, 1300, 1500, 6);
        for (Snapshot s : all) ring.add(s);
        assertEquals(1, ring.first(), "nothing evicted");
        System.out.printf("ring: 400 snapshots of ~1300 processes: %d bytes (%.1f per snapshot), budget %d%n",
                ring.bytes(), ring.bytes() / 400.0, ring.budget());
        assertTrue(ring.bytes() < SnapshotRing.DEFAULT_BUDGET_BYTES / 2, "bytes " + ring.bytes());
    }
}
