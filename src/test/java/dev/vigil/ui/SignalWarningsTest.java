package dev.vigil.ui;

import com.googlecode.lanterna.input.KeyType;
import dev.vigil.model.Procs;
import dev.vigil.sample.ProcessSample;
import dev.vigil.ui.MonitorOptions;
import dev.vigil.ui.Session;
import dev.vigil.ui.views.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static dev.vigil.ui.VirtualScreen.ch;
import static dev.vigil.ui.VirtualScreen.key;
import static dev.vigil.ui.VirtualScreen.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The menu's warnings come from the real /proc of a child this test spawns (a bash that ignores
 * TERM). The kernel is the recording one: nothing is sent to the child; the test ends it itself.
 */
class SignalWarningsTest {
    static final String IGNORED = "! TERM is ignored by this process; KILL or a different signal is needed";

    @TempDir
    Path dir;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void endChildren() throws InterruptedException {
        for (Process p : children) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Process spawnIgnoringTerm() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", "trap '' TERM; while :; do sleep 1; done")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        children.add(p);
        long end = System.currentTimeMillis() + 10_000;
        while ((sigIgn(p.pid()) & (1L << 14)) == 0) {
            if (System.currentTimeMillis() > end) throw new AssertionError("the trap was never installed");
            Thread.sleep(20);
        }
        return p;
    }

    private static long sigIgn(long pid) throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (l.startsWith("SigIgn:")) return Long.parseUnsignedLong(l.substring(7).trim(), 16);
        }
        return 0;
    }

    private static long startTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[19]);
    }

    @Test
    void theMenuWarnsThatTheChildIgnoresTermButNotForKill() throws Exception {
        Process child = spawnIgnoringTerm();
        int pid = (int) child.pid();
        ProcessSample p = Procs.withStart(Procs.proc(pid, 1, "bash", "root", 'S', 0), startTicks(pid));
        List<ProcessSample> ps = new ArrayList<>(FakeSampler.base(1));
        ps.add(p);
        ActionRig rig = new ActionRig(dir, VirtualScreen.utf8Env(),
                new MonitorOptions(0, Set.of(pid), null, null, null, false, false, false, false, false, List.of()));
        Session s = rig.session;
        s.accept(Procs.snapshot(1, ps));
        assertEquals(pid, s.cursor().selectedRow().process().pid());

        s.handleKey(key(KeyType.F9));
        VirtualScreen v = new VirtualScreen(120, 40);
        v.paint(s);
        assertTrue(v.text().contains("Signal PID " + pid + " (bash)"), v.text());
        int r = v.rowOf(IGNORED);
        assertTrue(r > 0, v.text());
        assertEquals(Theme.COLOR.error().fg(), v.at(v.lines().get(r).indexOf('!'), r).getForegroundColor());

        type(s, "9");
        v.paint(s);
        assertFalse(v.text().contains("TERM is ignored"), "KILL cannot be ignored:\n" + v.text());
        s.handleKey(ch('e'));
        v.paint(s);
        assertTrue(v.text().contains(IGNORED), "an escalation starts with TERM:\n" + v.text());
        s.handleKey(key(KeyType.Escape));
        assertTrue(rig.kernel.sent.isEmpty());
        assertTrue(child.isAlive());
    }

    @Test
    void aTargetThatExitedBeforeTheMenuOpenedIsSaidSo() throws Exception {
        Process child = spawnIgnoringTerm();
        int pid = (int) child.pid();
        ProcessSample p = Procs.withStart(Procs.proc(pid, 1, "bash", "root", 'S', 0), startTicks(pid));
        child.destroyForcibly();
        child.waitFor(10, TimeUnit.SECONDS);
        List<ProcessSample> ps = new ArrayList<>(FakeSampler.base(1));
        ps.add(p);
        ActionRig rig = new ActionRig(dir, VirtualScreen.utf8Env(),
                new MonitorOptions(0, Set.of(pid), null, null, null, false, false, false, false, false, List.of()));
        Session s = rig.session;
        s.accept(Procs.snapshot(1, ps));
        s.handleKey(key(KeyType.F9));
        VirtualScreen v = new VirtualScreen(120, 40);
        v.paint(s);
        assertTrue(v.text().contains("! PID " + pid + ": process exited"), v.text());
    }
}
