package dev.vigil.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import dev.vigil.model.SortColumn;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.overlays.AffinityOverlay;
import dev.vigil.ui.views.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.vigil.ui.VirtualScreen.ch;
import static dev.vigil.ui.VirtualScreen.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clicks and the wheel on a virtual terminal, where the frame put things. */
class MouseTest {
    @TempDir
    Path dir;

    private ActionRig rig;
    private Session s;
    private VirtualScreen v;
    private final List<Boolean> mouseCalls = new ArrayList<>();

    private Layout start(int w, int h) throws Exception {
        rig = new ActionRig(dir);
        s = rig.session;
        s.setControls(new Controls() {
            @Override
            public void post(Runnable task) {
                task.run();
            }

            @Override
            public void mouse(boolean on) {
                mouseCalls.add(on);
            }
        });
        s.accept(new FakeSampler(0).sample());
        v = new VirtualScreen(w, h);
        return v.paint(s);
    }

    private static MouseAction click(int x, int y) {
        return new MouseAction(MouseActionType.CLICK_DOWN, 1, new TerminalPosition(x, y));
    }

    private Reaction press(MouseAction m) throws Exception {
        Reaction r = s.handleKey(m);
        v.paint(s);
        return r;
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "200, 50"})
    void aClickSelectsTheRowUnderIt(int w, int h) throws Exception {
        start(w, h);
        int y = v.rowOf("1300 alice");
        assertTrue(y > 0, v.text());
        press(click(3, y));
        assertEquals(1300, s.cursor().selectedRow().process().pid());
        press(click(3, h - 3 - 0)); // a row far down, or nothing below the last row
        assertTrue(s.cursor().selectedRow() != null);
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "200, 50"})
    void aClickOnAHeadingSortsByItAndAgainInverts(int w, int h) throws Exception {
        Layout l = start(w, h);
        String head = v.lines().get(l.tableTop());
        int x = head.indexOf("MEM%");
        assertTrue(x > 0, head);
        press(click(x + 1, l.tableTop()));
        assertEquals(SortColumn.MEM, s.view().sort());
        boolean desc = s.view().descending();
        press(click(x + 1, l.tableTop()));
        assertEquals(SortColumn.MEM, s.view().sort());
        assertEquals(!desc, s.view().descending(), "a second click inverts");
        assertEquals(SortColumn.MEM, VirtualScreen.session(dir).view().sort(), "saved as the keys save it");
        int cmd = v.lines().get(l.tableTop()).indexOf("Command");
        if (cmd < 0) cmd = v.lines().get(l.tableTop()).indexOf("COMMAND");
        press(click(cmd + 2, l.tableTop()));
        assertEquals(SortColumn.COMMAND, s.view().sort());
    }

    @Test
    void theWheelScrollsTheSelectionThreeRows() throws Exception {
        start(80, 24);
        s.cursor().select(0);
        press(new MouseAction(MouseActionType.SCROLL_DOWN, 5, new TerminalPosition(10, 10)));
        assertEquals(3, s.cursor().selectedIndex());
        press(new MouseAction(MouseActionType.SCROLL_UP, 4, new TerminalPosition(10, 10)));
        assertEquals(0, s.cursor().selectedIndex());
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "200, 50"})
    void aClickOnTheFunctionBarPressesThatKey(int w, int h) throws Exception {
        Layout l = start(w, h);
        String bar = v.lines().get(l.barRow());
        int x = bar.indexOf("F5Tree");
        assertTrue(x >= 0, bar);
        press(click(x + 3, l.barRow()));
        assertTrue(s.view().tree(), "F5 pressed: tree on");
        int quit = v.lines().get(l.barRow()).indexOf("F10");
        assertTrue(quit > 0, v.lines().get(l.barRow()));
        assertEquals(Reaction.QUIT, s.handleKey(click(quit, l.barRow())));
    }

    @Test
    void aClickInTheAffinityPanelTogglesThatCpu() throws Exception {
        start(80, 24);
        s.handleKey(ch('a'));
        v.paint(s);
        int y = v.rowOf("[x] CPU 0");
        assertTrue(y > 0, v.text());
        press(click(5, y));
        assertTrue(v.text().contains("[ ] CPU 0"), v.text());
        AffinityOverlay o = assertInstanceOf(AffinityOverlay.class, s.overlays().top());
        assertFalse(o.chosen().contains(0));
    }

    @Test
    void strayMouseEventsAndBrokenReportsAreNeverKeys() throws Exception {
        start(80, 24);
        SortColumn before = s.view().sort();
        assertEquals(Reaction.NONE, s.handleKey(new MouseAction(MouseActionType.MOVE, 4, new TerminalPosition(1, 1))));
        assertEquals(Reaction.NONE, s.handleKey(new MouseAction(MouseActionType.CLICK_RELEASE, 1, new TerminalPosition(1, 8))));
        assertEquals(Reaction.NONE, s.handleKey(new KeyStroke(KeyType.Unknown)));
        assertEquals(Reaction.NONE, s.handleKey(new KeyStroke(KeyType.MouseEvent)));
        assertEquals(before, s.view().sort());
        assertNull(s.statusLine().text(), "nothing said about a key");
    }

    @Test
    void f2TurnsTheMouseOffAndOnAndSavesIt() throws Exception {
        start(120, 40);
        assertTrue(MouseControl.wanted(s.prefs().config()), "on by default, as in htop");
        s.handleKey(key(KeyType.F2));
        s.handleKey(key(KeyType.End));
        v.paint(s);
        assertTrue(v.text().contains("[x] Mouse (off: terminal copy and paste)"), v.text());
        s.handleKey(ch(' '));
        assertEquals(List.of(false), mouseCalls);
        assertTrue(Files.readString(dir.resolve("vigil.conf")).contains("mouse=off"));
        assertEquals("mouse off: the terminal's own selection works for copy and paste (saved)", s.statusLine().text());
        assertFalse(MouseControl.wanted(VirtualScreen.session(dir).prefs().config()), "read back at the next start");
        s.handleKey(ch(' '));
        assertEquals(List.of(false, true), mouseCalls);
        assertFalse(Files.readString(dir.resolve("vigil.conf")).contains("mouse="));
    }
}
