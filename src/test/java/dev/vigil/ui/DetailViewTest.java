package dev.vigil.ui;

import com.googlecode.lanterna.input.KeyType;
import dev.vigil.app.DetailFeed;
import dev.vigil.detail.DetailFixtures;
import dev.vigil.model.Procs;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.DetailKeys;
import dev.vigil.ui.overlays.DetailView;
import dev.vigil.ui.views.Canvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.vigil.ui.VirtualScreen.ch;
import static dev.vigil.ui.VirtualScreen.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The detail view on a virtual terminal, reading the made-up /proc of DetailFixtures (4242 bash
 * ignores TERM) through the real wiring: DetailKeys on the session, DetailFeed fed like the
 * sampler thread feeds it.
 */
class DetailViewTest {
    static final List<String> SECTIONS = List.of("Warnings", "Identity", "State", "CPU and memory", "I/O",
            "Files", "Limits", "Containers", "Signals", "History");
    static final String TERM_IGNORED = "! TERM is ignored by this process; KILL or a different signal is needed";

    @TempDir
    Path dir;

    private final DetailFixtures machine = new DetailFixtures();
    private Session session;
    private DetailFeed feed;
    private long seq;

    private static ProcessSample bash(char state, double cpu) {
        ProcessSample p = Procs.withStart(Procs.proc(4242, 4000, "bash", "alice", state, cpu), DetailFixtures.BASH_START_TICKS);
        return p;
    }

    /** A snapshot as the sampler makes it, through the feed (sampler thread) and then the session (UI). */
    private void snapshot(ProcessSample... extra) {
        List<ProcessSample> ps = new ArrayList<>();
        ps.add(Procs.withStart(Procs.proc(1, 0, "systemd"), 1));
        ps.add(Procs.withStart(Procs.proc(4000, 1, "sshd"), DetailFixtures.SSHD_START_TICKS));
        ps.addAll(List.of(extra));
        Snapshot s = Procs.snapshot(++seq, ps);
        feed.onSnapshot(s);
        session.accept(s);
    }

    private void start(Map<String, String> env) {
        session = VirtualScreen.session(dir, env, VirtualScreen.options());
        feed = DetailKeys.install(session, machine.reader());
        snapshot(bash('S', 2));
        session.cursor().select(DetailFixtures.BASH);
    }

    private void start() {
        start(VirtualScreen.utf8Env());
    }

    /** Everything the view shows from Home to End, page by page. */
    private String allPages(VirtualScreen v) throws Exception {
        StringBuilder all = new StringBuilder();
        session.handleKey(key(KeyType.Home));
        String last = null;
        for (int i = 0; i < 50; i++) {
            v.paint(session);
            String t = v.text();
            if (t.equals(last)) break;
            all.append(t).append('\n');
            last = t;
            session.handleKey(key(KeyType.PageDown));
        }
        return all.toString();
    }

    @Test
    void rendersAt80x24And200x60WithEverySectionAndTheWarning() throws Exception {
        start();
        for (int[] size : new int[][]{{80, 24}, {200, 60}}) {
            VirtualScreen v = new VirtualScreen(size[0], size[1]);
            session.handleKey(key(KeyType.Enter));
            assertInstanceOf(DetailView.class, session.overlays().top());
            v.paint(session);
            List<String> first = v.lines();
            assertEquals(size[1], first.size());
            assertTrue(first.get(0).contains("PID 4242 bash: detail"), first.get(0));
            assertTrue(v.rowOf("Warnings") > 0 && v.rowOf("Warnings") < v.rowOf(TERM_IGNORED), v.text());
            assertTrue(first.get(size[1] - 1).startsWith("EscClose"), "the view's keys on the last line: " + first);
            String all = allPages(v);
            for (String section : SECTIONS) assertTrue(all.contains("\n│ " + section), section + " in\n" + all);
            assertTrue(all.contains("Ignored           QUIT TERM"), all);
            assertTrue(all.contains("Caught            HUP INT"), all);
            assertTrue(all.contains("fd 3              tcp 127.0.0.1:8080 LISTEN"), all);
            for (String l : all.split("\n")) assertTrue(Canvas.columns(l) <= size[0], "fits: " + l);
            session.handleKey(key(KeyType.Escape));
            assertNull(session.overlays().top());
            assertNull(feed.reading(), "closing stops the reads");
        }
    }

    @Test
    void scrollsBySectionAndKeepsThePositionAcrossRefreshes() throws Exception {
        start();
        VirtualScreen v = new VirtualScreen(80, 24);
        session.handleKey(key(KeyType.Enter));
        session.handleKey(key(KeyType.Tab)); // Warnings is line 0: Tab goes to Identity
        session.handleKey(key(KeyType.Tab));
        v.paint(session);
        assertEquals(1, v.rowOf("State  "), v.text());
        snapshot(bash('S', 3));
        v.paint(session);
        assertEquals(1, v.rowOf("State  "), "a refresh keeps the scroll position:\n" + v.text());
        session.handleKey(key(KeyType.ReverseTab));
        v.paint(session);
        assertEquals(1, v.rowOf("Identity"), v.text());
        session.handleKey(key(KeyType.End));
        v.paint(session);
        assertTrue(v.text().contains("History"), v.text());
        assertTrue(v.lines().get(21).contains(" of "), "position on the bottom edge: " + v.lines().get(21));
    }

    @Test
    void refreshedOnEachSnapshotAndSaysPlainlyWhenTheProcessExits() throws Exception {
        start();
        VirtualScreen v = new VirtualScreen(100, 30);
        session.handleKey(key(KeyType.Enter));
        assertEquals(DetailFixtures.BASH, feed.reading());
        for (int i = 0; i < 4; i++) snapshot(bash('S', 10 + i));
        session.handleKey(key(KeyType.End));
        v.paint(session);
        assertTrue(v.text().contains("now 13.0%") && v.text().contains("5 samples"), "history fed:\n" + v.text());

        machine.exit();
        snapshot(); // bash is gone; the table selection falls back to its parent
        v.paint(session);
        String t = v.text();
        assertTrue(t.contains("PID 4242 bash: detail"), "still about the same process:\n" + t);
        session.handleKey(key(KeyType.Home));
        v.paint(session);
        assertTrue(v.text().contains("! process exited (noticed at "), v.text());
        assertTrue(v.text().contains("below is its last read"), v.text());
        assertNull(feed.reading(), "an exited process is not read again");
        assertFalse(v.text().contains("sshd:"), v.text());
        session.handleKey(ch('k'));
        snapshot();
        v.paint(session);
        assertInstanceOf(DetailView.class, session.overlays().top());
        session.handleKey(ch('q'));
        assertNull(session.overlays().top(), "q closes the view");
    }

    @Test
    void uninterruptibleWarningOnceInDForThreeSecondsOfSnapshots() throws Exception {
        start();
        machine.state('D');
        VirtualScreen v = new VirtualScreen(100, 30);
        session.handleKey(key(KeyType.Enter));
        String warning = "! uninterruptible (D): signals wait until the I/O finishes";
        for (int i = 0; i < 3; i++) snapshot(bash('D', 0)); // in D for 0, 1, 2 s
        v.paint(session);
        assertFalse(v.text().contains(warning), "a short D wait is normal:\n" + v.text());
        snapshot(bash('D', 0)); // 3 s
        v.paint(session);
        assertTrue(v.text().contains(warning), v.text());
        assertTrue(v.text().contains("D  uninterruptible, usually I/O"), v.text());
    }

    @Test
    void zombieOffersToSelectItsParent() throws Exception {
        start();
        machine.zombie();
        snapshot(bash('Z', 0));
        VirtualScreen v = new VirtualScreen(120, 30);
        session.handleKey(key(KeyType.Enter));
        v.paint(session);
        String t = v.text();
        assertTrue(t.contains("! zombie: already dead, cannot be killed; its parent PID 4000 (sshd) has not"), t);
        assertTrue(t.contains("press p to select the parent, PID 4000"), t);
        assertTrue(v.lines().get(29).contains("pParent"), v.lines().get(29));
        session.handleKey(ch('p'));
        assertNull(session.overlays().top());
        assertEquals(4000, session.cursor().selectedRow().process().pid());
        assertTrue(session.statusLine().text().contains("selected PID 4000 (sshd)"), session.statusLine().text());
    }

    @Test
    void environmentOnEAndNeedsRootWhereTheKernelRefuses() throws Exception {
        start();
        VirtualScreen v = new VirtualScreen(100, 30);
        session.handleKey(ch('e'));
        v.paint(session);
        assertTrue(v.text().contains("PID 4242 bash: environment"), v.text());
        assertTrue(v.text().contains("HOME=/home/alice") && v.text().contains("TERM=xterm"), v.text());
        session.handleKey(ch('e'));
        v.paint(session);
        assertTrue(v.text().contains("PID 4242 bash: detail"), v.text());
        session.handleKey(key(KeyType.Escape));

        machine.denied();
        session.handleKey(key(KeyType.Enter));
        String all = allPages(v);
        assertTrue(all.contains("Open              needs root"), all);
        session.handleKey(ch('e'));
        v.paint(session);
        assertTrue(v.text().contains("Environment       needs root"), v.text());
    }

    @Test
    void viewKeysPassToTheTableButTableKeysDoNot() throws Exception {
        start();
        session.handleKey(key(KeyType.Enter));
        session.handleKey(ch('Z'));
        assertTrue(session.view().paused(), "Z (pause) still works in the view");
        assertInstanceOf(DetailView.class, session.overlays().top());
        boolean tree = session.view().tree();
        session.handleKey(key(KeyType.F5));
        assertEquals(tree, session.view().tree(), "F5 changes the hidden table: not passed");
        assertTrue(session.statusLine().text().contains("Esc closes the detail view first"), session.statusLine().text());
        assertInstanceOf(DetailView.class, session.overlays().top());
    }

    @Test
    void asciiTerminalGetsOnlyAscii() throws Exception {
        start(Map.of("LANG", "C", "TERM", "vt100"));
        machine.zombie();
        snapshot(bash('Z', 0));
        VirtualScreen v = new VirtualScreen(80, 24);
        session.handleKey(key(KeyType.Enter));
        v.paint(session);
        String t = allPages(v);
        for (char c : t.toCharArray()) assertTrue(c < 128, "non-ASCII " + (int) c + " in\n" + t);
        assertTrue(t.contains("reaped it - signal or restart the parent"), t);
    }

    @Test
    void enterOnAnEmptyTableSaysSo() {
        session = VirtualScreen.session(dir);
        feed = DetailKeys.install(session, machine.reader());
        session.accept(Procs.snapshot(1, List.of()));
        session.handleKey(key(KeyType.Enter));
        assertNull(session.overlays().top());
        assertEquals("no process selected", session.statusLine().text());
    }
}
