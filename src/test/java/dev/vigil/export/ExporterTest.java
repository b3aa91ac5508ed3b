package dev.vigil.export;

import dev.vigil.alert.AlertEngine;
import dev.vigil.alert.Rule;
import dev.vigil.alert.Transition;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vigil.export.Fixtures.extra;
import static dev.vigil.export.Fixtures.proc;
import static dev.vigil.export.Fixtures.snap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exposition text for hand-built snapshots: names, labels, sums, counters that never go down. */
class ExporterTest {
    private static String line(String text, String prefix) {
        for (String l : text.split("\n")) if (l.startsWith(prefix + " ")) return l.substring(prefix.length() + 1);
        throw new AssertionError("no line " + prefix + " in:\n" + text);
    }

    private static double value(String text, String series) {
        return Double.parseDouble(line(text, series));
    }

    @Test
    void noSnapshotYetServesNothing() {
        assertEquals("", new Exporter(GroupBy.NAME, 500).text());
    }

    @Test
    void groupsByNameWithProcessExportersNamesAndSums() {
        Exporter e = new Exporter(GroupBy.NAME, 500);
        e.accept(snap(1, 1_000, proc(10, "java", "alice", 'R', 3, 1, "java -jar a.jar", extra(3, 1, "/usr/bin/java")),
                proc(11, "java", "alice", 'D', 5, 2, "java -jar b.jar", extra(5, 2, "/usr/bin/java")),
                proc(12, "sshd", "root", 'S', 1, 1, "sshd: alice", extra(1, 1, "/usr/sbin/sshd"))), List.of(), List.of());
        String t = e.text();
        assertEquals(2, value(t, "namedprocess_namegroup_num_procs{groupname=\"java\"}"));
        assertEquals(8, value(t, "namedprocess_namegroup_cpu_seconds_total{groupname=\"java\",mode=\"user\"}"));
        assertEquals(3, value(t, "namedprocess_namegroup_cpu_seconds_total{groupname=\"java\",mode=\"system\"}"));
        assertEquals(4096L * 21, value(t, "namedprocess_namegroup_memory_bytes{groupname=\"java\",memtype=\"resident\"}"));
        assertEquals(8192L * 21, value(t, "namedprocess_namegroup_memory_bytes{groupname=\"java\",memtype=\"virtual\"}"));
        assertEquals(4, value(t, "namedprocess_namegroup_num_threads{groupname=\"java\"}"));
        assertEquals(1, value(t, "namedprocess_namegroup_states{groupname=\"java\",state=\"Running\"}"));
        assertEquals(1, value(t, "namedprocess_namegroup_states{groupname=\"java\",state=\"Waiting\"}"));
        assertEquals(8, value(t, "namedprocess_namegroup_open_filedesc{groupname=\"java\"}"));
        assertEquals(4.0 / 1024, value(t, "namedprocess_namegroup_worst_fd_ratio{groupname=\"java\"}"), 1e-12);
        assertEquals(1_700_000_010.0, value(t, "namedprocess_namegroup_oldest_start_time_seconds{groupname=\"java\"}"));
        assertEquals(8192, value(t, "namedprocess_namegroup_read_bytes_total{groupname=\"java\"}"));
        assertEquals(16384, value(t, "namedprocess_namegroup_write_bytes_total{groupname=\"java\"}"));
        assertEquals(140, value(t, "namedprocess_namegroup_context_switches_total{ctxswitchtype=\"voluntary\",groupname=\"java\"}"));
        assertTrue(t.contains("# TYPE namedprocess_namegroup_cpu_seconds_total counter"), t);
        assertTrue(t.contains("# TYPE namedprocess_namegroup_num_procs gauge"), t);
        assertEquals(0.25, value(t, "vigil_cpu_busy_ratio"));
        assertEquals(0.5, value(t, "vigil_cpu_core_busy_ratio{cpu=\"0\"}"));
        assertEquals(1, value(t, "vigil_tasks_by_state{state=\"disk_sleep\"}"));
        assertEquals(1.25, value(t, "vigil_load5"));
        assertEquals(0.075, value(t, "vigil_cpu_mode_ratio{mode=\"system\"}"), 1e-12);
        assertEquals(0.3, value(t, "vigil_cpu_core_mode_ratio{cpu=\"0\",mode=\"user\"}"), 1e-12);
        assertEquals(100L << 20, value(t, "vigil_memory_buffers_bytes"));
        assertEquals(40, value(t, "vigil_kernel_threads"));
    }

    @Test
    void countersOfEndedProcessesStayInTheirGroup() {
        Exporter e = new Exporter(GroupBy.NAME, 500);
        ProcessSample a = proc(10, "java", "alice", 'S', 100, 0, "java", extra(100, 0, null));
        ProcessSample b = proc(11, "java", "alice", 'S', 5, 0, "java", extra(5, 0, null));
        e.accept(snap(1, 1_000, a, b), List.of(), List.of());
        e.accept(snap(2, 6_000, b), List.of(), List.of());
        String t = e.text();
        assertEquals(1, value(t, "namedprocess_namegroup_num_procs{groupname=\"java\"}"));
        assertEquals(105, value(t, "namedprocess_namegroup_cpu_seconds_total{groupname=\"java\",mode=\"user\"}"));
        e.accept(snap(3, 11_000), List.of(), List.of());
        t = e.text();
        assertEquals(0, value(t, "namedprocess_namegroup_num_procs{groupname=\"java\"}"), "kept while retained");
        assertEquals(105, value(t, "namedprocess_namegroup_cpu_seconds_total{groupname=\"java\",mode=\"user\"}"));
        e.accept(snap(4, 11_000 + Grouper.RETAIN_MILLIS + 1), List.of(), List.of());
        assertFalse(e.text().contains("groupname=\"java\""), "dropped after the retention");
    }

    @Test
    void groupsPastTheCapFoldIntoOtherAndAreCounted() {
        Exporter e = new Exporter(GroupBy.NAME, 2);
        e.accept(snap(1, 1_000, proc(1, "a", "u", 'S', 1, 0, "a", null), proc(2, "b", "u", 'S', 1, 0, "b", null),
                proc(3, "c", "u", 'S', 1, 0, "c", null), proc(4, "d", "u", 'S', 1, 0, "d", null),
                proc(5, "d", "u", 'S', 1, 0, "d", null)), List.of(), List.of());
        String t = e.text();
        assertEquals(3, value(t, "namedprocess_namegroup_num_procs{groupname=\"other\"}"));
        assertEquals(2, value(t, "vigil_groups_folded"));
        assertEquals(3, value(t, "vigil_groups"));
    }

    @Test
    void noPidAndNoCommandLineInAnyLabelWhateverTheGrouping() throws Exception {
        for (GroupBy by : GroupBy.values()) {
            Exporter e = new Exporter(by, 500);
            ProcessSample secret = proc(4242, "sh", "alice", 'R', 1, 0,
                    "sh -c sleep 300 --token=" + Fixtures.SECRET, extra(1, 0, "/usr/bin/dash"));
            AlertEngine engine = new AlertEngine(List.of(Rule.parse("cpu > 1"), Rule.parse("sys.cpu > 1")));
            Snapshot s = snap(1, 1_000, secret);
            List<Transition> changes = engine.evaluate(s, 1_000);
            e.accept(s, engine.active(), changes);
            String t = e.text();
            assertFalse(t.contains(Fixtures.SECRET), by + ":\n" + t);
            assertFalse(t.contains("4242\"") || t.contains("pid="), "no PID label: " + by + ":\n" + t);
            assertEquals(1, value(t, "vigil_alert_active{groupname=\"" + by.of(secret) + "\",rule=\"cpu > 1\",severity=\"warning\"}"));
            assertEquals(1, value(t, "vigil_alert_active{groupname=\"\",rule=\"sys.cpu > 1\",severity=\"warning\"}"));
            assertEquals(1, value(t, "vigil_alert_firings_total{groupname=\"" + by.of(secret) + "\",rule=\"cpu > 1\",severity=\"warning\"}"));
        }
    }
}
