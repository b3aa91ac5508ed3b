package dev.vigil.detail;

import dev.vigil.sample.ProcStat;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** status, stat, limits, cgroup, io and NUL-separated files from literal text. */
class ParsersTest {

    @Test
    void status() {
        ProcStatus s = ProcStatus.parse(Fixtures.STATUS);
        assertEquals("bash", s.name());
        assertEquals('S', s.state());
        assertEquals(4242, s.tgid());
        assertEquals(0, s.ngid());
        assertEquals(4242, s.pid());
        assertEquals(4000, s.ppid());
        assertEquals(0, s.tracerPid());
        assertEquals(new ProcStatus.Ids(1000, 1000, 1000, 1000), s.uid());
        assertEquals(new ProcStatus.Ids(100, 100, 100, 100), s.gid());
        assertEquals(List.of(4242), s.nsPid());
        assertEquals(List.of(4242), s.nsTgid());
        assertEquals(1, s.threads());
        assertEquals(2, s.sigQueued());
        assertEquals(96364, s.sigQueueLimit());
        assertEquals(0, s.sigPnd());
        assertEquals(0x200, s.shdPnd());
        assertEquals(0x10000, s.sigBlk());
        assertEquals(0x4004, s.sigIgn());
        assertEquals(0x180014a07L, s.sigCgt());
        assertEquals(4360 * 1024, s.vmPeak());
        assertEquals(4300 * 1024, s.vmSize());
        assertEquals(3032 * 1024, s.vmHwm());
        assertEquals(3000 * 1024, s.vmRss());
        assertEquals(276 * 1024, s.rssAnon());
        assertEquals(2724 * 1024, s.rssFile());
        assertEquals(0, s.rssShmem());
        assertEquals(12 * 1024, s.vmSwap());
        assertEquals(27, s.voluntaryCtxtSwitches());
        assertEquals(3, s.nonvoluntaryCtxtSwitches());
        assertEquals(4242, s.innermostPid());
        assertEquals(List.of("USR1"), Signals.names(s.pending()));
    }

    @Test
    void statusOfAContainerInitAndOfAKernelThread() {
        ProcStatus init = ProcStatus.parse("Name:\tsleep\nState:\tS (sleeping)\nNSpid:\t31337\t1\n"
                + "NStgid:\t31337\t1\nTracerPid:\t77\n");
        assertEquals(List.of(31337, 1), init.nsPid());
        assertEquals(1, init.innermostPid());
        assertEquals(77, init.tracerPid());
        ProcStatus kthread = ProcStatus.parse("Name:\tkworker/0:1\nState:\tI (idle)\nPid:\t9\n");
        assertEquals(-1, kthread.vmRss());
        assertEquals(-1, kthread.vmSwap());
        assertEquals(9, kthread.innermostPid());
        assertEquals(ProcStatus.Ids.NONE, kthread.uid());
    }

    @Test
    void statusSkipsMalformedLines() {
        ProcStatus s = ProcStatus.parse("Name:\tx y\nPid:\tabc\nSigCgt:\tzz\nVmRSS:\t12 kB\nnonsense\n");
        assertEquals("x y", s.name());
        assertEquals(-1, s.pid());
        assertEquals(0, s.sigCgt());
        assertEquals(12 * 1024, s.vmRss());
    }

    @Test
    void stat() {
        ProcStat s = ProcStat.parse(Fixtures.stat(4242, "bash", 'S', 4000, 866870));
        assertEquals(4242, s.pid());
        assertEquals("bash", s.comm());
        assertEquals('S', s.state());
        assertEquals(4000, s.ppid());
        assertEquals(4242, s.pgrp());
        assertEquals(4000, s.session());
        assertEquals(34819, s.ttyNr());
        assertEquals(150, s.utimeTicks());
        assertEquals(42, s.stimeTicks());
        assertEquals(1, s.threads());
        assertEquals(866870, s.startTicks());
        assertFalse(s.kernelThread());
        assertEquals(1.5, s.userSeconds());
    }

    @Test
    void statWithParenthesesAndSpacesInTheName() {
        ProcStat s = ProcStat.parse("77 (a) b (c)) Z 1 77 77 0 -1 2097216 0 0 0 0 3 4 0 0 20 0 1 0 999 0 0");
        assertEquals("a) b (c)", s.comm());
        assertEquals('Z', s.state());
        assertEquals(999, s.startTicks());
        assertTrue(s.kernelThread()); // flags 2097216 = 0x200040 has PF_KTHREAD
        assertThrows(IllegalArgumentException.class, () -> ProcStat.parse("garbage"));
        assertThrows(IllegalArgumentException.class, () -> ProcStat.parse("1 (x) S 0"));
    }

    @Test
    void ttyNames() {
        assertEquals("", Tty.name(0));
        assertEquals("pts/3", Tty.name(34819)); // 136:3
        assertEquals("pts/300", Tty.name((137 << 8) | 44)); // 137:44 = 256 + 44
        assertEquals("pts/1000", Tty.name((139 << 8) | 232)); // 139:232 = 3*256 + 232
        assertEquals("tty1", Tty.name(1025)); // 4:1
        assertEquals("ttyS0", Tty.name((4 << 8) | 64));
        assertEquals("console", Tty.name((5 << 8) | 1));
        // minor above 255: high bits of the minor sit at bits 20..31
        int nr = (136 << 8) | (300 & 0xff) | ((300 & ~0xff) << 12);
        assertEquals(300, Tty.minor(nr));
        assertEquals("pts/300", Tty.name(nr));
        assertEquals("7:2", Tty.name((7 << 8) | 2));
    }

    @Test
    void limits() {
        List<Limit> l = Limit.parseTable(Fixtures.LIMITS);
        assertEquals(List.of(
                new Limit("Max cpu time", Limit.UNLIMITED, Limit.UNLIMITED, "seconds"),
                new Limit("Max stack size", 8388608, Limit.UNLIMITED, "bytes"),
                new Limit("Max open files", 1024, 4096, "files"),
                new Limit("Max nice priority", 0, 0, ""),
                new Limit("Max realtime timeout", Limit.UNLIMITED, Limit.UNLIMITED, "us")), l);
        assertEquals(1024, Limit.find(l, Limit.OPEN_FILES).soft());
        assertNull(Limit.find(l, "Max file locks"));
        assertEquals("unlimited", Limit.text(Limit.UNLIMITED));
        assertEquals(List.of(), Limit.parseTable("no header here\n"));
    }

    @Test
    void cgroupV2V1AndHybrid() {
        assertEquals("/system.slice/nginx.service", Cgroup.parse("0::/system.slice/nginx.service\n").path());
        Cgroup hybrid = Cgroup.parse("9:name=systemd:/\n4:memory:/process_api/9dfa\n1:cpu:/\n0::/\n");
        assertEquals(4, hybrid.entries().size());
        assertEquals(new Cgroup.Entry(4, "memory", "/process_api/9dfa"), hybrid.entries().get(1));
        assertEquals("/process_api/9dfa", hybrid.path());
        assertEquals("/", Cgroup.parse("0::/\n").path());
        assertEquals("/docker/abc", Cgroup.parse("12:pids:/docker/abc\n11:cpu,cpuacct:/docker/abc\n").path());
        assertEquals("", Cgroup.parse("").path());
    }

    @Test
    void io() {
        IoCounters io = IoCounters.parse(Fixtures.IO);
        assertEquals(new IoCounters(6976, 2048, 10, 4, 4096, 8192, 0), io);
        assertEquals(new IoCounters(5, -1, -1, -1, -1, -1, -1), IoCounters.parse("rchar: 5\nwchar: x\n"));
    }

    @Test
    void nulSeparatedStrings() {
        assertEquals(List.of("A=1", "B=two words"), Environ.split("A=1\0B=two words\0".getBytes()));
        assertEquals(List.of("a", "", "b"), Environ.split("a\0\0b".getBytes()));
        assertEquals(List.of(), Environ.split(new byte[0]));
        // invalid UTF-8 survives as a surrogate escape
        assertEquals(List.of("X=\udcff"), Environ.split(new byte[] {'X', '=', (byte) 0xff, 0}));
    }

    @Test
    void unknownIdsAreNumbers() {
        var m = Map.of(0, "root", 1000, "alice");
        Users u = new Users(m, m);
        assertEquals("4321", u.user(4321));
        assertEquals("?", u.group(-1));
    }
}
