package dev.vigil.sample;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The optional columns' facts over a literal fake /proc tree: stat and statm ones always, files only when asked. */
class LinuxSamplerAttrsTest {
    @TempDir
    Path dir;
    FakeProc proc;
    LinuxSampler sampler;

    @BeforeEach
    void setUp() {
        proc = new FakeProc(dir);
        proc.process(4242, FakeProc.ascii("java"), 'S', 1, 1234, 567, 0, 3, 50_000, 256, 1000,
                FakeProc.ascii("java\0"));
        proc.write("4242/statm", "2000 300 120 5 0 400 0\n");
        proc.write("4242/cgroup", "0::/system.slice/app.service\n");
        proc.write("4242/oom_score", "667\n");
        sampler = new LinuxSampler(proc.root.toFile(), proc.passwd.toFile());
    }

    @AfterEach
    void tearDown() {
        sampler.close();
    }

    private ProcessAttrs attrs() {
        return sampler.sample().processes().get(0).attrs();
    }

    @Test
    void statAndStatmFactsComeWithEverySample() {
        ProcessAttrs a = attrs();
        assertEquals(4242, a.pgrp(), "FakeProc writes the PID as process group and session");
        assertEquals(4242, a.session());
        assertEquals(0, a.ttyNr());
        assertEquals(0, a.processor());
        assertEquals(120L * PageSize.of(proc.root.toString(), new ProcFile()), a.shrBytes(), "statm shared x page size");
    }

    @Test
    void cgroupAndOomScoreAreReadOnlyWhileAskedFor() {
        ProcessAttrs a = attrs();
        assertNull(a.cgroup());
        assertEquals(-1, a.oomScore());
        sampler.setOptionalReads(Set.of(ProcRead.CGROUP));
        a = attrs();
        assertEquals("/system.slice/app.service", a.cgroup());
        assertEquals(-1, a.oomScore());
        sampler.setOptionalReads(Set.of(ProcRead.OOM_SCORE));
        a = attrs();
        assertNull(a.cgroup());
        assertEquals(667, a.oomScore());
        sampler.setOptionalReads(Set.of());
        assertEquals(-1, attrs().oomScore());
    }

    @Test
    void aProcessMovedToAnotherCgroupIsFollowedAndAnUnchangedPathIsTheSameString() {
        sampler.setOptionalReads(Set.of(ProcRead.CGROUP, ProcRead.OOM_SCORE));
        String first = attrs().cgroup();
        assertSame(first, attrs().cgroup(), "no new String while the file is the same");
        proc.write("4242/cgroup", "0::/user.slice/user-1000.slice/session-3.scope\n");
        proc.write("4242/oom_score", "12\n");
        ProcessAttrs a = attrs();
        assertEquals("/user.slice/user-1000.slice/session-3.scope", a.cgroup());
        assertEquals(12, a.oomScore());
    }

    @Test
    void unreadableFilesStayUnknown() {
        proc.remove(4242);
        proc.process(4242, FakeProc.ascii("java"), 'S', 1, 1, 1, 0, 1, 50_000, 1, 1000, FakeProc.ascii("java\0"));
        sampler.setOptionalReads(Set.of(ProcRead.CGROUP, ProcRead.OOM_SCORE));
        ProcessAttrs a = attrs();
        assertNull(a.cgroup());
        assertEquals(-1, a.oomScore());
        assertEquals(-1, a.shrBytes(), "no statm");
    }
}
