package dev.vigil.ui;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import dev.vigil.model.Procs;
import dev.vigil.sample.ProcessSample;
import dev.vigil.ui.overlays.ConfirmOverlay;
import dev.vigil.ui.overlays.NicePrompt;
import dev.vigil.ui.views.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.vigil.ui.VirtualScreen.ch;
import static dev.vigil.ui.VirtualScreen.ctrl;
import static dev.vigil.ui.VirtualScreen.key;
import static dev.vigil.ui.VirtualScreen.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signal menu, confirmation, renice and read-only mode, drawn on a virtual terminal. */
class SignalKeysTest {
    @TempDir
    Path dir;

    private ActionRig rig;
    private Session s;
    private final VirtualScreen v;

    SignalKeysTest() throws Exception {
        v = new VirtualScreen(120, 40);
    }

    private void start(MonitorOptions o) {
        rig = new ActionRig(dir, VirtualScreen.utf8Env(), o);
        s = rig.session;
        s.accept(new FakeSampler(0).sample());
    }

    private void start() {
        start(VirtualScreen.options());
    }

    private String screen() throws Exception {
        v.paint(s);
        return v.text();
    }

    /** The background of the menu line that shows this entry. */
    private TextColor background(String entry) throws Exception {
        v.paint(s);
        int r = v.rowOf(entry);
        assertTrue(r >= 0, entry + " not on screen:\n" + v.text());
        return v.at(v.lines().get(r).indexOf(entry), r).getBackgroundColor();
    }

    @Test
    void f9OpensTheMenuWithTermSelectedAndTypingNineteenSelectsStop() throws Exception {
        start();
        s.handleKey(key(KeyType.F9));
        String t = screen();
        assertTrue(t.contains("Signal PID 1200 (java)"), t);
        assertTrue(t.contains("  e TERM, then KILL after 5 s"), t);
        assertTrue(t.contains("  1 HUP       hangup; many daemons reload"), t);
        assertEquals(Theme.COLOR.selection().bg(), background(" 15 TERM"));
        assertEquals(TextColor.ANSI.DEFAULT, background("  9 KILL"));
        type(s, "19");
        assertEquals(Theme.COLOR.selection().bg(), background(" 19 STOP"));
        assertTrue(screen().contains("typed: 19"));
        s.handleKey(key(KeyType.ArrowDown));
        assertEquals(Theme.COLOR.selection().bg(), background(" 20 TSTP"), "arrows move");
        s.handleKey(key(KeyType.ArrowUp));
        s.handleKey(key(KeyType.Enter));
        assertNull(s.overlays().top());
        assertEquals(List.of("STOP 1200"), rig.kernel.sent);
        assertEquals("sent STOP to PID 1200 (java)", s.statusLine().text());
        assertFalse(s.statusLine().error());
        assertTrue(rig.session.app().sampler().sampleDue(), "a fresh sample shows the new state");

        s.handleKey(ch('k'));
        s.handleKey(key(KeyType.Escape));
        assertNull(s.overlays().top());
        assertEquals("signal menu closed: nothing sent", s.statusLine().text());
        assertEquals(1, rig.kernel.sent.size());
    }

    @Test
    void killAndBatchesAskFirstAndOnlyYSends() throws Exception {
        start();
        s.handleKey(key(KeyType.F9));
        type(s, "9");
        s.handleKey(key(KeyType.Enter));
        assertInstanceOf(ConfirmOverlay.class, s.overlays().top());
        String t = screen();
        assertTrue(t.contains("│ Send KILL to PID 1200 (java)? KILL cannot be caught: no chance to    │"), t);
        assertTrue(t.contains("│ clean up. (y/n)  "), "wrapped at a space:\n" + t);
        assertTrue(t.contains("y sends, n or Esc cancels"), t);
        s.handleKey(key(KeyType.Enter));
        s.handleKey(ch('x'));
        assertInstanceOf(ConfirmOverlay.class, s.overlays().top(), "Enter and other keys do not answer");
        s.handleKey(ch('n'));
        assertNull(s.overlays().top());
        assertEquals("cancelled: nothing sent", s.statusLine().text());
        assertTrue(rig.kernel.sent.isEmpty());

        s.handleKey(key(KeyType.F9));
        type(s, "9");
        s.handleKey(key(KeyType.Enter));
        s.handleKey(ch('y'));
        assertEquals(List.of("KILL 1200"), rig.kernel.sent);
        assertEquals("sent KILL to PID 1200 (java)", s.statusLine().text());

        s.handleKey(ch(' ')); // the selection is still on java (gone in the kernel only): tag it and cc1
        s.handleKey(ch(' '));
        s.handleKey(key(KeyType.F9));
        assertTrue(screen().contains("Signal 2 processes"));
        s.handleKey(key(KeyType.Enter));
        assertEquals("Send TERM to 2 processes? (y/n)", ((ConfirmOverlay) s.overlays().top()).question(), "said once");
        assertTrue(screen().contains("1200 java, 1300 cc1"), "the targets are listed\n" + screen());
        s.handleKey(ch('Y'));
        assertEquals(List.of("KILL 1200", "TERM 1300"), rig.kernel.sent);
        assertEquals("sent TERM to 1 of 2 processes; PID 1200 exited before the signal", s.statusLine().text());
        assertTrue(s.statusLine().error(), "not every target was reached");
    }

    @Test
    void withoutReadOnlyTheBarHasTheActionKeys() throws Exception {
        start();
        screen();
        assertTrue(v.lines().get(39).contains("F7Nice -F8Nice +F9Kill"), v.lines().get(39));
    }

    @Test
    void readOnlyRefusesEveryActionAndSendsNothing() throws Exception {
        start(new MonitorOptions(0, Set.of(), null, null, null, false, false, false, true, false, List.of()));
        for (var k : List.of(key(KeyType.F9), ch('k'), key(KeyType.F7), ch(']'), key(KeyType.F8), ch('['), ch('='))) {
            s.statusLine().clear();
            s.handleKey(k);
            assertNull(s.overlays().top(), k.toString());
            assertEquals("read-only mode: no signals, renice or limit changes", s.statusLine().text(), k.toString());
        }
        assertTrue(rig.kernel.sent.isEmpty());
        assertTrue(screen().contains("[read-only]"));
        String bar = v.lines().get(39);
        assertTrue(bar.startsWith("F1Help") && bar.contains("F10Quit"), bar);
        assertFalse(bar.contains("F7") || bar.contains("F8") || bar.contains("F9"), "actions are off the bar\n" + bar);
        s.handleKey(ch(' '));
        assertEquals(1, s.view().tagged().size(), "tagging is not an action: it still works");
    }

    @Test
    void renicePromptRefusesTextAndOutOfRangeKeepingThePromptThenSets() throws Exception {
        start();
        s.handleKey(ch('='));
        String t = screen();
        assertTrue(v.lines().get(39).startsWith("Nice for PID 1200 (java) (now 0): _"), v.lines().get(39));
        type(s, "abc");
        s.handleKey(key(KeyType.Enter));
        assertInstanceOf(NicePrompt.class, s.overlays().top(), "still open");
        assertTrue(s.statusLine().error());
        assertEquals("\"abc\" is not a number; nice is a whole number from -20 (highest priority) to 19 (lowest)",
                s.statusLine().text());
        assertTrue(screen().contains("Nice for PID 1200 (java) (now 0): abc_"), "what was typed is kept");
        s.handleKey(ctrl('u'));
        type(s, "25");
        s.handleKey(key(KeyType.Enter));
        assertEquals("nice 25 is out of range; it must be from -20 to 19", s.statusLine().text());
        assertTrue(rig.kernel.sent.isEmpty());
        s.handleKey(ctrl('u'));
        type(s, "5");
        s.handleKey(key(KeyType.Enter));
        assertNull(s.overlays().top());
        assertEquals(List.of("nice 5 1200"), rig.kernel.sent);
        assertEquals("nice of PID 1200 (java) set to 5 (was 0)", s.statusLine().text());

        s.handleKey(key(KeyType.F7));
        s.handleKey(ch(']'));
        s.handleKey(key(KeyType.F8));
        s.handleKey(ch('['));
        assertEquals(List.of("nice 5 1200", "nice 4 1200", "nice 3 1200", "nice 4 1200", "nice 5 1200"), rig.kernel.sent);
        s.handleKey(ch('='));
        s.handleKey(key(KeyType.Escape));
        assertEquals("nice not changed", s.statusLine().text());
    }

    @Test
    void targetsAreFrozenWhenTheMenuOpensAndOneThatExitedIsReported() throws Exception {
        start();
        s.handleKey(key(KeyType.F9));
        List<ProcessSample> ps = new ArrayList<>(FakeSampler.base(2));
        ps.removeIf(p -> p.pid() == 1200);
        rig.sampled(Procs.snapshot(2, ps));
        rig.kernel.gone.add(1200);
        assertEquals(901, s.cursor().selectedRow().process().pid(), "the selection fell back to the parent");
        type(s, "19");
        s.handleKey(key(KeyType.Enter));
        assertTrue(rig.kernel.sent.isEmpty(), "nothing went to the newly selected process");
        assertEquals("PID 1200 exited before the signal; nothing sent", s.statusLine().text());
        assertTrue(s.statusLine().error());
        assertTrue(screen().contains("PID 1200 exited before the signal; nothing sent"));
    }

    @Test
    void actionLogOverlayListsTheResults() throws Exception {
        start();
        s.handleKey(key(KeyType.F9));
        type(s, "19");
        s.handleKey(key(KeyType.Enter));
        s.handleKey(key(KeyType.F8));
        s.handleKey(ch('L'));
        String t = screen();
        assertTrue(t.contains("Action log: 2 lines of this run"), t);
        assertTrue(t.matches("(?s).*\\d\\d:\\d\\d:\\d\\d  sent STOP to PID 1200 \\(java\\).*"), t);
        assertTrue(t.contains("nice of PID 1200 (java) set to 1 (was 0)"), t);
        assertTrue(t.contains("not kept in a file"), t);
        s.handleKey(ch('q'));
        assertNull(s.overlays().top());
    }

    @Test
    void graceComesFromTheConfigAndABadValueIsReported() throws Exception {
        Files.writeString(dir.resolve("vigil.conf"), "escalate_grace=2s\n");
        start();
        s.handleKey(key(KeyType.F9));
        assertTrue(screen().contains("  e TERM, then KILL after 2 s"));
        s.handleKey(key(KeyType.Escape));

        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("vigil.conf"), "escalate_grace=soon\n");
        ActionRig bad = new ActionRig(other);
        assertTrue(bad.session.statusLine().error());
        assertEquals("config: escalate_grace=soon is not a duration from 1s to 1h (e.g. 5s); using 5 s",
                bad.session.statusLine().text());
        assertEquals(5000, bad.control.actions().graceMillis());
        Files.writeString(other.resolve("vigil.conf"), "escalate_grace=30\n");
        assertEquals(30_000, new ActionRig(other).control.actions().graceMillis(), "a bare number is seconds");
    }

    @Test
    void aNameWithANewlineIsEscapedOnceInTheStatusLineAndTheLogView() throws Exception {
        rig = new ActionRig(dir, VirtualScreen.utf8Env(), VirtualScreen.options());
        s = rig.session;
        s.accept(new dev.vigil.sample.Snapshot(1, 1_700_000_000_000L, 0, Procs.system(2),
                List.of(Procs.proc(4321, 1, "bad\nname")), 10));
        s.handleKey(key(KeyType.F9));
        type(s, "19");
        s.handleKey(key(KeyType.Enter));
        String t = screen();
        assertTrue(t.contains("sent STOP to PID 4321 (bad\\nname)"), "one backslash before n\n" + t);
        assertFalse(t.contains("bad\\\\nname"), t);
        s.handleKey(ch('L'));
        t = screen();
        assertTrue(t.contains("sent STOP to PID 4321 (bad\\nname)") && !t.contains("bad\\\\nname"), "the log view too\n" + t);
    }
}
