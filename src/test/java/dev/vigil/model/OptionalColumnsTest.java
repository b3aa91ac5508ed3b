package dev.vigil.model;

import dev.vigil.sample.ProcRead;
import dev.vigil.sample.ProcessAttrs;
import dev.vigil.sample.ProcessSample;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static dev.vigil.model.Procs.proc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optional columns (PPID ... CPU): cell text, filter fields, sorting and what they make the sampler read. */
class OptionalColumnsTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final int PTS3 = (136 << 8) | 3;

    /** pid's process on pts/3 in session 500, group pid, last on CPU 1, 2M shared, cgroup and oom score given. */
    static ProcessSample on(int pid, int ppid, String name, int tty, String cgroup, int oom) {
        return proc(pid, ppid, name).withAttrs(new ProcessAttrs(pid, 500, tty, 1, 2L << 20, cgroup, oom));
    }

    private static boolean matches(String q, ProcessSample p) throws QueryException {
        return Query.parse(q).test(p);
    }

    @Test
    void cellsAsPsAndHtopShowThem() {
        ProcessSample p = on(4242, 4000, "vim", PTS3, "/user.slice/user-1000.slice/session-3.scope", 35);
        long now = p.startTimeMillis() + 3_600_000;
        assertEquals("4000", ColumnText.text(SortColumn.PPID, p, now, UTC));
        assertEquals("4242", ColumnText.text(SortColumn.PGRP, p, now, UTC));
        assertEquals("500", ColumnText.text(SortColumn.SESSION, p, now, UTC));
        assertEquals("pts/3", ColumnText.text(SortColumn.TTY, p, now, UTC));
        assertEquals("2.0M", ColumnText.text(SortColumn.SHR, p, now, UTC));
        assertEquals("1", ColumnText.text(SortColumn.NLWP, p, now, UTC));
        assertEquals("35", ColumnText.text(SortColumn.OOM, p, now, UTC));
        assertEquals("1", ColumnText.text(SortColumn.PROCESSOR, p, now, UTC));
        assertEquals("-", ColumnText.text(SortColumn.IO_READ, p, now, UTC), "unreadable I/O is not 0");
        assertEquals("?", ColumnText.text(SortColumn.TTY, proc(7, 1, "cron"), now, UTC), "no terminal, as ps");
        assertEquals("-", ColumnText.text(SortColumn.CGROUP, proc(7, 1, "cron"), now, UTC), "not read");
        assertEquals("-", ColumnText.text(SortColumn.PGRP, proc(7, 1, "cron"), now, UTC), "unknown (a recording)");
        assertEquals("1.5M/s", ColumnText.rate(1.5 * 1024 * 1024));
        assertEquals("+ssion-3.scope", ColumnText.fitPath(p.attrs().cgroup(), 14), "the end of a long path stays");
    }

    @Test
    void startTimeAsHtopWithinADayAYearAndBeyond() {
        long t = java.time.Instant.parse("2026-03-04T05:06:07Z").toEpochMilli();
        assertEquals("05:06", ColumnText.start(t, t + 3_600_000, UTC));
        assertEquals("Mar04", ColumnText.start(t, t + 3 * 86_400_000L, UTC));
        assertEquals("2026", ColumnText.start(t, t + 400 * 86_400_000L, UTC));
        assertEquals("-", ColumnText.start(0, t, UTC));
    }

    @Test
    void filterFields() throws QueryException {
        ProcessSample vim = on(4242, 4000, "vim", PTS3, "/user.slice/session-3.scope", 35);
        ProcessSample cron = on(77, 1, "cron", 0, "/system.slice/cron.service", 0);
        assertTrue(matches("tty:pts/3", vim));
        assertFalse(matches("tty:pts/3", cron));
        assertTrue(matches("tty:?", cron), "? is no terminal, as ps prints it");
        assertTrue(matches("cgroup:CRON.service", cron), "a substring, ignoring case");
        assertFalse(matches("cgroup:cron", vim));
        assertFalse(matches("cgroup:slice", proc(9, 1, "x")), "a cgroup not read matches nothing");
        assertTrue(matches("ppid:4000", vim));
        assertTrue(matches("pgrp:4242 sid:500", vim));
        assertTrue(matches("session:500", cron));
        assertTrue(matches("oom>30", vim));
        assertFalse(matches("oom>30", cron));
        assertTrue(matches("shr>=2M", vim));
        assertTrue(matches("psr:1", vim));
        assertTrue(matches("nlwp=1", vim));
        assertFalse(matches("io_read>0", vim), "unreadable I/O never matches");
        assertThrows(QueryException.class, () -> Query.parse("shr>lots"));
    }

    @Test
    void onlyWhatIsShownSortedOrFilteredIsRead() throws QueryException {
        assertEquals(ColumnNeeds.NONE, ColumnNeeds.of(SortColumn.DEFAULTS, SortColumn.CPU, Query.ALL));
        ColumnNeeds shown = ColumnNeeds.of(List.of(SortColumn.PID, SortColumn.CGROUP), SortColumn.CPU, Query.ALL);
        assertEquals(Set.of(ProcRead.CGROUP), shown.reads());
        assertFalse(shown.io());
        ColumnNeeds sorted = ColumnNeeds.of(SortColumn.DEFAULTS, SortColumn.OOM, Query.ALL);
        assertEquals(Set.of(ProcRead.OOM_SCORE), sorted.reads());
        ColumnNeeds filtered = ColumnNeeds.of(SortColumn.DEFAULTS, SortColumn.CPU, Query.parse("cgroup:docker io_write>1M"));
        assertEquals(Set.of(ProcRead.CGROUP), filtered.reads());
        assertTrue(filtered.io());
        assertTrue(ColumnNeeds.of(List.of(SortColumn.IO_READ), SortColumn.CPU, Query.ALL).io());
        assertTrue(ColumnNeeds.of(SortColumn.DEFAULTS, SortColumn.IO_WRITE, Query.ALL).io());
    }

    @Test
    void rowBuilderSortsAndFiltersOnTheNewColumns() throws QueryException {
        ProcessSample a = on(10, 1, "a", PTS3, "/a", 5);
        ProcessSample b = on(11, 1, "b", 0, "/b", 50);
        ProcessSample c = on(12, 1, "c", PTS3, "/c", 20);
        ViewState v = new ViewState();
        v.setShowKernelThreads(true);
        v.sortBy(SortColumn.OOM);
        assertEquals(List.of(11, 12, 10), pids(RowBuilder.list(List.of(a, b, c), v)), "OOM: largest first");
        v.sortBy(SortColumn.TTY);
        v.setFilter(Query.parse("tty:pts/3"));
        assertEquals(List.of(10, 12), pids(RowBuilder.list(List.of(a, b, c), v)));
    }

    private static List<Integer> pids(List<Row> rows) {
        return rows.stream().map(r -> r.process().pid()).toList();
    }

    @Test
    void theDefaultColumnsAreHtopsAndNewOnesAreOff() {
        assertEquals(List.of("PID", "USER", "PRI", "NI", "VIRT", "RES", "S", "CPU%", "MEM%", "TIME+", "COMMAND"),
                Config.DEFAULTS.columns().stream().map(SortColumn::title).toList());
    }
}
