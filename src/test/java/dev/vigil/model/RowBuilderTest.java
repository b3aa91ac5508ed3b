package dev.vigil.model;

import dev.vigil.sample.ProcessSample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.vigil.model.Procs.kernel;
import static dev.vigil.model.Procs.proc;
import static dev.vigil.model.Procs.thread;
import static dev.vigil.model.Procs.withStart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowBuilderTest {
    /** init(1) → a(10) → {c(30), b(20) → d(40)}; init → e(50); kthreadd(2) → kworker(3). */
    static List<ProcessSample> family() {
        return new ArrayList<>(List.of(
                proc(1, 0, "init", "root", 'S', 0.1),
                proc(10, 1, "a", "root", 'S', 5),
                proc(20, 10, "b", "bob", 'R', 50),
                proc(30, 10, "c", "bob", 'S', 1),
                proc(40, 20, "d", "bob", 'S', 0),
                proc(50, 1, "e", "root", 'S', 2),
                kernel(2, "kthreadd"),
                kernel(3, "kworker")));
    }

    static List<String> lines(Rows rows) {
        List<String> out = new ArrayList<>();
        for (Row r : rows.list()) {
            out.add(r.guides() + r.process().name() + (r.collapsed() ? "[+" + r.hidden() + "]" : ""));
        }
        return out;
    }

    /** What the monitor builds on the sampler thread, from a copy of the view, is what the view gives. */
    @Test
    void aRowsCopyOfTheViewBuildsTheSameRowsAndRowsOfferedAreUsedForTheirVersionOnly() throws Exception {
        ViewState v = new ViewState();
        v.setTree(true);
        v.sortBy(SortColumn.PID);
        v.setFilter(Query.parse("!name:e"));
        v.setShowKernelThreads(true);
        v.setCollapsed(new dev.vigil.sample.Identity(10, 1010), true);
        v.setSelection(new Selection(null, null, 3));
        List<ProcessSample> ps = family();
        ViewState copy = v.rowsCopy();
        assertEquals(v.version(), copy.version());
        assertEquals(lines(RowBuilder.build(ps, v)), lines(RowBuilder.build(ps, copy)));
        List<String> lines = lines(RowBuilder.build(ps, copy));
        assertEquals(2, lines.size(), "init and a collapsed (e, kthreadd, kworker filtered out): " + lines);
        assertTrue(lines.get(1).endsWith("a[+3]"), lines.toString());
        v.setTree(false);
        assertTrue(copy.tree(), "the copy does not follow the view");

        RowBuilder b = new RowBuilder();
        Rows built = RowBuilder.build(ps, copy).indexed();
        b.offer(ps, copy.version(), built);
        assertNotSame(built, b.rows(ps, v), "the view changed since: built again");
        b.offer(ps, v.version(), built);
        assertSame(built, b.rows(ps, v));
        assertNotSame(built, b.rows(family(), v), "other processes: built again");
    }

    @Test
    void flatSortsAndHidesKernelThreadsByDefault() {
        ViewState v = new ViewState();
        Rows rows = RowBuilder.build(family(), v);
        assertEquals(List.of("b", "a", "e", "c", "init", "d"), lines(rows));
        v.setShowKernelThreads(true);
        assertEquals(8, RowBuilder.build(family(), v).size());
    }

    /** -u takes a user name or a numeric uid, in the monitor as in batch (the monitor once matched names only). */
    @Test
    void theUserFilterMatchesANameOrAUid() {
        ViewState v = new ViewState();
        v.setUser("bob");
        assertEquals(List.of("b", "c", "d"), lines(RowBuilder.build(family(), v)));
        v.setUser("1000");
        assertEquals(List.of("b", "c", "d"), lines(RowBuilder.build(family(), v)), "bob is uid 1000");
        v.setUser("0");
        assertEquals(List.of("a", "e", "init"), lines(RowBuilder.build(family(), v)));
        v.setUser("nobody");
        assertTrue(RowBuilder.build(family(), v).isEmpty());
    }

    /** Batch's tree drawing is this pipeline's tree: the same rows, in the same order. */
    @Test
    void batchTreeOrderIsThePipelinesTree() {
        ViewState v = new ViewState();
        v.setTree(true);
        v.setShowKernelThreads(true);
        List<Row> rows = RowBuilder.list(family(), v);
        List<TreeOrder.Row> drawn = TreeOrder.of(rows, true);
        List<String> got = new ArrayList<>();
        for (TreeOrder.Row r : drawn) got.add(r.prefix() + r.sample().name() + "/" + r.depth());
        assertEquals(List.of("init/0", "|- a/1", "|  |- b/2", "|  |  `- d/3", "|  `- c/2", "`- e/1",
                "kthreadd/0", "`- kworker/1"), got);
    }

    @Test
    void treeListsChildrenUnderParentsInSortOrderWithGuides() {
        ViewState v = new ViewState();
        v.setTree(true);
        assertEquals(List.of("init", "+a", "|+b", "||`d", "|`c", "`e"), lines(RowBuilder.build(family(), v)));
        v.sortBy(SortColumn.PID, false);
        assertEquals(List.of("init", "+a", "|+b", "||`d", "|`c", "`e"), lines(RowBuilder.build(family(), v)));
        v.invertSort();
        assertEquals(List.of("init", "+e", "`a", " +c", " `b", "  `d"), lines(RowBuilder.build(family(), v)));
    }

    @Test
    void collapsedNodesHideAndCountDescendants() {
        ViewState v = new ViewState();
        v.setTree(true);
        v.setCollapsed(proc(10, 1, "a").identity(), true);
        Rows rows = RowBuilder.build(family(), v);
        assertEquals(List.of("init", "+a[+3]", "`e"), lines(rows));
        assertTrue(rows.get(1).hasChildren());
        v.setCollapsed(proc(1, 0, "init").identity(), true);
        assertEquals(List.of("init[+5]"), lines(RowBuilder.build(family(), v)));
    }

    @Test
    void collapseIsKeyedByIdentityNotPid() {
        ViewState v = new ViewState();
        v.setTree(true);
        v.setCollapsed(withStart(proc(10, 1, "a"), 999_999).identity(), true);
        assertEquals(6, RowBuilder.build(family(), v).size(), "another process that had PID 10 stays expanded");
    }

    @Test
    void orphansOfFilteredParentsGoToTopLevel() throws QueryException {
        ViewState v = new ViewState();
        v.setTree(true);
        v.setFilter(Query.parse("user:bob"));
        assertEquals(List.of("b", "`d", "c"), lines(RowBuilder.build(family(), v)));
    }

    @Test
    void aParentStartedAfterItsChildIsAReusedPid() {
        List<ProcessSample> ps = family();
        ps.set(1, withStart(ps.get(1), 5_000_000)); // "a" now started long after b and c
        ViewState v = new ViewState();
        v.setTree(true);
        List<String> l = lines(RowBuilder.build(ps, v));
        assertTrue(l.contains("b") && l.contains("c"), l.toString());
    }

    @Test
    void threadsHangUnderTheirProcessWhenShown() {
        List<ProcessSample> ps = family();
        ps.add(thread(41, ps.get(4), "d-worker"));
        ViewState v = new ViewState();
        v.setTree(true);
        assertEquals(6, RowBuilder.build(ps, v).size());
        v.setShowThreads(true);
        List<String> l = lines(RowBuilder.build(ps, v));
        assertEquals("||`d", l.get(3));
        assertEquals("|| `d-worker", l.get(4));
    }

    @Test
    void userPidAndQueryFiltersCombine() throws QueryException {
        ViewState v = new ViewState();
        v.setUser("bob");
        assertEquals(Set.of("b", "c", "d"), Set.copyOf(lines(RowBuilder.build(family(), v))));
        v.setFilter(Query.parse("cpu>0.5"));
        assertEquals(List.of("b", "c"), lines(RowBuilder.build(family(), v)));
        v.setUser(null);
        v.setFilter(Query.ALL);
        v.setPids(List.of(1, 40));
        assertEquals(List.of("init", "d"), lines(RowBuilder.build(family(), v)));
    }

    @Test
    void cachedResultIsReusedUntilTheViewOrTheListChanges() {
        RowBuilder b = new RowBuilder();
        ViewState v = new ViewState();
        List<ProcessSample> ps = List.copyOf(family());
        Rows first = b.rows(ps, v);
        v.setSelection(new Selection(null, null, 3));
        v.setSearch("x");
        assertSame(first, b.rows(ps, v));
        v.invertSort();
        Rows second = b.rows(ps, v);
        assertNotSame(first, second);
        assertNotSame(second, b.rows(new ArrayList<>(ps), v));
    }

    @Test
    void aVeryDeepChainDoesNotOverflowTheStack() {
        List<ProcessSample> ps = new ArrayList<>();
        ps.add(proc(1, 0, "init"));
        for (int i = 2; i <= 3_000; i++) ps.add(proc(i, i - 1, "sh"));
        ViewState v = new ViewState();
        v.setTree(true);
        Rows rows = RowBuilder.build(ps, v);
        assertEquals(3_000, rows.size());
        assertEquals(2_999, rows.get(rows.size() - 1).depth());
        v.setCollapsed(ps.get(0).identity(), true);
        assertEquals(2_999, RowBuilder.build(ps, v).get(0).hidden());
    }
}
