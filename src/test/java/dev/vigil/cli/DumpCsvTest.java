package dev.vigil.cli;

import dev.vigil.history.Recorder;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code vigil dump --csv}: the header, one line per process per sample, RFC 4180 quoting. */
class DumpCsvTest {
    @TempDir
    Path home;

    record Result(int status, String out, String err) {
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("LANG", "C.UTF-8", "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString());
        Main.Wiring w = new Main.Wiring(env, () -> FakeSampler.of(List.of()), ms -> { }, (s, o) -> 1);
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), w);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void headerThenARowPerProcessPerSampleWithCommasAndQuotesQuoted() throws Exception {
        Path db = home.resolve("h.db");
        ProcessSample plain = FakeSampler.proc(10, 1, "root", "sshd", "/usr/sbin/sshd -D", 0.5, 8L << 20);
        ProcessSample comma = FakeSampler.proc(20, 10, "alice", "sh", "sh -c echo a,b", 97.25, 4L << 20);
        ProcessSample quote = FakeSampler.proc(30, 10, "alice", "we\"ird", "grep \"a b\" file", 0, 1L << 20);
        long t0 = FakeSampler.T0;
        try (Recorder r = Recorder.open(db, m -> { })) {
            r.record(new Snapshot(1, t0, 1000, FakeSampler.system(3), List.of(plain, comma, quote), 1));
            r.record(new Snapshot(2, t0 + 5000, 5000, FakeSampler.system(2), List.of(plain, comma), 1));
        }
        Result res = run("dump", "--db", db.toString(), "--from", "2026-01-02T03:04:00Z", "--to", "2026-01-02T03:04:59Z",
                "--csv");
        assertEquals(0, res.status(), res.err());
        List<String> lines = new ArrayList<>(List.of(res.out().split("\n")));
        assertEquals("time,pid,ppid,user,state,nice,threads,cpu_percent,mem_percent,rss_bytes,vsz_bytes,"
                + "cpu_time_seconds,start_ticks,name,command", lines.get(0), "the header, once");
        assertEquals(6, lines.size(), res.out());
        // sorted by CPU (the default), within each sample
        assertEquals("2026-01-02T03:04:05.678Z,20,10,alice,S,0,1,97.25," + comma.memPercent() + ",4194304,104857600,61.5,"
                + "1020,sh,\"sh -c echo a,b\"", lines.get(1));
        assertEquals("2026-01-02T03:04:05.678Z,10,1,root,S,0,1,0.5," + plain.memPercent() + ",8388608,104857600,61.5,"
                + "1010,sshd,/usr/sbin/sshd -D", lines.get(2));
        assertEquals("2026-01-02T03:04:05.678Z,30,10,alice,S,0,1,0.0," + quote.memPercent() + ",1048576,104857600,61.5,"
                + "1030,\"we\"\"ird\",\"grep \"\"a b\"\" file\"", lines.get(3));
        assertEquals(List.of("20", "10"), List.of(lines.get(4).split(",")[1], lines.get(5).split(",")[1]),
                "the second sample: its two processes");
        assertEquals("2026-01-02T03:04:10.678Z", lines.get(4).split(",")[0]);
        // --csv and --json together are refused
        Result both = run("dump", "--db", db.toString(), "--from", "2026-01-02T03:04:00Z", "--csv", "--json");
        assertEquals(2, both.status());
        assertEquals("vigil: --json and --csv: choose one\n", both.err());
    }
}
