package dev.vigil.ui;

import com.googlecode.lanterna.input.KeyType;
import dev.vigil.model.Procs;
import dev.vigil.model.Query;
import dev.vigil.sample.ProcessSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.vigil.ui.VirtualScreen.ch;
import static dev.vigil.ui.VirtualScreen.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** F on a virtual terminal: the selection sticks to the followed process until a move, F again, or its end. */
class FollowTest {
    private static final int A = 999_001;
    private static final int B = 999_002;
    private static final int C = 999_003;

    @TempDir
    Path dir;

    private static ProcessSample p(int pid, String name, double cpu) {
        return Procs.withStart(Procs.proc(pid, 1, name, "root", 'S', cpu), 77);
    }

    private static dev.vigil.sample.Snapshot snap(long seq, ProcessSample... ps) {
        return Procs.snapshot(seq, List.of(ps));
    }

    private static String screen(Session s, int w, int h) throws Exception {
        VirtualScreen v = new VirtualScreen(w, h);
        v.paint(s);
        return v.text();
    }

    private static int selectedPid(Session s) {
        return s.cursor().selectedRow().process().pid();
    }

    @Test
    void theSelectionFollowsThroughResortsUntilAnArrowOrFAgain() throws Exception {
        ActionRig rig = new ActionRig(dir);
        Session s = rig.session;
        rig.sampled(snap(1, p(A, "alpha", 10), p(B, "beta", 50), p(C, "gamma", 30)));
        s.cursor().select(s.rows().indexOf(p(A, "alpha", 0).identity()));
        s.handleKey(ch('F'));
        assertTrue(s.follow().active());
        for (int[] size : new int[][] {{80, 24}, {200, 50}}) {
            assertTrue(screen(s, size[0], size[1]).contains("[following " + A + " alpha]"), screen(s, size[0], size[1]));
        }
        rig.sampled(snap(2, p(A, "alpha", 90), p(B, "beta", 50), p(C, "gamma", 30)));
        assertEquals(0, s.cursor().selectedIndex());
        assertEquals(A, selectedPid(s));
        rig.sampled(snap(3, p(A, "alpha", 1), p(B, "beta", 50), p(C, "gamma", 30)));
        assertEquals(2, s.cursor().selectedIndex());
        assertEquals(A, selectedPid(s));

        s.handleKey(key(KeyType.ArrowUp));
        assertFalse(s.follow().active());
        assertTrue(s.statusLine().text().startsWith("no longer following PID " + A), s.statusLine().text());
        assertFalse(screen(s, 80, 24).contains("[following"));

        s.handleKey(ch('F'));
        assertTrue(s.follow().active());
        s.handleKey(ch('F'));
        assertFalse(s.follow().active());
    }

    @Test
    void aFilterHidesItForAWhileAndItsEndIsSaid() throws Exception {
        ActionRig rig = new ActionRig(dir);
        Session s = rig.session;
        rig.sampled(snap(1, p(A, "alpha", 10), p(B, "beta", 50), p(C, "gamma", 30)));
        s.cursor().select(s.rows().indexOf(p(B, "beta", 0).identity()));
        s.handleKey(ch('F'));
        s.view().setFilter(Query.parse("gamma"));
        rig.sampled(snap(2, p(A, "alpha", 10), p(B, "beta", 50), p(C, "gamma", 30)));
        assertTrue(s.follow().active(), "hidden by the filter: still followed");
        s.view().setFilter(Query.ALL);
        rig.sampled(snap(3, p(A, "alpha", 10), p(B, "beta", 5), p(C, "gamma", 30)));
        assertEquals(B, selectedPid(s));
        assertTrue(s.follow().active());

        rig.sampled(snap(4, p(A, "alpha", 10), p(C, "gamma", 30)));
        assertFalse(s.follow().active());
        assertEquals("PID " + B + " (beta) ended: no longer following", s.statusLine().text());
        String t = screen(s, 80, 24);
        assertTrue(t.contains("PID " + B + " (beta) ended: no longer following"), t);
        assertFalse(t.contains("[following"), t);
    }
}
