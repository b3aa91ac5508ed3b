package dev.vigil.detail;

import dev.vigil.sample.Identity;
import dev.vigil.sample.CpuSplit;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.SystemSample;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** History rings, sparklines and the D-state tracker, fed with hand-built snapshots. */
class HistoryTest {
    private static final SystemSample SYS = new SystemSample(0, new double[0], 0, 0, 0, 0, 0,
            new double[3], 0, 0, 0, 0, CpuSplit.ZERO, new CpuSplit[0], 0, 0, 0);

    static ProcessSample proc(int pid, long start, char state, double cpu, long rss) {
        return new ProcessSample(pid, pid, 1, 0, "root", state, 0, 20, 1, rss, rss * 2, cpu, 0, 0,
                start, 0, "p" + pid, "p" + pid, Double.NaN, Double.NaN, false, 0);
    }

    static Snapshot snap(long seq, long millis, ProcessSample... ps) {
        return new Snapshot(seq, millis, 1000, SYS, List.of(ps), 0);
    }

    @Test
    void ringKeepsTheLastPointsOldestFirst() {
        History h = new History(3);
        Identity a = new Identity(10, 5);
        for (int i = 1; i <= 5; i++) h.update(snap(i, i * 1000L, proc(10, 5, 'S', i * 10, i * 100L)));
        History.Series s = h.series(a);
        assertArrayEquals(new double[] {30, 40, 50}, s.cpuPercent());
        assertArrayEquals(new long[] {300, 400, 500}, s.rssBytes());
        assertEquals(3000, s.firstMillis());
        assertEquals(5000, s.lastMillis());
        h.update(snap(5, 9000, proc(10, 5, 'S', 99, 999))); // same sequence: ignored
        assertEquals(50, h.series(a).cpuPercent()[2]);
        assertThrows(IllegalArgumentException.class, () -> new History(0));
    }

    @Test
    void processesAreKeyedByIdentityAndDroppedWhenGone() {
        History h = new History();
        h.update(snap(1, 1000, proc(10, 5, 'S', 1, 1), proc(11, 6, 'S', 2, 2)));
        h.update(snap(2, 2000, proc(10, 5, 'S', 3, 3), proc(11, 7, 'S', 4, 4))); // 11 reused
        assertEquals(2, h.series(new Identity(10, 5)).size());
        assertNull(h.series(new Identity(11, 6)));
        History.Series reused = h.series(new Identity(11, 7));
        assertEquals(1, reused.size());
        assertEquals(2000, reused.firstMillis());
        h.update(snap(3, 3000, proc(10, 5, 'S', 5, 5)));
        assertEquals(1, h.size());
    }

    @Test
    void datesOfAYoungProcessInAFullRing() {
        History h = new History(4);
        for (int i = 1; i <= 6; i++) {
            List<ProcessSample> ps = new ArrayList<>(List.of(proc(10, 5, 'S', 0, 0)));
            if (i >= 5) ps.add(proc(20, 9, 'R', 100, 0));
            h.update(new Snapshot(i, i * 1000L, 1000, SYS, ps, 0));
        }
        assertEquals(5000, h.series(new Identity(20, 9)).firstMillis());
        assertEquals(3000, h.series(new Identity(10, 5)).firstMillis());
    }

    @Test
    void sparklines() {
        double[] v = {0, 25, 50, 75, 100};
        assertEquals("▁▃▅▆█", Sparkline.render(v, 10, 100, true));
        assertEquals("_.-=#", Sparkline.render(v, 10, 100, false));
        assertEquals("=#", Sparkline.render(v, 2, 100, false)); // newest at the right
        assertEquals("▁▁", Sparkline.render(new double[] {0, 0}, 5, 0, true)); // all zero
        assertEquals("_ #", Sparkline.render(new double[] {0, Double.NaN, 10}, 5, 0, false));
        assertEquals("#", Sparkline.render(new double[] {500}, 5, 100, false)); // clamps
        assertEquals("", Sparkline.render(new double[0], 5, 100, true));
        assertEquals("-#", Sparkline.cpu(new double[] {100, 200}, 5, false)); // two cores at the top
        assertEquals("_#", Sparkline.bytes(new long[] {1 << 20, 2 << 20}, 5, false)); // from the smallest shown
        assertEquals("▁▁▁▁", Sparkline.bytes(new long[] {8 << 20, 8 << 20, 8 << 20, 8 << 20}, 5, true)); // flat is flat
        assertEquals("▁▁▁", Sparkline.bytes(new long[] {800_000_000, 800_100_000, 800_000_000}, 5, true)); // < 1%
        assertEquals("▁█", Sparkline.bytes(new long[] {100, 110}, 5, true)); // 10% shows
    }

    @Test
    void timeInD() {
        DStateTracker t = new DStateTracker();
        Identity a = new Identity(10, 5);
        t.update(snap(1, 1000, proc(10, 5, 'S', 0, 0)));
        assertEquals(Duration.ZERO, t.inD(a));
        t.update(snap(2, 2000, proc(10, 5, 'D', 0, 0)));
        assertEquals(Duration.ZERO, t.inD(a));
        t.update(snap(3, 4500, proc(10, 5, 'D', 0, 0)));
        assertEquals(Duration.ofMillis(2500), t.inD(a));
        t.update(snap(4, 6000, proc(10, 5, 'D', 0, 0), proc(10, 6, 'D', 0, 0)));
        assertEquals(Duration.ofMillis(4000), t.inD(a));
        assertEquals(Duration.ZERO, t.inD(new Identity(10, 6)));
        t.update(snap(5, 7000, proc(10, 5, 'S', 0, 0)));
        assertEquals(Duration.ZERO, t.inD(a));
        assertEquals(0, t.size());
    }
}
