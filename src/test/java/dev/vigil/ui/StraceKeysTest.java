package dev.vigil.ui;

import dev.vigil.action.ProcFacts;
import dev.vigil.model.Procs;
import dev.vigil.sample.ProcessSample;
import dev.vigil.ui.overlays.StraceOverlay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static dev.vigil.ui.VirtualScreen.ch;
import static dev.vigil.ui.VirtualScreen.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s on a virtual terminal with a fake strace (a script first in the run's PATH) on a sleep this
 * test spawns: the flags, the live lines (the unfinished one too), Esc ending that strace only,
 * a refused attach, strace missing, and a PID that is no longer the process seen.
 */
class StraceKeysTest {
    @TempDir
    Path dir;
    private Process target;
    private long fakePid = -1;

    @AfterEach
    void end() throws InterruptedException {
        if (fakePid > 0) ProcessHandle.of(fakePid).ifPresent(ProcessHandle::destroyForcibly);
        if (target != null) {
            target.destroyForcibly();
            target.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Path fake(String body) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path f = bin.resolve("strace");
        Files.writeString(f, "#!/bin/sh\necho \"$*\" > '" + dir.resolve("args") + "'\n" + body);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private ActionRig rig(Path bin, long startTicks) throws Exception {
        target = new ProcessBuilder("sleep", "120").start();
        int pid = (int) target.pid();
        Map<String, String> env = VirtualScreen.utf8Env();
        env.put("PATH", bin.toString());
        ActionRig rig = new ActionRig(dir.resolve("state"), env, VirtualScreen.options());
        long ticks = startTicks != 0 ? startTicks : ProcFacts.stat(pid).startTicks();
        ProcessSample p = Procs.withStart(Procs.proc(pid, 1, "sleep"), ticks);
        rig.sampled(Procs.snapshot(1, List.of(Procs.withStart(Procs.proc(1, 0, "init"), 1), p)));
        rig.session.cursor().select(p.identity());
        return rig;
    }

    private static void until(ActionRig rig, BooleanSupplier done) throws InterruptedException {
        long end = System.currentTimeMillis() + 15_000;
        while (!done.getAsBoolean() && System.currentTimeMillis() < end) {
            rig.controls.drain();
            Thread.sleep(20);
        }
        rig.controls.drain();
    }

    private static String screen(Session s, int w, int h) throws Exception {
        VirtualScreen v = new VirtualScreen(w, h);
        v.paint(s);
        return v.text();
    }

    @Test
    void sShowsStraceLiveWithHtopsFlagsAndEscEndsThatStraceOnly() throws Exception {
        Path bin = fake("echo \"strace: Process $6 attached\" >&2\n"
                + "printf '07:00:00.000001 read(0, \"x\", 1) = 1 <0.000010>\\n' >&2\n"
                + "printf '07:00:00.000002 restart_syscall(<... resuming interrupted read ...>' >&2\n"
                + "exec sleep 60\n");
        ActionRig rig = rig(bin, 0);
        Session s = rig.session;
        int pid = (int) target.pid();
        s.handleKey(ch('s'));
        StraceOverlay o = assertInstanceOf(StraceOverlay.class, s.overlays().top());
        fakePid = o.trace().pid();
        until(rig, () -> {
            try {
                return screen(s, 80, 24).contains("restart_syscall");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertEquals("-T -tt -s 512 -p " + pid, Files.readString(dir.resolve("args")).strip());
        for (int[] size : new int[][] {{80, 24}, {200, 50}}) {
            String t = screen(s, size[0], size[1]);
            assertTrue(t.contains("strace -T -tt -s 512 -p " + pid + " (sleep)"), t);
            assertTrue(t.contains("strace: Process " + pid + " attached"), t);
            assertTrue(t.contains("read(0, \"x\", 1) = 1 <0.000010>"), t);
            assertTrue(t.contains("07:00:00.000002 restart_syscall(<... resuming interrupted read ...>"), t);
        }
        s.handleKey(key(com.googlecode.lanterna.input.KeyType.Escape));
        assertNull(s.overlays().top());
        long end = System.currentTimeMillis() + 10_000;
        while (ProcessHandle.of(fakePid).map(ProcessHandle::isAlive).orElse(false) && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertFalse(ProcessHandle.of(fakePid).map(ProcessHandle::isAlive).orElse(false), "strace ended");
        assertTrue(target.isAlive(), "the traced process is left alone");
        assertTrue(rig.kernel.sent.isEmpty());
    }

    @Test
    void aRefusedAttachClosesTheViewAndShowsStracesOwnLine() throws Exception {
        Path bin = fake("echo \"strace: attach: ptrace(PTRACE_SEIZE, $6): Operation not permitted\" >&2\nexit 1\n");
        ActionRig rig = rig(bin, 0);
        Session s = rig.session;
        int pid = (int) target.pid();
        s.handleKey(ch('s'));
        until(rig, () -> s.overlays().top() == null);
        assertNull(s.overlays().top());
        assertEquals("strace could not trace PID " + pid + " (sleep): strace: attach: ptrace(PTRACE_SEIZE, " + pid
                + "): Operation not permitted", s.statusLine().text());
        assertTrue(s.statusLine().error());
        assertTrue(screen(s, 80, 24).contains("strace could not trace PID " + pid));
    }

    @Test
    void straceMissingFromPathSaysSo() throws Exception {
        ActionRig rig = rig(Files.createDirectories(dir.resolve("empty")), 0);
        rig.session.handleKey(ch('s'));
        assertNull(rig.session.overlays().top());
        assertTrue(rig.session.statusLine().text().startsWith("strace is not installed"), rig.session.statusLine().text());
    }

    @Test
    void aPidThatIsAnotherProcessNowIsNotTraced() throws Exception {
        Path bin = fake("exec sleep 60\n");
        ActionRig rig = rig(bin, 12345);
        rig.session.handleKey(ch('s'));
        assertNull(rig.session.overlays().top());
        assertEquals("PID " + target.pid() + " is now a different process: not traced", rig.session.statusLine().text());
        assertFalse(Files.exists(dir.resolve("args")), "strace was never started");
    }

    @Test
    void aRecordedSampleIsNotTraced() throws Exception {
        Path bin = fake("exec sleep 60\n");
        Map<String, String> env = VirtualScreen.utf8Env();
        env.put("PATH", bin.toString());
        dev.vigil.app.SnapshotSource recorded = new dev.vigil.app.SnapshotSource() {
            @Override
            public dev.vigil.sample.Snapshot next() {
                return null;
            }

            @Override
            public boolean live() {
                return false;
            }

            @Override
            public void close() {
            }
        };
        dev.vigil.app.App app = dev.vigil.app.App.create(recorded,
                Monitor.runOptions(VirtualScreen.options(), env, new java.util.ArrayList<>()), VirtualScreen.paths(dir));
        dev.vigil.ui.keys.KeyTable keys = dev.vigil.ui.keys.MainKeys.table();
        dev.vigil.ui.keys.DetailKeys.addTo(keys, new dev.vigil.app.DetailFeed(dev.vigil.detail.DetailReader.system()));
        Session s = Setup.create(VirtualScreen.options(), env, app, keys);
        target = new ProcessBuilder("sleep", "120").start();
        int pid = (int) target.pid();
        ProcessSample p = Procs.withStart(Procs.proc(pid, 1, "sleep"), ProcFacts.stat(pid).startTicks());
        s.accept(Procs.snapshot(1, List.of(p)));
        s.cursor().select(p.identity());
        s.handleKey(ch('s'));
        assertNull(s.overlays().top());
        assertEquals("strace traces live processes: a recorded sample cannot be traced", s.statusLine().text());
        assertFalse(Files.exists(dir.resolve("args")), "strace was never started");
    }
}
