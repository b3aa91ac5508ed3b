package dev.vigil.ui;

import com.googlecode.lanterna.input.KeyType;
import dev.vigil.model.Config;
import dev.vigil.model.SortColumn;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.views.Canvas;
import dev.vigil.ui.views.Pane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.vigil.ui.VirtualScreen.ch;
import static dev.vigil.ui.VirtualScreen.ctrl;
import static dev.vigil.ui.VirtualScreen.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys that open pickers and setup, talk to the sampler, and the hooks later parts use. */
class InteractionTest {
    @TempDir
    Path dir;

    private Session started() {
        Session s = VirtualScreen.session(dir);
        s.accept(new FakeSampler(0).sample());
        return s;
    }

    @Test
    void setupTogglesColumnsAndChangesTheDelayAndSavesBoth() throws Exception {
        VirtualScreen v = new VirtualScreen(120, 40);
        Session s = started();
        s.handleKey(key(KeyType.F2));
        v.paint(s);
        assertTrue(v.text().contains("Refresh delay   < 1.5s >"), v.text());
        s.handleKey(key(KeyType.ArrowRight));
        assertEquals(2000, s.app().sampler().delayMillis());
        assertEquals(2000, s.app().sampler().delayMillis(), "the app's schedule has the delay");
        s.handleKey(key(KeyType.ArrowDown));
        s.handleKey(key(KeyType.ArrowDown)); // PID
        s.handleKey(ch(' '));
        v.paint(s);
        assertTrue(v.text().contains("[x]  1. USER"), "the cursor stays, on the next column: " + v.text());
        s.handleKey(key(KeyType.Enter)); // USER
        v.paint(s);
        assertTrue(v.text().contains("[ ]     PID"), v.text());
        s.handleKey(key(KeyType.Escape));
        v.paint(s);
        assertTrue(v.lines().get(5).matches("PRI +NI +VIRT.*"), v.lines().get(5));
        String conf = Files.readString(dir.resolve("vigil.conf"));
        assertTrue(conf.contains("columns=PRI,NI,VIRT,RES,S,CPU%,MEM%,TIME+,COMMAND\n"), conf);
        assertTrue(conf.contains("delay=2000ms\n"), conf);

        Session again = VirtualScreen.session(dir);
        assertEquals(2000, again.app().sampler().delayMillis());
        assertFalse(again.prefs().columns().contains(SortColumn.PID));
    }

    @Test
    void commandLineChoicesAreNotSaved() throws Exception {
        MonitorOptions o = new MonitorOptions(500, java.util.Set.of(1200), "alice", "cpu>5", "mem", true, false,
                false, false, false, List.of());
        Session s = VirtualScreen.session(dir, VirtualScreen.utf8Env(), o);
        s.accept(new FakeSampler(0).sample());
        assertEquals(500, s.app().sampler().delayMillis());
        assertTrue(s.view().tree());
        assertEquals(SortColumn.MEM, s.view().sort());
        assertEquals(1, s.rows().size());
        assertTrue(s.prefs().save());
        Config saved = VirtualScreen.session(dir).prefs().config();
        assertEquals(Config.DEFAULTS.delayMillis(), saved.delayMillis());
        assertFalse(saved.tree());
        assertEquals(SortColumn.CPU, saved.sort());
    }

    @Test
    void badCommandLineFilterAndInvalidConfigShowInTheStatusLine() throws Exception {
        Files.writeString(dir.resolve("vigil.conf"), "tree=perhaps\n");
        MonitorOptions o = new MonitorOptions(0, java.util.Set.of(), null, null, null, false, false, false, false,
                false, List.of());
        Session s = VirtualScreen.session(dir, VirtualScreen.utf8Env(), o);
        s.accept(new FakeSampler(0).sample());
        VirtualScreen v = new VirtualScreen(200, 40);
        v.paint(s);
        assertTrue(v.lines().get(38).contains("invalid at line 1: 'perhaps' is not true or false; using defaults"),
                v.lines().get(38));
        s.handleKey(key(KeyType.F5));
        assertFalse(s.prefs().save());
        assertEquals("tree=perhaps\n", Files.readString(dir.resolve("vigil.conf")), "the broken file is left alone");

        MonitorOptions bad = new MonitorOptions(0, java.util.Set.of(), null, "cpu>>", "size", false, false, false,
                false, false, List.of());
        Session s2 = VirtualScreen.session(dir.resolve("other"), VirtualScreen.utf8Env(), bad);
        assertTrue(s2.statusLine().text().startsWith("bad filter at column"), s2.statusLine().text());
    }

    @Test
    void userPickerListsUsersAndFilters() throws Exception {
        VirtualScreen v = new VirtualScreen(120, 40);
        Session s = started();
        s.handleKey(ch('u'));
        v.paint(s);
        String t = v.text();
        for (String u : List.of("(all users)", "alice", "backup", "postgres", "root")) assertTrue(t.contains(u), u);
        s.handleKey(ch('b'));
        s.handleKey(key(KeyType.Enter));
        assertEquals("backup", s.view().user());
        assertEquals(1, s.rows().size());
        s.handleKey(ch('u'));
        s.handleKey(key(KeyType.Home));
        s.handleKey(key(KeyType.Enter));
        assertNull(s.view().user());
        s.handleKey(ch('u'));
        s.handleKey(key(KeyType.Escape));
        assertNull(s.overlays().top());
    }

    @Test
    void threadsKernelThreadsPauseAndRedrawTalkToTheMachinery() {
        Session s = started();
        int before = s.rows().size();
        assertEquals(Reaction.REDRAW, s.handleKey(ch('K')));
        assertEquals(before + 2, s.rows().size(), "kthreadd and kworker appear");
        s.handleKey(ch('H'));
        assertTrue(s.app().sampler().includeThreads());
        assertTrue(s.app().sampler().sampleDue());
        assertTrue(s.view().showThreads());
        s.handleKey(ch('Z'));
        assertTrue(s.view().paused());
        assertTrue(s.app().sampler().paused());
        assertEquals(Reaction.REPAINT, s.handleKey(ctrl('l')));
        assertEquals(Reaction.QUIT, s.handleKey(ch('q')));
        assertEquals(Reaction.QUIT, s.handleKey(key(KeyType.F10)));
        assertEquals(Reaction.QUIT, s.handleKey(ctrl('c')));
        s.handleKey(ch('x'));
        assertTrue(s.statusLine().text().contains("key x does nothing here"), s.statusLine().text());
    }

    @Test
    void movementKeysUseThePage() throws Exception {
        Session s = VirtualScreen.session(dir);
        s.accept(new FakeSampler(100).sample());
        VirtualScreen v = new VirtualScreen(120, 20);
        v.paint(s);
        int page = s.cursor().pageRows();
        assertEquals(20 - 2 - 5 - 1, page, "20 rows minus status, bar, 5 meter rows (2 of CPUs), heading");
        s.handleKey(key(KeyType.PageDown));
        assertEquals(page, s.cursor().selectedIndex());
        s.handleKey(key(KeyType.End));
        assertEquals(s.rows().size() - 1, s.cursor().selectedIndex());
        v.paint(s);
        assertEquals(s.rows().size() - page, s.cursor().scroll());
        s.handleKey(key(KeyType.ArrowUp));
        s.handleKey(key(KeyType.PageUp));
        assertEquals(s.rows().size() - 2 - page, s.cursor().selectedIndex());
        s.handleKey(key(KeyType.Home));
        assertEquals(0, s.cursor().selectedIndex());
        s.handleKey(key(KeyType.ArrowDown));
        assertEquals(1, s.cursor().selectedIndex());
    }

    @Test
    void panesRowStylersAndHeaderNotesPlugIn() throws Exception {
        Session s = started();
        boolean[] shown = {true};
        s.hooks().addPane(new Pane() {
            @Override
            public boolean visible(Session session) {
                return shown[0];
            }

            @Override
            public int preferredWidth(int screenWidth) {
                return 30;
            }

            @Override
            public void draw(Canvas area, Session session) {
                area.box(0, 0, area.width(), area.height(), "Alerts");
                area.text(2, 1, "critical: PID 1200", area.theme().error());
            }
        });
        s.hooks().addRowStyler((row, theme) -> row.process().pid() == 1300 ? theme.error().with(com.googlecode.lanterna.SGR.BLINK) : null);
        s.hooks().addHeaderNote(x -> "Alerts: 1 critical");
        VirtualScreen v = new VirtualScreen(120, 40);
        v.paint(s);
        String t = v.text();
        assertTrue(t.contains("Alerts: 1 critical"), t);
        int row = v.rowOf("critical: PID 1200");
        assertTrue(row > 5, t);
        assertTrue(v.lines().get(row).indexOf("critical: PID 1200") >= 90, v.lines().get(row));
        assertTrue(v.at(2, v.rowOf("/usr/bin/cc1")).getModifiers().contains(com.googlecode.lanterna.SGR.BLINK));
        shown[0] = false;
        v.paint(s);
        assertFalse(v.text().contains("critical: PID"));
    }

    @Test
    void collapsedNodesOfDeadProcessesArePrunedOnSave() throws Exception {
        Session s = started();
        s.handleKey(key(KeyType.F5));
        s.cursor().select(s.rows().indexOf(dev.vigil.model.Procs.proc(880, 410, "bash").identity()));
        s.handleKey(ch('-'));
        String conf = Files.readString(dir.resolve("vigil.conf"));
        assertTrue(conf.contains("collapsed=880@1880\n"), conf);
        List<dev.vigil.sample.ProcessSample> ps = new ArrayList<>(FakeSampler.base(2));
        ps.removeIf(p -> p.pid() == 880);
        s.accept(new dev.vigil.sample.Snapshot(2, 0, 1000, dev.vigil.model.Procs.system(4), ps, 1));
        assertTrue(s.prefs().save());
        conf = Files.readString(dir.resolve("vigil.conf"));
        assertTrue(conf.contains("collapsed=\n"), conf);
    }

    @Test
    void targetsAreTheTaggedProcessesElseTheSelectedOne() {
        Session s = started();
        assertEquals(1, s.cursor().targets().size());
        assertEquals(1200, s.cursor().targets().iterator().next().pid());
        s.view().setTagged(s.rows().get(2).identity(), true);
        s.view().setTagged(s.rows().get(3).identity(), true);
        assertEquals(List.of(1400, 700), s.cursor().targets().stream().map(i -> i.pid()).toList());
    }
}
