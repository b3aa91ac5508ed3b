package dev.vigil.sample;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Linux sampler over a literal fake /proc tree, with a clock the test drives. */
class LinuxSamplerTest {
    @TempDir
    Path dir;
    FakeProc proc;
    LinuxSampler sampler;
    final AtomicLong clock = new AtomicLong(1_000_000_000L);

    @BeforeEach
    void setUp() {
        proc = new FakeProc(dir);
        proc.process(1, FakeProc.ascii("init"), 'S', 0, 100, 50, 0, 1, 1, 500, 0, FakeProc.ascii("/sbin/init\0splash\0"));
        proc.process(4242, FakeProc.ascii("a) (b"), 'R', 1, 1000, 0, 7, 3, 50_000, 256, 1000, FakeProc.ascii("./a) (b\0--flag\0"));
        sampler = new LinuxSampler(proc.root.toFile(), proc.passwd.toFile());
        sampler.setClock(clock::get);
    }

    private Map<Integer, ProcessSample> byPid(Snapshot s) {
        return s.processes().stream().collect(Collectors.toMap(ProcessSample::pid, Function.identity()));
    }

    @Test
    void firstSnapshotReadsEveryFieldAndShowsNoLifetimeAverage() {
        Snapshot s = sampler.sample();
        assertEquals(1, s.sequence());
        assertEquals(0, s.intervalMillis());
        ProcessSample p = byPid(s).get(4242);
        assertEquals(1, p.ppid());
        assertEquals(1000, p.uid());
        assertEquals("alice", p.user());
        assertEquals('R', p.state());
        assertEquals(7, p.nice());
        assertEquals(27, p.priority());
        assertEquals(3, p.threads());
        assertEquals(256 * 4096L, p.rssBytes());
        assertEquals(123456789L, p.vszBytes());
        assertEquals(0.0, p.cpuPercent(), "no lifetime average on the first sample");
        assertEquals(10.0, p.cpuTimeSeconds(), 1e-9);
        assertEquals(50_000, p.startTicks());
        assertEquals(1_700_000_000_000L + 500_000, p.startTimeMillis());
        assertEquals("a) (b", p.name());
        assertEquals("./a) (b --flag", p.command());
        assertEquals(100.0 * 256 * 4096 / 1_024_000_000.0, p.memPercent(), 1e-9);
        assertFalse(p.hasIo(), "no io file: absent, not zero");
        assertEquals("root", byPid(s).get(1).user());
        assertEquals("/sbin/init splash", byPid(s).get(1).command());
    }

    @Test
    void systemFigures() {
        sampler.sample();
        proc.write("stat", "cpu  150 0 150 900 0 0 0 0 0 0\ncpu0 100 0 50 400 0 0 0 0 0 0\n"
                + "cpu1 50 0 100 450 0 0 0 0 0 0\nbtime 1700000000\nprocs_running 3\n");
        clock.addAndGet(1_000_000_000L);
        SystemSample sys = sampler.sample().system();
        assertEquals(50.0, sys.cpuPercent(), 1e-9);          // 100 busy of 200
        assertArrayEquals(new double[]{100.0, 50.0}, sys.perCpu(), 1e-9);
        assertEquals(1_024_000_000L, sys.memTotalBytes());
        assertEquals(614_400_000L, sys.memAvailableBytes());
        // htop's used: total - free - buffers - (Cached + SReclaimable - Shmem), in kB
        assertEquals((1_000_000L - 200_000 - 50_000 - 320_000) * 1024, sys.memUsedBytes());
        assertEquals(50_000L * 1024, sys.memBuffersBytes());
        assertEquals(320_000L * 1024, sys.memCacheBytes());
        assertEquals(200_000L * 1024, sys.memFreeBytes());
        assertEquals(new CpuSplit(25, 0, 25, 0), sys.cpuSplit());
        assertArrayEquals(new CpuSplit[]{new CpuSplit(100, 0, 0, 0), new CpuSplit(0, 0, 50, 0)}, sys.perCpuSplit());
        assertEquals(102_400_000L, sys.swapTotalBytes());
        assertEquals(25_600_000L, sys.swapUsedBytes());
        assertArrayEquals(new double[]{0.5, 1.25, 2.0}, sys.load(), 1e-9);
        assertEquals(12345, sys.uptimeSeconds());
        assertEquals(2, sys.tasks());
        assertEquals(2, sys.threads(), "threads besides each main thread: 0 + 2");
        assertEquals(0, sys.kernelThreads());
        assertEquals(3, sys.running());
    }

    @Test
    void cpuAndIoAreMeasuredBetweenSamples() {
        proc.write("4242/io", "rchar: 1\nwchar: 2\nsyscr: 3\nsyscw: 4\nread_bytes: 1000\nwrite_bytes: 0\ncancelled_write_bytes: 0\n");
        ProcessSample first = byPid(sampler.sample()).get(4242);
        assertEquals(0.0, first.ioReadBytesPerSec());
        proc.process(4242, FakeProc.ascii("a) (b"), 'R', 1, 1150, 50, 7, 3, 50_000, 256, 1000, FakeProc.ascii("x"));
        proc.write("4242/io", "read_bytes: 5000\nwrite_bytes: 2000\n");
        clock.addAndGet(2_000_000_000L);
        Snapshot s = sampler.sample();
        ProcessSample p = byPid(s).get(4242);
        assertEquals(2000, s.intervalMillis());
        assertEquals(100.0, p.cpuPercent(), 1e-9);           // 200 ticks in 2 s = one core
        assertEquals(2000.0, p.ioReadBytesPerSec(), 1e-9);
        assertEquals(1000.0, p.ioWriteBytesPerSec(), 1e-9);
        assertEquals("./a) (b --flag", p.command(), "cmdline is read once per process");
        assertEquals(3, sampler.openFiles(), "two stat files and one io file kept open");
        sampler.setIncludeIo(false);
        clock.addAndGet(1_000_000_000L);
        assertFalse(byPid(sampler.sample()).get(4242).hasIo());
        assertEquals(2, sampler.openFiles(), "io files closed when io is off");
    }

    @Test
    void reusedPidIsANewProcess() {
        sampler.sample();
        proc.process(4242, FakeProc.ascii("other"), 'S', 1, 5000, 0, 0, 1, 90_000, 10, 0, FakeProc.ascii("other\0"));
        clock.addAndGet(1_000_000_000L);
        ProcessSample p = byPid(sampler.sample()).get(4242);
        assertEquals(90_000, p.startTicks());
        assertEquals("other", p.command());
        assertEquals("root", p.user());
        assertEquals(0.0, p.cpuPercent(), "new process: no rate from the old one's ticks");
    }

    @Test
    void execReadsNameAndCommandAgain() {
        sampler.sample();
        proc.process(4242, FakeProc.ascii("sudo-child"), 'S', 1, 1000, 0, 0, 1, 50_000, 10, 0, FakeProc.ascii("id\0-u\0"));
        clock.addAndGet(1_000_000_000L);
        ProcessSample p = byPid(sampler.sample()).get(4242);
        assertEquals("sudo-child", p.name());
        assertEquals("id -u", p.command());
        assertEquals("root", p.user());
    }

    @Test
    void vanishedProcessesAreLeftOutAndForgotten() {
        assertEquals(2, sampler.sample().processes().size());
        proc.remove(4242);
        proc.write("77/stat", "");                         // exited between listing and reading
        clock.addAndGet(1_000_000_000L);
        Snapshot s = sampler.sample();
        assertEquals(1, s.processes().size());
        assertEquals(1, sampler.remembered());
        assertEquals(1, sampler.openFiles(), "the stat file of the one process left");
        sampler.close();
        assertEquals(0, sampler.openFiles());
    }

    @Test
    void kernelThreadsAndZombiesShowTheirNameInBrackets() {
        proc.process(99, FakeProc.ascii("defunct"), 'Z', 4242, 0, 0, 0, 1, 60_000, 0, 1000, new byte[0]);
        Map<Integer, ProcessSample> m = byPid(sampler.sample());
        assertEquals("[defunct]", m.get(99).command());
        assertEquals('Z', m.get(99).state());
    }

    @Test
    void unknownUidReadsAsItsNumberAndPasswdChangesAreSeen() throws Exception {
        proc.process(5, FakeProc.ascii("svc"), 'S', 1, 0, 0, 0, 1, 70_000, 1, 2001, FakeProc.ascii("svc\0"));
        assertEquals("2001", byPid(sampler.sample()).get(5).user());
        java.nio.file.Files.writeString(proc.passwd, "root:x:0:0::/:\nsvcuser:x:2001:2001::/:\n");
        proc.passwd.toFile().setLastModified(System.currentTimeMillis() + 5000);
        clock.addAndGet(1_000_000_000L);
        assertEquals("svcuser", byPid(sampler.sample()).get(5).user());
    }

    @Test
    void threadsAreRowsOnlyWhenAsked() {
        proc.bytes("4242/task/4242/stat", new byte[0]);
        byte[] t = "4243 (worker) S 1 4242 4242 0 -1 4194368 0 0 0 0 30 10 0 0 20 0 3 0 50100 123 45 0\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        proc.bytes("4242/task/4243/stat", t);
        proc.write("4242/task/4243/status", "Uid:\t1000\t1000\t1000\t1000\n");
        proc.bytes("4242/task/4243/cmdline", FakeProc.ascii("./a) (b\0"));
        assertEquals(2, sampler.sample().processes().size());
        sampler.setIncludeThreads(true);
        clock.addAndGet(1_000_000_000L);
        ProcessSample th = byPid(sampler.sample()).get(4243);
        assertEquals(4242, th.tgid());
        assertTrue(th.isThread());
        assertEquals("worker", th.name());
        assertEquals("alice", th.user());
    }
}
