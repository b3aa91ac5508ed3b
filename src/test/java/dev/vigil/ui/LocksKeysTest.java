package dev.vigil.ui;

import dev.vigil.action.ProcFacts;
import dev.vigil.model.Procs;
import dev.vigil.sample.ProcessSample;
import dev.vigil.ui.overlays.LocksOverlay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.vigil.ui.VirtualScreen.ch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** x: the file locks of a child this test spawns, holding a POSIX lock, read for real. */
class LocksKeysTest {
    @TempDir
    Path dir;
    private Process child;

    @AfterEach
    void end() throws InterruptedException {
        if (child != null) {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void xListsTheLockWithItsFileAt80x24And200x50() throws Exception {
        Path f = dir.resolve("held.lock");
        child = new ProcessBuilder("python3", "-c", "import fcntl,sys,time\n"
                + "f=open(sys.argv[1],'w'); fcntl.lockf(f, fcntl.LOCK_EX); print('locked', flush=True); time.sleep(60)\n",
                f.toString()).start();
        assertEquals("locked", new String(child.getInputStream().readNBytes(6)));
        int pid = (int) child.pid();
        ActionRig rig = new ActionRig(dir.resolve("state"));
        Session s = rig.session;
        ProcessSample p = Procs.withStart(Procs.proc(pid, 1, "python3"), ProcFacts.stat(pid).startTicks());
        rig.sampled(Procs.snapshot(1, List.of(Procs.withStart(Procs.proc(1, 0, "init"), 1), p)));
        s.cursor().select(p.identity());
        s.handleKey(ch('x'));
        assertInstanceOf(LocksOverlay.class, s.overlays().top());
        for (int[] size : new int[][] {{80, 24}, {200, 50}}) {
            VirtualScreen v = new VirtualScreen(size[0], size[1]);
            v.paint(s);
            String t = v.text();
            assertTrue(t.contains("File locks of PID " + pid + " python3"), t);
            assertTrue(t.contains("POSIX   ADVISORY  WRITE"), t);
            if (size[0] == 200) assertTrue(t.contains(f.toString()), t);
        }
        s.handleKey(ch('q'));
        assertNull(s.overlays().top());
        assertTrue(rig.kernel.sent.isEmpty());
    }
}
