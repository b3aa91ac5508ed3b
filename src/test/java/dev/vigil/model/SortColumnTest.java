package dev.vigil.model;

import dev.vigil.sample.ProcessAttrs;
import dev.vigil.sample.ProcessSample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SortColumnTest {
    /** A process whose every sortable field is derived from v, so one value sorts all columns alike. */
    static ProcessSample p(int pid, int v) {
        return new ProcessSample(pid, pid, v, v, "user" + (char) ('a' + v), (char) ('A' + v), v - 10, v, v,
                v * 1000L, v * 2000L, v * 1.5, v * 0.5, v * 10.0, v, 0, "n" + v, "cmd" + (char) ('a' + v),
                v * 3.0, v * 4.0, false, v, null,
                new ProcessAttrs(v, v, v, v, v * 4096L, "/slice/" + (char) ('a' + v), v * 10));
    }

    static List<Integer> pids(List<ProcessSample> ps) {
        List<Integer> out = new ArrayList<>();
        for (ProcessSample x : ps) out.add(x.pid());
        return out;
    }

    @Test
    void everyColumnSortsOnItsKeyAndBreaksTiesOnPidAscending() {
        List<ProcessSample> ps = new ArrayList<>(List.of(p(9, 2), p(3, 1), p(7, 2), p(5, 3), p(4, 1)));
        for (SortColumn c : SortColumn.values()) {
            if (c == SortColumn.PID) continue;
            Collections.shuffle(ps, new Random(c.ordinal()));
            List<ProcessSample> asc = new ArrayList<>(ps);
            asc.sort(c.comparator(false));
            assertEquals(List.of(3, 4, 7, 9, 5), pids(asc), c + " ascending");
            List<ProcessSample> desc = new ArrayList<>(ps);
            desc.sort(c.comparator(true));
            assertEquals(List.of(5, 7, 9, 3, 4), pids(desc), c + " descending, ties still by PID ascending");
        }
    }

    @Test
    void naturalDirections() {
        for (SortColumn c : List.of(SortColumn.CPU, SortColumn.MEM, SortColumn.RES, SortColumn.VIRT, SortColumn.TIME)) {
            assertTrue(c.descendingByDefault(), c.name());
        }
        for (SortColumn c : List.of(SortColumn.PID, SortColumn.USER, SortColumn.COMMAND, SortColumn.STATE)) {
            assertEquals(false, c.descendingByDefault(), c.name());
        }
        List<ProcessSample> ps = new ArrayList<>(List.of(p(1, 1), p(2, 3)));
        ps.sort(SortColumn.CPU.comparator());
        assertEquals(List.of(2, 1), pids(ps));
        ps.sort(SortColumn.PID.comparator());
        assertEquals(List.of(1, 2), pids(ps));
    }

    @Test
    void namesAreCaseInsensitiveAndUnknownIsNull() {
        assertEquals(SortColumn.CPU, SortColumn.byName(" Cpu% "));
        assertEquals(SortColumn.STATE, SortColumn.byName("S"));
        assertEquals(SortColumn.COMMAND, SortColumn.byName("NAME"));
        assertEquals(SortColumn.TIME, SortColumn.byName("time+"));
        assertNull(SortColumn.byName("bogus"));
        assertNull(SortColumn.byName(null));
        assertEquals(SortColumn.CPU, SortColumn.byName("cpu"), "CPU% keeps its name; the last-CPU column is psr");
        assertEquals(SortColumn.PROCESSOR, SortColumn.byName("psr"));
        assertEquals(SortColumn.SESSION, SortColumn.byName("sid"));
        assertEquals(SortColumn.PGRP, SortColumn.byName("pgid"));
        assertEquals(SortColumn.IO_READ, SortColumn.byName("disk read"));
        for (SortColumn c : SortColumn.values()) {
            assertEquals(c, SortColumn.byName(c.key()));
            assertTrue(SortColumn.validNames().contains(c.key()));
        }
    }

    @Test
    void configNamesReadBackAsTheSameColumn() {
        for (SortColumn c : SortColumn.values()) assertEquals(c, SortColumn.byName(c.configName()), c.name());
        assertEquals("CPU%", SortColumn.CPU.configName());
        assertEquals("processor", SortColumn.PROCESSOR.configName());
    }

    @Test
    void anUnreadableRateSortsBelowZero() {
        ProcessSample none = new ProcessSample(2, 2, 1, 0, "u", 'S', 0, 20, 1, 0, 0, 0, 0, 0, 1, 0, "a", "a",
                Double.NaN, Double.NaN, false, 0);
        ProcessSample zero = new ProcessSample(3, 3, 1, 0, "u", 'S', 0, 20, 1, 0, 0, 0, 0, 0, 1, 0, "b", "b",
                0, 0, false, 0);
        List<ProcessSample> ps = new ArrayList<>(List.of(none, zero));
        ps.sort(SortColumn.IO_READ.comparator(true));
        assertEquals(List.of(3, 2), pids(ps));
        ps.sort(SortColumn.IO_WRITE.comparator(false));
        assertEquals(List.of(2, 3), pids(ps));
    }

    @Test
    void onlyTheColumnsThatNeedAFileAskForIt() {
        assertEquals(java.util.Set.of(dev.vigil.sample.ProcRead.CGROUP), SortColumn.CGROUP.reads());
        assertEquals(java.util.Set.of(dev.vigil.sample.ProcRead.OOM_SCORE), SortColumn.OOM.reads());
        for (SortColumn c : SortColumn.values()) {
            if (c != SortColumn.CGROUP && c != SortColumn.OOM) assertTrue(c.reads().isEmpty(), c.name());
            assertEquals(c == SortColumn.IO_READ || c == SortColumn.IO_WRITE, c.usesIo(), c.name());
        }
    }
}
