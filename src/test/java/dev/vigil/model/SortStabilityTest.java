package dev.vigil.model;

import dev.vigil.sample.ProcessSample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static dev.vigil.model.Procs.proc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SortStabilityTest {
    private static List<Integer> pids(List<ProcessSample> ps) {
        return ps.stream().map(ProcessSample::pid).toList();
    }

    @Test
    void tiesBreakOnPidAscendingInBothDirections() {
        List<ProcessSample> ps = new ArrayList<>(List.of(
                proc(30, 1, "c", "root", 'S', 5), proc(10, 1, "a", "root", 'S', 5),
                proc(20, 1, "b", "root", 'S', 9), proc(40, 1, "d", "root", 'S', 5)));
        ps.sort(SortColumn.CPU.comparator(true));
        assertEquals(List.of(20, 10, 30, 40), pids(ps));
        ps.sort(SortColumn.CPU.comparator(false));
        assertEquals(List.of(10, 30, 40, 20), pids(ps));
    }

    @Test
    void orderDoesNotDependOnInputOrder() {
        List<ProcessSample> ps = new ArrayList<>();
        for (int i = 1; i <= 200; i++) ps.add(proc(i, 1, "p" + (i % 7), i % 3 == 0 ? "root" : "bob", 'S', i % 4));
        for (SortColumn c : SortColumn.values()) {
            for (boolean desc : new boolean[]{true, false}) {
                List<ProcessSample> a = new ArrayList<>(ps);
                a.sort(c.comparator(desc));
                List<ProcessSample> b = new ArrayList<>(ps);
                Collections.shuffle(b, new Random(c.ordinal() * 2L + (desc ? 1 : 0)));
                b.sort(c.comparator(desc));
                assertEquals(pids(a), pids(b), c + " desc=" + desc);
            }
        }
    }

    @Test
    void eachColumnSortsByItsValue() {
        ProcessSample small = proc(5, 1, "zsh", "alice", 'R', 1);
        ProcessSample big = proc(49, 1, "bash", "bob", 'Z', 80);
        assertEquals(-1, Integer.signum(SortColumn.PID.comparator(false).compare(small, big)));
        assertEquals(-1, Integer.signum(SortColumn.USER.comparator(false).compare(small, big)));
        assertEquals(1, Integer.signum(SortColumn.COMMAND.comparator(false).compare(small, big)));
        assertEquals(-1, Integer.signum(SortColumn.RES.comparator(false).compare(small, big)));
        assertEquals(-1, Integer.signum(SortColumn.VIRT.comparator(false).compare(small, big)));
        assertEquals(-1, Integer.signum(SortColumn.CPU.comparator(false).compare(small, big)));
        assertEquals(-1, Integer.signum(SortColumn.STATE.comparator(false).compare(small, big)), "R before Z");
        assertEquals(1, Integer.signum(SortColumn.CPU.comparator(true).compare(small, big)));
    }

    @Test
    void parsesTitlesNamesAndAliases() {
        assertEquals(SortColumn.CPU, SortColumn.parse("CPU%"));
        assertEquals(SortColumn.CPU, SortColumn.parse("cpu"));
        assertEquals(SortColumn.MEM, SortColumn.parse("mem"));
        assertEquals(SortColumn.TIME, SortColumn.parse("TIME+"));
        assertEquals(SortColumn.TIME, SortColumn.parse("time"));
        assertEquals(SortColumn.RES, SortColumn.parse("rss"));
        assertEquals(SortColumn.COMMAND, SortColumn.parse("name"));
        assertEquals(SortColumn.PID, SortColumn.parse(" pid "));
        assertNull(SortColumn.parse("nonsense"));
        assertNull(SortColumn.parse(null));
    }

    @Test
    void defaultDirectionsFollowHtop() {
        assertEquals(true, SortColumn.CPU.defaultDescending());
        assertEquals(true, SortColumn.MEM.defaultDescending());
        assertEquals(true, SortColumn.TIME.defaultDescending());
        assertEquals(false, SortColumn.PID.defaultDescending());
        assertEquals(false, SortColumn.COMMAND.defaultDescending());
    }
}
