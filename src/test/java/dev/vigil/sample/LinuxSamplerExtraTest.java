package dev.vigil.sample;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The exporter's extra counters over a literal fake /proc tree: off by default, exact when on. */
class LinuxSamplerExtraTest {
    @TempDir
    Path dir;
    FakeProc proc;
    LinuxSampler sampler;

    @BeforeEach
    void setUp() throws Exception {
        proc = new FakeProc(dir);
        proc.process(4242, FakeProc.ascii("java"), 'S', 1, 1234, 567, 0, 3, 50_000, 256, 1000,
                FakeProc.ascii("java\0-Dtoken=s3cret\0"));
        proc.write("4242/status", "Name:\tjava\nUid:\t1000\t1000\t1000\t1000\nVmSwap:\t     12 kB\n"
                + "voluntary_ctxt_switches:\t77\nnonvoluntary_ctxt_switches:\t5\n");
        proc.write("4242/io", "rchar: 1\nwchar: 2\nsyscr: 3\nsyscw: 4\nread_bytes: 4096\nwrite_bytes: 8192\n"
                + "cancelled_write_bytes: 0\n");
        proc.write("4242/limits", "Limit                     Soft Limit           Hard Limit           Units\n"
                + "Max cpu time              unlimited            unlimited            seconds\n"
                + "Max open files            1024                 524288               files\n");
        proc.write("4242/cgroup", "0::/system.slice/app.service\n");
        proc.write("4242/fd/0", "");
        proc.write("4242/fd/1", "");
        proc.write("4242/fd/7", "");
        Files.createSymbolicLink(proc.root.resolve("4242/exe"), Path.of("/usr/lib/jvm/bin/java (deleted)"));
        sampler = new LinuxSampler(proc.root.toFile(), proc.passwd.toFile());
    }

    @Test
    void offByDefault() {
        assertNull(sampler.sample().processes().get(0).extra());
    }

    @Test
    void everyCounterWhenAsked() {
        sampler.setIncludeExtra(true);
        ProcessExtra x = sampler.sample().processes().get(0).extra();
        assertNotNull(x);
        assertEquals(12.34, x.userSeconds(), 1e-9);
        assertEquals(5.67, x.systemSeconds(), 1e-9);
        assertEquals(10, x.minorFaults());
        assertEquals(0, x.majorFaults());
        assertEquals(4096, x.readBytes());
        assertEquals(8192, x.writeBytes());
        assertEquals(3, x.openFds());
        assertEquals(1024, x.maxFds());
        assertEquals(77, x.voluntarySwitches());
        assertEquals(5, x.involuntarySwitches());
        assertEquals(12 * 1024, x.swapBytes());
        assertEquals("/usr/lib/jvm/bin/java", x.exe());
        assertEquals("/system.slice/app.service", x.cgroup());
    }

    @Test
    void statusAndFdsAreReadEveryFewRefreshesAndKeptBetween() {
        sampler.setIncludeExtra(true);
        assertEquals(77, sampler.sample().processes().get(0).extra().voluntarySwitches());
        proc.write("4242/status", "Name:\tjava\nUid:\t1000\t1000\t1000\t1000\nVmSwap:\t     12 kB\n"
                + "voluntary_ctxt_switches:\t99\nnonvoluntary_ctxt_switches:\t5\n");
        for (int i = 1; i < LinuxSampler.SLOW_EVERY; i++) {
            assertEquals(77, sampler.sample().processes().get(0).extra().voluntarySwitches(), "kept at refresh " + (i + 1));
        }
        assertEquals(99, sampler.sample().processes().get(0).extra().voluntarySwitches(), "read again");
    }

    @Test
    void unreadableFilesAreMinusOneAndCgroupV1FallsBackToTheFirstLine() {
        proc.remove(4242);
        proc.process(4242, FakeProc.ascii("java"), 'S', 1, 1, 1, 0, 1, 50_000, 1, 1000, FakeProc.ascii("java\0"));
        proc.write("4242/cgroup", "12:pids:/user.slice\n1:name=systemd:/user.slice/x.scope\n");
        sampler.setIncludeExtra(true);
        sampler.setIncludeIo(false);
        ProcessExtra x = sampler.sample().processes().get(0).extra();
        assertEquals(-1, x.readBytes());
        assertEquals(-1, x.openFds());
        assertEquals(-1, x.maxFds());
        assertEquals(-1, x.voluntarySwitches());
        assertNull(x.exe());
        assertEquals("/user.slice", x.cgroup());
    }
}
