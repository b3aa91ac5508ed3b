package dev.vigil.export;

import dev.vigil.alert.Rule;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Sampler;
import dev.vigil.sample.Snapshot;
import dev.vigil.app.App;
import dev.vigil.app.LiveSource;
import dev.vigil.app.RunOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.vigil.export.Fixtures.extra;
import static dev.vigil.export.Fixtures.proc;
import static dev.vigil.export.Fixtures.snap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Serve on the app core: the sampler is asked for the exporter's extras, and scrapes never sample. */
class ServeTest {
    static final class Counting implements Sampler {
        int calls;
        boolean extra;
        boolean io;

        @Override
        public Snapshot sample() {
            calls++;
            return snap(calls, calls * 5000L, proc(10, "java", "alice", 'R', calls, 0, "java", extra(calls, 0, null)));
        }

        @Override
        public void setIncludeExtra(boolean include) {
            extra = include;
        }

        @Override
        public void setIncludeIo(boolean include) {
            io = include;
        }
    }

    @TempDir
    Path dir;

    @Test
    void scrapesReadTheLastSnapshotAndNeverSample() throws Exception {
        Counting sampler = new Counting();
        Sampler made = Serve.samplers(() -> sampler).get();
        assertTrue(made == sampler && sampler.extra && sampler.io, "serve asks for the exporter's counters and I/O");
        try (App app = App.create(LiveSource.of(sampler), new RunOptions(5000, List.of(Rule.parse("threads > 1")), null, Map.of()),
                new App.Paths(dir.resolve("vigil.conf"), dir.resolve("alerts.jsonl"), dir))) {
            Serve serve = new Serve(app, GroupBy.NAME, 500, new PrintStream(new ByteArrayOutputStream()));
            app.next();
            app.next();
            for (int i = 0; i < 5; i++) {
                String t = serve.exporter().text();
                assertTrue(t.contains("namedprocess_namegroup_cpu_seconds_total{groupname=\"java\",mode=\"user\"} 2.0"), t);
                assertTrue(t.contains("vigil_alert_active{groupname=\"java\",rule=\"threads > 1\",severity=\"warning\"} 1.0"), t);
                assertTrue(t.contains("vigil_alert_firings_total{groupname=\"java\",rule=\"threads > 1\",severity=\"warning\"} 1.0"), t);
            }
            assertEquals(2, sampler.calls);
            app.alerts().close(0);
        }
    }

    @Test
    void anExitAlertNamesTheGroupOfTheProcessThatEnded() throws Exception {
        Exporter e = new Exporter(GroupBy.NAME, 500);
        dev.vigil.alert.AlertEngine engine = new dev.vigil.alert.AlertEngine(List.of(Rule.parse("exit where name:nginx")));
        Snapshot first = snap(1, 1000, proc(10, "nginx", "www", 'S', 1, 0, "nginx", null));
        List<dev.vigil.alert.Transition> changes = engine.evaluate(first, 1000);
        e.accept(first, engine.active(), changes);
        Snapshot second = snap(2, 6000);
        changes = engine.evaluate(second, 6000);
        e.accept(second, engine.active(), changes);
        String t = e.text();
        assertTrue(t.contains("vigil_alert_active{groupname=\"nginx\",rule=\"exit where name:nginx\",severity=\"warning\"} 1.0"), t);
    }

    @Test
    void anExecThatRenamesAProcessDoesNotMoveItsCounters() {
        Exporter e = new Exporter(GroupBy.NAME, 500);
        ProcessSample before = proc(10, "bash", "alice", 'S', 50, 0, "bash", extra(50, 0, null));
        ProcessSample after = proc(10, "java", "alice", 'S', 60, 0, "java", extra(60, 0, null));
        e.accept(snap(1, 1000, before), List.of(), List.of());
        e.accept(snap(2, 6000, after), List.of(), List.of());
        String t = e.text();
        assertTrue(t.contains("namedprocess_namegroup_cpu_seconds_total{groupname=\"bash\",mode=\"user\"} 60.0"), t);
        assertTrue(!t.contains("groupname=\"java\""), t);
    }
}
