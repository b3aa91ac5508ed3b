package dev.vigil.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.input.KeyType;
import dev.vigil.model.Procs;
import dev.vigil.model.Query;
import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.ui.views.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.vigil.ui.VirtualScreen.ch;
import static dev.vigil.ui.VirtualScreen.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Space, c and U on a virtual terminal: which rows get tagged, how they look, what actions reach. */
class TaggingTest {
    @TempDir
    Path dir;

    private static Identity id(Session s, int pid) {
        for (ProcessSample p : s.snapshot().processes()) if (p.pid() == pid) return p.identity();
        throw new AssertionError("no PID " + pid);
    }

    private static String rowOf(VirtualScreen v, int pid) {
        for (String l : v.lines()) if (l.matches(" *" + pid + " .*")) return l;
        throw new AssertionError("no row for " + pid + " in\n" + v.text());
    }

    @Test
    void spaceTagsAndMovesDownCTagsDescendantsUUntagsAll() throws Exception {
        ActionRig rig = new ActionRig(dir);
        Session s = rig.session;
        s.accept(new FakeSampler(0).sample());
        VirtualScreen v = new VirtualScreen(120, 40);
        assertEquals(1200, s.cursor().selectedRow().process().pid(), "java has the most CPU");

        s.handleKey(ch(' '));
        assertTrue(s.view().isTagged(id(s, 1200)));
        assertEquals(1300, s.cursor().selectedRow().process().pid(), "Space moves down");
        v.paint(s);
        assertTrue(rowOf(v, 1200).contains(" * /usr/bin/java --id 1200"), rowOf(v, 1200));
        assertFalse(rowOf(v, 1300).contains("* "), rowOf(v, 1300));
        assertTrue(v.text().contains("[tagged: 1]"), v.text());
        int r = v.rowOf("/usr/bin/java --id 1200");
        assertEquals(Theme.COLOR.tagged().fg(), v.at(0, r).getForegroundColor(), "tagged style");

        s.handleKey(ch(' ')); // tags cc1, moves on
        s.cursor().select(id(s, 1200));
        s.handleKey(ch(' '));
        assertFalse(s.view().isTagged(id(s, 1200)), "Space again untags");

        s.cursor().select(id(s, 880));
        s.handleKey(ch('c'));
        assertEquals("tagged PID 880 and 5 descendants", s.statusLine().text());
        for (int pid : new int[]{880, 901, 1200, 1300, 1500, 1600}) assertTrue(s.view().isTagged(id(s, pid)), "" + pid);
        assertFalse(s.view().isTagged(id(s, 410)), "the parent is not tagged");
        assertEquals(880, s.cursor().selectedRow().process().pid(), "c does not move");
        v.paint(s);
        assertTrue(v.text().contains("[tagged: 6]"), v.text());

        s.handleKey(ch('U'));
        assertTrue(s.view().tagged().isEmpty());
        assertEquals("untagged 6 processes", s.statusLine().text());
        v.paint(s);
        assertFalse(v.text().contains("* /usr/bin/"), v.text());
        s.handleKey(ch('U'));
        assertEquals("nothing was tagged", s.statusLine().text());
    }

    @Test
    void marksShowInAsciiAndWithoutColorAndInTheTree() throws Exception {
        MonitorOptions o = new MonitorOptions(0, Set.of(), null, null, null, true, true, true, false, false, List.of());
        ActionRig rig = new ActionRig(dir, Map.of("LANG", "C", "TERM", "vt100"), o);
        Session s = rig.session;
        s.accept(new FakeSampler(0).sample());
        s.cursor().select(id(s, 901));
        s.handleKey(ch(' '));
        VirtualScreen v = new VirtualScreen(120, 40);
        v.paint(s);
        String row = rowOf(v, 901);
        assertTrue(row.matches(".*\\|- \\* /usr/bin/make --id 901.*|.*`- \\* /usr/bin/make --id 901.*"), row);
        int r = v.rowOf("/usr/bin/make --id 901");
        assertTrue(v.at(0, r).getModifiers().contains(SGR.BOLD), "tagged rows are bold without color");
        for (char c : v.text().toCharArray()) assertTrue(c < 128, "ASCII only");
    }

    @Test
    void actionsReachTaggedRowsFoldedInACollapsedNodeButNotFilteredOnes() throws Exception {
        ActionRig rig = new ActionRig(dir);
        Session s = rig.session;
        s.accept(new FakeSampler(0).sample());
        s.handleKey(ch('t'));
        s.cursor().select(id(s, 901));
        s.handleKey(ch('c')); // make, java, cc1
        s.handleKey(ch('-'));
        assertEquals(-1, s.rows().indexOf(id(s, 1200)), "java is folded into make");
        assertEquals(3, Tagging.capture(s).size());

        s.view().setFilter(Query.parse("name:make"));
        assertEquals(3, Tagging.actionable(s).size(), "still folded into make");
        s.view().setCollapsed(id(s, 901), false);
        assertEquals(List.of(id(s, 901)), Tagging.actionable(s), "a filter leaves the others out");
        assertEquals(2, Tagging.leftOut(s));
        s.handleKey(key(KeyType.F9));
        VirtualScreen v = new VirtualScreen(120, 40);
        v.paint(s);
        assertTrue(v.text().contains("Signal PID 901 (make)"), v.text());
        assertTrue(v.text().contains("(2 tagged processes are hidden or gone: left out)"), v.text());
        s.handleKey(key(KeyType.Escape));
    }

    @Test
    void tagsOfExitedProcessesAreDropped() {
        ActionRig rig = new ActionRig(dir);
        Session s = rig.session;
        s.accept(new FakeSampler(0).sample());
        s.handleKey(ch(' '));
        s.handleKey(ch(' '));
        assertEquals(2, s.view().tagged().size());
        List<ProcessSample> ps = new ArrayList<>(FakeSampler.base(2));
        ps.removeIf(p -> p.pid() == 1200);
        Snapshot next = Procs.snapshot(2, ps);
        rig.sampled(next);
        rig.controls.drain();
        assertEquals(1, s.view().tagged().size());
        assertTrue(s.view().isTagged(id(s, 1300)));
    }
}
