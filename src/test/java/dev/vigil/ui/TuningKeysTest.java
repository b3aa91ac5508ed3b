package dev.vigil.ui;

import com.googlecode.lanterna.input.KeyType;
import dev.vigil.action.CpuSet;
import dev.vigil.action.IoPriority;
import dev.vigil.ui.overlays.AffinityOverlay;
import dev.vigil.ui.overlays.ListPicker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.vigil.ui.VirtualScreen.ch;
import static dev.vigil.ui.VirtualScreen.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * a (affinity) and i (I/O priority) on a virtual terminal, sent to a recording kernel: nothing
 * real is changed here (TuningLiveTest does that on its own children).
 */
class TuningKeysTest {
    @TempDir
    Path dir;

    private ActionRig rig;
    private Session s;

    private void start(int width, int height) throws Exception {
        rig = new ActionRig(dir);
        s = rig.session;
        s.accept(new FakeSampler(0).sample());
        s.cursor().select(s.rows().indexOf(s.rows().process(1200).identity()));
        v = new VirtualScreen(width, height);
    }

    private VirtualScreen v;

    private String screen() throws Exception {
        v.paint(s);
        return v.text();
    }

    private static String cpus(CpuSet online, int without) {
        return online.with(without, false).format();
    }

    @Test
    void aShowsOneCheckboxPerCpuAndAllAndEnterSetsTheChecked() throws Exception {
        start(80, 24);
        CpuSet online = CpuSet.online();
        s.handleKey(ch('a'));
        assertInstanceOf(AffinityOverlay.class, s.overlays().top());
        String t = screen();
        assertTrue(t.contains("Use CPUs: PID 1200 (java)"), t);
        assertTrue(t.contains("[x] all"), t);
        for (int cpu : online.cpus()) assertTrue(t.contains("[x] CPU " + cpu), t);
        assertTrue(t.contains("Space toggle  Enter set  Esc cancel"), t);
        if (online.size() < 2) return; // one CPU: nothing to leave out
        s.handleKey(key(KeyType.ArrowDown));
        s.handleKey(ch(' '));
        t = screen();
        assertTrue(t.contains("[ ] all") && t.contains("[ ] CPU " + online.cpus()[0]), t);
        s.handleKey(key(KeyType.Enter));
        assertNull(s.overlays().top());
        assertEquals(List.of("affinity " + cpus(online, online.cpus()[0]) + " 1200"), rig.kernel.sent);
        assertTrue(s.statusLine().text().startsWith("affinity of PID 1200 (java) set to CPU"), s.statusLine().text());
    }

    @Test
    void noCpuCheckedIsRefusedAndEscChangesNothing() throws Exception {
        start(200, 50);
        s.handleKey(ch('a'));
        AffinityOverlay o = (AffinityOverlay) s.overlays().top();
        s.handleKey(ch(' ')); // "all" off
        s.handleKey(key(KeyType.Enter));
        assertSame(o, s.overlays().top(), "kept open");
        assertEquals("check at least one CPU (Space), or Esc to leave the affinity as it is", s.statusLine().text());
        assertTrue(screen().contains("[ ] all"));
        s.handleKey(key(KeyType.Escape));
        assertNull(s.overlays().top());
        assertEquals("affinity not changed", s.statusLine().text());
        assertTrue(rig.kernel.sent.isEmpty());
    }

    @Test
    void aGoesToEveryTaggedProcess() throws Exception {
        start(80, 24);
        s.handleKey(ch(' '));
        s.handleKey(ch(' '));
        s.handleKey(ch('a'));
        assertTrue(screen().contains("Use CPUs: 2 processes"), screen());
        s.handleKey(key(KeyType.Enter));
        assertEquals(2, rig.kernel.sent.size(), rig.kernel.sent.toString());
        assertTrue(s.statusLine().text().startsWith("affinity set to CPU"), s.statusLine().text());
        assertTrue(s.statusLine().text().endsWith(" on 2 processes"), s.statusLine().text());
    }

    @Test
    void iOffersHtopsClassesAtTheCurrentOneAndSetsTheChosen() throws Exception {
        start(80, 24);
        rig.kernel.io.put(1200, IoPriority.bestEffort(4));
        s.handleKey(ch('i'));
        assertInstanceOf(ListPicker.class, s.overlays().top());
        String t = screen();
        assertTrue(t.contains("I/O priority: PID 1200 (java)"), t);
        assertTrue(t.contains("None (from nice)") && t.contains("Realtime 0 (high)"), t);
        s.handleKey(key(KeyType.ArrowDown));
        s.handleKey(key(KeyType.Enter));
        assertEquals(List.of("ioprio best-effort 5 1200"), rig.kernel.sent, "started at best-effort 4, one down");
        assertEquals("I/O priority of PID 1200 (java) set to best-effort 5 (was best-effort 4)", s.statusLine().text());
        s.handleKey(ch('i'));
        s.handleKey(key(KeyType.End));
        t = screen();
        assertTrue(t.contains("Idle"), t);
        s.handleKey(key(KeyType.Enter));
        assertEquals("ioprio idle 1200", rig.kernel.sent.get(1));
        assertEquals(ProcessControl.ioChoices().size(), 18, "none, 8 realtime, 8 best-effort, idle");
    }
}
