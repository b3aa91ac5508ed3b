package dev.vigil.model;

import dev.vigil.sample.ProcessSample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TreeOrderTest {
    static ProcessSample p(int pid, int tgid, int ppid, long startTicks) {
        return new ProcessSample(pid, tgid, ppid, 0, "root", 'S', 0, 20, 1, 0, 0, 0, 0, 0, startTicks, 0,
                "p" + pid, "p" + pid, Double.NaN, Double.NaN, false, 0);
    }

    static List<String> lines(List<TreeOrder.Row> rows) {
        List<String> out = new ArrayList<>();
        for (TreeOrder.Row r : rows) out.add(r.prefix() + r.sample().command() + "/" + r.depth());
        return out;
    }

    @Test
    void drawsBranchesDepthFirstWithSiblingsInOrder() {
        List<ProcessSample> ps = List.of(p(30, 30, 10, 5), p(1, 1, 0, 1), p(10, 10, 1, 2), p(20, 20, 1, 3),
                p(11, 11, 10, 4), p(40, 40, 30, 6));
        assertEquals(List.of("p1/0", "├─ p10/1", "│  ├─ p11/2", "│  └─ p30/2", "│     └─ p40/3", "└─ p20/1"),
                lines(TreeOrder.flatten(ps, SortColumn.PID.comparator(), false)));
        assertEquals(List.of("p1/0", "|- p10/1", "|  |- p11/2", "|  `- p30/2", "|     `- p40/3", "`- p20/1"),
                lines(TreeOrder.flatten(ps, SortColumn.PID.comparator(), true)));
        // Siblings follow the given order: PID descending puts p20 first.
        assertEquals(List.of("p1/0", "├─ p20/1", "└─ p10/1", "   ├─ p30/2", "   │  └─ p40/3", "   └─ p11/2"),
                lines(TreeOrder.flatten(ps, SortColumn.PID.comparator(true), false)));
    }

    @Test
    void missingOrReusedParentsMakeRootsAndThreadsHangUnderTheirProcess() {
        List<ProcessSample> ps = List.of(p(5, 5, 99, 10), p(7, 7, 5, 3), p(8, 5, 1, 11), p(6, 6, 5, 12));
        // 99 is absent; 7 names 5 as parent but started before it (PID 5 was reused); 8 is a thread of 5.
        assertEquals(List.of("p5/0", "├─ p6/1", "└─ p8/1", "p7/0"),
                lines(TreeOrder.flatten(ps, SortColumn.PID.comparator(), false)));
    }

    @Test
    void aParentCycleLosesNoRow() {
        List<ProcessSample> ps = List.of(p(1, 1, 0, 1), p(2, 2, 3, 5), p(3, 3, 2, 5));
        assertEquals(3, TreeOrder.flatten(ps, SortColumn.PID.comparator(), false).size());
    }

    @Test
    void deepChainsDoNotOverflowTheStack() {
        List<ProcessSample> ps = new ArrayList<>();
        for (int i = 1; i <= 20000; i++) ps.add(p(i, i, i - 1, i));
        List<TreeOrder.Row> rows = TreeOrder.flatten(ps, SortColumn.PID.comparator(), true);
        assertEquals(20000, rows.size());
        assertEquals(19999, rows.get(19999).depth());
        assertEquals(TreeOrder.MAX_DRAWN_DEPTH * 3 + 3, rows.get(19999).prefix().length(), "drawing is capped");
    }
}
