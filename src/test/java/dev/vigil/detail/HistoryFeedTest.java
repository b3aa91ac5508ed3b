package dev.vigil.detail;

import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.vigil.detail.HistoryTest.proc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The bounded watch set in front of History: pinned, busiest, largest, kept while alive, at most 64. */
class HistoryFeedTest {
    /** n idle processes (PIDs 1000..), small RSS; plus the given ones. */
    private static Snapshot snap(long seq, int idle, ProcessSample... extra) {
        List<ProcessSample> ps = new ArrayList<>();
        for (int i = 0; i < idle; i++) ps.add(proc(1000 + i, 1, 'S', 0, 4096));
        ps.addAll(List.of(extra));
        return new Snapshot(seq, seq * 1000, 1000, HistoryTest.snap(1, 0).system(), ps, 0);
    }

    @Test
    void watchesOnlyThePinnedTheBusiestAndTheLargestOfThousands() {
        HistoryFeed f = new HistoryFeed();
        Identity pinned = new Identity(1500, 5);
        f.update(snap(1, 5000), pinned);
        // all idle and all the same size: the 8 first "largest" are watched, plus nothing busy; no 1500@5 yet
        assertEquals(HistoryFeed.TOP_RSS, f.size());
        ProcessSample busy = proc(7, 7, 'R', 90, 4096);
        ProcessSample big = proc(8, 8, 'S', 0, 1L << 30);
        ProcessSample mine = proc(1500, 5, 'S', 0, 1);
        f.update(snap(2, 5000, busy, big, mine), pinned);
        assertNotNull(f.series(busy.identity()), "busy");
        assertNotNull(f.series(big.identity()), "big");
        assertNotNull(f.series(pinned), "pinned");
        assertNull(f.series(new Identity(4000, 1000)), "an idle, small process has no ring");
        assertEquals(HistoryFeed.TOP_RSS + 3, f.size());
    }

    @Test
    void keepsAWatchedProcessWhileItLivesAndDropsItWhenItGoes() {
        HistoryFeed f = new HistoryFeed();
        ProcessSample busy = proc(7, 7, 'R', 90, 4096);
        f.update(snap(1, 0, busy), null);
        for (int i = 2; i <= 5; i++) f.update(snap(i, 0, proc(7, 7, 'S', 0, 4096)), null);
        assertArrayEquals(new double[]{90, 0, 0, 0, 0}, f.series(busy.identity()).cpuPercent(),
                "once watched it stays watched, idle or not");
        f.update(snap(6, 0), null);
        assertNull(f.series(busy.identity()), "gone: dropped with its ring");
        assertEquals(0, f.size());
        f.update(snap(7, 0, proc(7, 99, 'R', 50, 4096)), null);
        assertEquals(1, f.series(new Identity(7, 99)).size(), "a reused PID starts a new ring");
    }

    @Test
    void neverMoreThanMaxWatchedAndTheStalestGoFirst() {
        HistoryFeed f = new HistoryFeed();
        Identity pinned = new Identity(1, 1);
        for (int round = 0; round < 10; round++) {
            List<ProcessSample> ps = new ArrayList<>();
            ps.add(proc(1, 1, 'S', 0, 0));
            // every process that ever was busy stays alive; each round 16 new ones are busy
            for (int k = 0; k <= round; k++) {
                for (int i = 0; i < HistoryFeed.TOP_CPU; i++) {
                    ps.add(proc(100 + k * 100 + i, 1, 'S', k == round ? 50 : 0, 0)); // no RSS: only CPU counts
                }
            }
            f.update(new Snapshot(round + 1, round * 1000L, 1000, HistoryTest.snap(1, 0).system(), ps, 0), pinned);
            assertEquals(true, f.size() <= HistoryFeed.MAX_WATCHED, "bounded: " + f.size());
        }
        assertEquals(HistoryFeed.MAX_WATCHED, f.size());
        assertNotNull(f.series(pinned), "the pinned one is never evicted");
        assertNotNull(f.series(new Identity(1000, 1)), "busy this round");
        assertNull(f.series(new Identity(100, 1)), "busy in the first round only: evicted");
    }
}
