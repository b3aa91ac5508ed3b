package dev.vigil.sample;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A single-threaded process whose /proc/PID/schedstat did not change is not read again (its
 * last sample stands, at 0 % CPU), except every FULL_EVERY refreshes, after readInFullNext, and
 * when its parent went away. Over a literal fake /proc tree: the fake stat is changed behind the
 * sampler's back, which a process that did not run could not do, to show what was read.
 */
class LinuxSamplerRestTest {
    @TempDir
    Path dir;
    FakeProc proc;
    LinuxSampler sampler;
    final AtomicLong clock = new AtomicLong(1_000_000_000L);

    @BeforeEach
    void setUp() {
        proc = new FakeProc(dir);
        proc.process(1, FakeProc.ascii("init"), 'S', 0, 100, 50, 0, 1, 1, 500, 0, FakeProc.ascii("/sbin/init\0"));
        sleeper(4000, 1, 0, 300);
        proc.write("4000/schedstat", "5000000 100 7\n");
        sleeper(4001, 4000, 0, 200);
        proc.write("4001/schedstat", "9000000 100 3\n");
        sampler = new LinuxSampler(proc.root.toFile(), proc.passwd.toFile());
        sampler.setClock(clock::get);
    }

    private void sleeper(int pid, int ppid, int nice, long rssPages) {
        proc.process(pid, FakeProc.ascii("sleep"), 'S', ppid, 10, 5, nice, 1, 40_000 + pid, rssPages, 0,
                FakeProc.ascii("sleep\0" + pid + "\0"));
        proc.write(pid + "/statm", "5000 " + rssPages + " 100 1 0 300 0\n");
    }

    private ProcessSample next(int pid) {
        clock.addAndGet(1_000_000_000L);
        return sampler.sample().processes().stream().filter(p -> p.pid() == pid).findFirst().orElse(null);
    }

    /** Two refreshes: the first reads, the second records the probe beside a full read. */
    private ProcessSample settle(int pid) {
        next(pid);
        return next(pid);
    }

    @Test
    void aProcessThatDidNotRunKeepsItsSampleUntilItRuns() {
        ProcessSample before = settle(4001);
        sleeper(4001, 4000, 5, 260);                        // nice and RES changed, schedstat did not
        ProcessSample rested = next(4001);
        assertSame(before, rested, "the sample of a process that did not run is reused as it is");
        proc.write("4001/schedstat", "9100000 100 4\n");    // it ran
        ProcessSample read = next(4001);
        assertEquals(5, read.nice());
        assertEquals(260 * 4096L, read.rssBytes());
        assertEquals(0.0, read.cpuPercent(), "same ticks: no CPU");
    }

    @Test
    void everyFewRefreshesItIsReadInFullAll() {
        settle(4001);
        sleeper(4001, 4000, 5, 260);
        int refreshes = 0;
        ProcessSample p;
        do {
            p = next(4001);
            refreshes++;
        } while (p.nice() != 5 && refreshes <= LinuxSampler.FULL_EVERY);
        assertEquals(5, p.nice(), "read in full within FULL_EVERY refreshes");
        assertEquals(260 * 4096L, p.rssBytes());
    }

    @Test
    void afterAnActionTheNextSampleReadsEverything() {
        settle(4001);
        sleeper(4001, 4000, 5, 200);
        sampler.readInFullNext();
        assertEquals(5, next(4001).nice());
    }

    @Test
    void anOrphanIsReadAgainAtOnce() {
        settle(4001);
        proc.remove(4000);
        sleeper(4001, 1, 0, 200);                            // reparented to init, without running
        assertEquals(1, next(4001).ppid());
    }

    @Test
    void theCpuOfTheLastRunIsNotCarriedIntoARest() {
        settle(4001);
        proc.process(4001, FakeProc.ascii("sleep"), 'S', 4000, 60, 5, 0, 1, 44_001, 200, 0, FakeProc.ascii("x"));
        proc.write("4001/schedstat", "509000000 100 9\n");  // ran half a second
        assertEquals(50.0, next(4001).cpuPercent(), 1e-9);
        assertEquals(0.0, next(4001).cpuPercent(), "did not run since: no CPU");
    }

    @Test
    void runningMultiThreadedOrProbelessProcessesAreAlwaysRead() {
        proc.process(4002, FakeProc.ascii("busy"), 'R', 1, 10, 5, 0, 1, 44_002, 10, 0, FakeProc.ascii("busy\0"));
        proc.write("4002/schedstat", "1 1 1\n");
        proc.process(4003, FakeProc.ascii("pool"), 'S', 1, 10, 5, 0, 4, 44_003, 10, 0, FakeProc.ascii("pool\0"));
        proc.write("4003/schedstat", "1 1 1\n");
        proc.process(4004, FakeProc.ascii("old"), 'S', 1, 10, 5, 0, 1, 44_004, 10, 0, FakeProc.ascii("old\0"));
        proc.write("4004/schedstat", "0 0 0\n");             // a kernel without schedstat
        settle(4002);
        proc.process(4002, FakeProc.ascii("busy"), 'R', 1, 10, 5, 3, 1, 44_002, 10, 0, FakeProc.ascii("busy\0"));
        proc.process(4003, FakeProc.ascii("pool"), 'S', 1, 10, 5, 3, 4, 44_003, 10, 0, FakeProc.ascii("pool\0"));
        proc.process(4004, FakeProc.ascii("old"), 'S', 1, 10, 5, 3, 1, 44_004, 10, 0, FakeProc.ascii("old\0"));
        clock.addAndGet(1_000_000_000L);
        Snapshot s = sampler.sample();
        for (int pid : new int[]{4002, 4003, 4004}) {
            assertEquals(3, s.processes().stream().filter(p -> p.pid() == pid).findFirst().orElseThrow().nice(),
                    "pid " + pid + " read in full");
        }
    }

    @Test
    void theLastPidGivenOutIsReadFromLoadavg() {
        SystemReader r = new SystemReader(proc.root.toString(), new ProcFile());
        r.readLoad();
        assertEquals(4242, r.lastPid);
        proc.write("loadavg", "0.50 1.25 2.00 2/300\n");
        r.readLoad();
        assertEquals(-1, r.lastPid, "none given: /proc is listed at every refresh");
    }

    @Test
    void aProcessThatVanishedWhileRestingIsGone() {
        settle(4001);
        proc.remove(4001);
        assertNull(next(4001));
        assertEquals(2, sampler.remembered(), "init and 4000, nothing of 4001");
    }
}
