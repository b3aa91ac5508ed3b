package dev.vigil.model;

import dev.vigil.sample.ProcessSample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.vigil.model.Procs.proc;
import static dev.vigil.model.Procs.withCpu;
import static dev.vigil.model.Procs.withStart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SelectionsTest {
    private static Rows rows(List<ProcessSample> ps, ViewState v) {
        return RowBuilder.build(ps, v);
    }

    @Test
    void selectionFollowsTheProcessWhenRowsReorder() {
        ViewState v = new ViewState();
        List<ProcessSample> ps = RowBuilderTest.family();
        Rows r1 = rows(ps, v);
        Selection s = Selections.at(r1, 3); // c, cpu 1
        assertEquals("c", r1.get(s.index()).process().name());
        ps.set(3, withCpu(ps.get(3), 99)); // c jumps to the top
        Rows r2 = rows(ps, v);
        Selection s2 = Selections.resolve(r2, s);
        assertEquals(0, s2.index());
        assertEquals(s.identity(), s2.identity());
    }

    @Test
    void whenTheSelectedProcessDiesTheParentIsSelected() {
        ViewState v = new ViewState();
        List<ProcessSample> ps = RowBuilderTest.family();
        Rows r1 = rows(ps, v);
        Selection s = Selections.resolve(r1, new Selection(ps.get(4).identity(), null, 0)); // d, child of b
        assertEquals(ps.get(2).identity(), s.parent());
        ps.remove(4);
        Selection s2 = Selections.resolve(rows(ps, v), s);
        assertEquals(ps.get(2).identity(), s2.identity(), "moved to b, the parent");
    }

    @Test
    void whenParentIsGoneTooTheNearestRowIsSelected() {
        ViewState v = new ViewState();
        List<ProcessSample> ps = RowBuilderTest.family();
        Rows r1 = rows(ps, v);
        Selection s = Selections.resolve(r1, new Selection(ps.get(4).identity(), null, 0));
        assertEquals(5, s.index());
        ps.remove(4);
        ps.remove(2);
        Rows r2 = rows(ps, v);
        Selection s2 = Selections.resolve(r2, s);
        assertEquals(r2.size() - 1, s2.index(), "clamped to the last row, nearest to index 5");
        assertEquals(r2.get(r2.size() - 1).identity(), s2.identity());
    }

    @Test
    void aReusedPidIsNotTheSelectedProcess() {
        ViewState v = new ViewState();
        List<ProcessSample> ps = RowBuilderTest.family();
        Selection s = Selections.resolve(rows(ps, v), new Selection(ps.get(5).identity(), null, 2)); // e
        ps.set(5, withStart(ps.get(5), 123_456_789));
        Selection s2 = Selections.resolve(rows(ps, v), s);
        assertEquals(ps.get(0).identity(), s2.identity(), "e died: its parent init is selected, not the new PID 50");
    }

    @Test
    void firstResolveSelectsTheFirstRowAndEmptyRowsKeepTheSelection() {
        ViewState v = new ViewState();
        Rows r = rows(RowBuilderTest.family(), v);
        Selection s = Selections.resolve(r, Selection.NONE);
        assertEquals(0, s.index());
        assertEquals(s, Selections.resolve(Rows.EMPTY, s));
        assertNull(Selections.at(Rows.EMPTY, 3).identity());
    }

    @Test
    void moveStopsAtTheEnds() {
        Rows r = rows(RowBuilderTest.family(), new ViewState());
        Selection s = Selections.at(r, 1);
        assertEquals(0, Selections.move(r, s, -10).index());
        assertEquals(r.size() - 1, Selections.move(r, s, 100).index());
        assertEquals(3, Selections.move(r, s, 2).index());
    }

    @Test
    void findWrapsAndIgnoresCase() {
        List<ProcessSample> ps = new ArrayList<>(List.of(proc(1, 0, "Alpha"), proc(2, 1, "beta"), proc(3, 1, "alphabet")));
        ViewState v = new ViewState();
        v.sortBy(SortColumn.PID, false);
        Rows r = rows(ps, v);
        assertEquals(0, Selections.find(r, "ALPHA", 0));
        assertEquals(2, Selections.find(r, "alpha", 1));
        assertEquals(0, Selections.find(r, "alpha", 3));
        assertEquals(1, Selections.find(r, "--id 2", 0), "matches the command line too");
        assertEquals(-1, Selections.find(r, "gamma", 0));
        assertEquals(-1, Selections.find(r, "", 0));
    }
}
