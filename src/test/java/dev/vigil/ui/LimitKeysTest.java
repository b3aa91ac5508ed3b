package dev.vigil.ui;

import com.googlecode.lanterna.input.KeyType;
import dev.vigil.action.Actions;
import dev.vigil.action.ProcFacts;
import dev.vigil.model.Procs;
import dev.vigil.sample.ProcessSample;
import dev.vigil.ui.overlays.ConfirmOverlay;
import dev.vigil.ui.overlays.DetailView;
import dev.vigil.ui.overlays.LimitPrompt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.vigil.ui.VirtualScreen.ch;
import static dev.vigil.ui.VirtualScreen.ctrl;
import static dev.vigil.ui.VirtualScreen.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * l in the monitor: the detail view of a real child (its /proc read for real) with its open-files
 * limit chosen, the prompt prefilled, the y/n when lowering under use, and the change sent to a
 * recording kernel (nothing real is changed here; LimitLiveTest does that).
 */
class LimitKeysTest {
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

    private ActionRig rig(boolean readOnly) throws Exception {
        child = new ProcessBuilder("prlimit", "--nofile=1024:4096", "sleep", "60").start();
        int pid = (int) child.pid();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.readString(Path.of("/proc/" + pid + "/limits")).matches("(?s).*Max open files +1024 +4096.*")
                || !Files.readString(Path.of("/proc/" + pid + "/comm")).strip().equals("sleep")) {
            assertTrue(System.nanoTime() < end, "child never became sleep with nofile 1024:4096");
            Thread.sleep(20);
        }
        MonitorOptions o = VirtualScreen.options();
        if (readOnly) o = new MonitorOptions(o.delayMillis(), o.pids(), o.user(), o.filter(), o.sort(), o.tree(),
                o.noColor(), o.ascii(), true, o.debugTimings(), o.alertRules(), o.alertExec());
        ActionRig rig = new ActionRig(dir, VirtualScreen.utf8Env(), o);
        ProcessSample p = Procs.withStart(Procs.proc(pid, 1, "sleep"), ProcFacts.stat(pid).startTicks());
        rig.sampled(Procs.snapshot(1, List.of(Procs.withStart(Procs.proc(1, 0, "init"), 1), p)));
        rig.session.cursor().select(p.identity());
        return rig;
    }

    private static String screen(Session s) throws java.io.IOException {
        VirtualScreen v = new VirtualScreen(100, 40);
        v.paint(s);
        return v.text();
    }

    @Test
    void lChoosesOpenFilesEnterPromptsAndLoweringUnderUseAsksFirst() throws Exception {
        ActionRig rig = rig(false);
        Session s = rig.session;
        s.handleKey(ch('l'));
        assertInstanceOf(DetailView.class, s.overlays().top());
        String t = screen(s);
        assertTrue(t.contains("open files") && t.contains("soft 1024 files, hard 4096 files"), t);
        assertTrue(t.contains("Set limit"), "the keys of choosing a limit on the bottom line\n" + t);
        s.handleKey(key(KeyType.ArrowUp));
        s.handleKey(key(KeyType.ArrowDown));
        s.handleKey(key(KeyType.Enter));
        assertInstanceOf(LimitPrompt.class, s.overlays().top());
        t = screen(s);
        assertTrue(t.contains("nofile of PID " + child.pid() + " (sleep) (SOFT:HARD): 1024:4096_"), t);
        s.handleKey(ctrl('u'));
        VirtualScreen.type(s, "2");
        s.handleKey(key(KeyType.Enter));
        assertInstanceOf(ConfirmOverlay.class, s.overlays().top(), "2 is under the open descriptors of sleep");
        assertTrue(((ConfirmOverlay) s.overlays().top()).question().contains("files open: it keeps them, but every open,"
                + " socket or accept fails with EMFILE"), ((ConfirmOverlay) s.overlays().top()).question());
        s.handleKey(ch('y'));
        assertEquals(List.of("limit nofile 2 " + child.pid()), rig.kernel.sent);
        assertEquals("nofile of PID " + child.pid() + " (sleep) set to 2:4096 (was 1024:4096)", s.statusLine().text());
        assertEquals("nofile of PID " + child.pid() + " (sleep) set to 2:4096 (was 1024:4096)", rig.log.last().line());
    }

    @Test
    void raisingNeedsNoQuestionAndBadTextKeepsThePromptOpen() throws Exception {
        ActionRig rig = rig(false);
        Session s = rig.session;
        s.handleKey(key(KeyType.Enter)); // the detail view
        s.handleKey(key(KeyType.Enter)); // Enter in it chooses a limit, as l does
        s.handleKey(key(KeyType.Enter)); // the prompt
        s.handleKey(ctrl('u'));
        VirtualScreen.type(s, "lots");
        s.handleKey(key(KeyType.Enter));
        assertInstanceOf(LimitPrompt.class, s.overlays().top(), "kept open to correct");
        assertEquals("'lots' is not a whole number or unlimited", s.statusLine().text());
        s.handleKey(ctrl('u'));
        VirtualScreen.type(s, "2048");
        s.handleKey(key(KeyType.Enter));
        assertEquals(List.of("limit nofile 2048 " + child.pid()), rig.kernel.sent);
        assertInstanceOf(DetailView.class, s.overlays().top(), "back in the detail view");
    }

    @Test
    void readOnlyRefusesLikeSignals() throws Exception {
        ActionRig rig = rig(true);
        Session s = rig.session;
        s.handleKey(ch('l'));
        assertNull(s.overlays().top());
        assertEquals(Actions.READ_ONLY, s.statusLine().text());
        assertTrue(rig.kernel.sent.isEmpty());
    }
}
