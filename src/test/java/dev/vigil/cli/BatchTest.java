package dev.vigil.cli;

import dev.vigil.app.App;
import dev.vigil.app.LiveSource;
import dev.vigil.model.ProcessFilter;
import dev.vigil.model.Query;
import dev.vigil.model.SortColumn;
import dev.vigil.sample.ProcessSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.vigil.cli.FakeSampler.proc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batch output, text and JSON, against hand-made snapshots; and the loop's timing. */
class BatchTest {
    static final List<ProcessSample> PROCS = List.of(
            proc(1, 0, "root", "init", "/sbin/init splash", 0.0, 8L << 20),
            proc(200, 1, "alice", "java", "java -jar app.jar", 55.25, 300L << 20),
            proc(150, 1, "bob", "busy", "busy --loop", 55.25, 1L << 20),
            proc(300, 200, "alice", "evil", "evil\nname\tx\u0001\udcff", 2.0, 2L << 20),
            proc(400, 1, "root", "sshd", "sshd: alice [priv]", 99.97, 6L << 20));

    final List<Long> sleeps = new ArrayList<>();
    final long[] clock = {0};

    @TempDir
    Path home;

    String main(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("LANG", "en_US.UTF-8", "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString());
        Main.Wiring w = new Main.Wiring(env, () -> FakeSampler.of(PROCS), sleeps::add,
                (s, o) -> 1);
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), w);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    static BatchView view(SortColumn sort) {
        return new BatchView(ProcessFilter.ALL, sort, false, false);
    }

    /** Runs Batch on a fake clock that advances by what it sleeps, plus cost ms per sample. */
    int batch(FakeSampler s, SnapshotWriter w, PrintStream out, long delay, int n, long cost) throws Exception {
        return batch(s, w, out, new PrintStream(new ByteArrayOutputStream()), delay, n, cost);
    }

    int batch(FakeSampler s, SnapshotWriter w, PrintStream out, PrintStream err, long delay, int n, long cost)
            throws Exception {
        FakeSampler timed = s;
        App app = App.bare(LiveSource.of(() -> {
            clock[0] += cost * 1_000_000;
            return timed.sample();
        }), delay, null);
        Batch b = new Batch(app, w, out, err, n, false, ms -> {
            sleeps.add(ms);
            clock[0] += ms * 1_000_000;
        }, () -> clock[0]);
        return b.run();
    }

    @Test
    void primesThenSamplesOnAFixedSchedule() throws Exception {
        FakeSampler s = FakeSampler.of(PROCS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(0, batch(s, new JsonReport(view(SortColumn.PID)), new PrintStream(bytes), 1000, 3, 30));
        assertEquals(4, s.calls, "one priming sample, then three printed");
        assertEquals(List.of(Batch.PRIME_MILLIS - 30, 970L, 970L), sleeps, "sampling time counts towards the delay");
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("{\"timestamp\":\"2026-01-02T03:04:06.678Z\""), lines[0]);
    }

    @Test
    void primingWaitIsCappedByTheDelay() throws Exception {
        batch(FakeSampler.of(PROCS), new JsonReport(view(SortColumn.PID)), new PrintStream(new ByteArrayOutputStream()),
                100, 2, 0);
        assertEquals(List.of(100L, 100L), sleeps);
        assertEquals(250, Batch.primeMillis(10_000));
    }

    @Test
    void closedPipeEndsQuietlyAfterTheSnapshot() throws Exception {
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        FakeSampler s = FakeSampler.of(PROCS);
        assertEquals(0, batch(s, new TextReport(view(SortColumn.CPU), ZoneOffset.UTC),
                new PrintStream(closed, false, StandardCharsets.UTF_8), 1000, 5, 0));
        assertEquals(2, s.calls, "stops after the first failed snapshot");
    }

    static OutputStream failing(String message) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(message);
            }
        };
    }

    @Test
    void aWriteErrorOtherThanAClosedPipeIsExitOneWithOneLine() throws Exception {
        FakeSampler s = FakeSampler.of(PROCS);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, batch(s, new TextReport(view(SortColumn.CPU), ZoneOffset.UTC),
                Stdout.over(failing("No space left on device")), new PrintStream(err, true, StandardCharsets.UTF_8),
                1000, 5, 0));
        assertEquals("vigil: cannot write the output: No space left on device\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(2, s.calls, "stops after the first failed snapshot");
    }

    @Test
    void aClosedPipeSeenThroughStdoutIsQuiet() throws Exception {
        FakeSampler s = FakeSampler.of(PROCS);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, batch(s, new JsonReport(view(SortColumn.CPU)), Stdout.over(failing("Broken pipe")),
                new PrintStream(err, true, StandardCharsets.UTF_8), 1000, 5, 0));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void textHeaderAndTableSortedByCpuTiesOnPid() {
        String out = main("--batch");
        String[] lines = out.split("\n");
        assertTrue(lines[0].matches("vigil - 2026-01-0\\d \\d\\d:\\d\\d:\\d\\d  up 3 days, 4:05,  load average: "
                + "0\\.50, 0\\.25, 1\\.13"), lines[0]);
        assertEquals("Tasks: 5, 10 thr, 40 kthr; 1 running", lines[1]);
        assertEquals("CPU: 12.5%  per CPU: 10.0 15.0", lines[2]);
        assertEquals("Mem: 8.0G total, 3.0G used, 5.0G available", lines[3]);
        assertEquals("Swap: 1.0G total, 0K used", lines[4]);
        assertEquals("", lines[5]);
        assertEquals("    PID USER      PRI  NI   VIRT    RES S  CPU%  MEM%     TIME+  COMMAND", lines[6]);
        assertEquals("    400 root       20   0   100M   6.0M S   100   0.1   1:01.50  sshd: alice [priv]", lines[7]);
        assertEquals("    150 bob        20   0   100M   1.0M S  55.3   0.0   1:01.50  busy --loop", lines[8]);
        assertTrue(lines[9].startsWith("    200 alice "), lines[9]);
        assertTrue(lines[10].endsWith("  evil\\nname\\tx\\x01\\xff"), "command escaped on one line: " + lines[10]);
        assertTrue(lines[11].startsWith("      1 root "), lines[11]);
        assertEquals(12, lines.length);
    }

    @Test
    void textSortFilterPidAndUser() {
        assertEquals(List.of(1, 150, 200, 300, 400), pids(main("-b", "--sort", "pid")));
        assertEquals(List.of(200, 1, 400, 300, 150), pids(main("-b", "--sort", "res")));
        assertEquals(List.of(200, 300), pids(main("-b", "-u", "alice", "--sort", "pid")));
        assertEquals(List.of(200, 300), pids(main("-b", "-u", "1000", "--sort", "pid")));
        assertEquals(List.of(400, 1), pids(main("-b", "-p", "400,1", "-p", "77")));
        assertEquals(List.of(400), pids(main("-b", "--filter", "alice")), "text matches name and command, not user");
        assertEquals(List.of(200, 300), pids(main("-b", "--filter", "user:alice")));
        assertEquals(List.of(150, 200), pids(main("-b", "--filter", "cpu>50 !name:sshd")));
        String out = main("-b", "-u", "alice");
        assertTrue(out.contains("\nShown: 2 of 5 processes\n"), out);
        assertFalse(main("-b").contains("Shown:"));
    }

    @Test
    void textTreeDrawsBranches() {
        String out = main("-b", "--tree", "--sort", "pid");
        List<String> cmds = new ArrayList<>();
        for (String l : out.split("\n")) if (l.matches(" *\\d+ .*")) cmds.add(l.substring(l.indexOf("  ", 60) + 2));
        assertEquals(List.of("/sbin/init splash", "├─ busy --loop", "├─ java -jar app.jar",
                "│  └─ evil\\nname\\tx\\x01\\xff", "└─ sshd: alice [priv]"), cmds);
        String ascii = main("-b", "--tree", "--sort", "pid", "--ascii");
        assertTrue(ascii.contains("|  `- evil"), ascii);
        assertTrue(ascii.contains("|- busy"), ascii);
    }

    @Test
    void jsonOneLinePerSnapshotWithExactKeys() {
        String out = main("--json", "-n", "2", "-p", "300");
        String[] lines = out.split("\n", -1);
        assertEquals(3, lines.length, out);
        assertEquals("", lines[2]);
        String expected = "{\"timestamp\":\"2026-01-02T03:04:06.678Z\","
                + "\"system\":{\"cpuPercent\":12.5,\"perCpu\":[10,15],\"memTotalBytes\":8589934592,"
                + "\"memUsedBytes\":3221225472,\"memAvailableBytes\":5368709120,\"swapTotalBytes\":1073741824,"
                + "\"swapUsedBytes\":0,\"load\":[0.5,0.25,1.13],\"uptimeSeconds\":273900,\"tasks\":5,"
                + "\"threads\":10,\"running\":1},\"alerts\":[],"
                + "\"processes\":[{\"pid\":300,\"ppid\":200,\"uid\":1000,\"user\":\"alice\",\"state\":\"S\","
                + "\"nice\":0,\"priority\":20,\"threads\":1,\"rssBytes\":2097152,\"vszBytes\":104857600,"
                + "\"cpuPercent\":2,\"memPercent\":0.02,\"cpuTimeSeconds\":61.5,"
                + "\"startTime\":\"2026-01-02T02:04:05.678Z\",\"startTicks\":1300,\"name\":\"evil\","
                + "\"command\":\"evil\\nname\\tx\\u0001\\udcff\"}]}";
        assertEquals(expected, lines[0]);
        assertTrue(lines[1].startsWith("{\"timestamp\":\"2026-01-02T03:04:07.678Z\""), lines[1]);
    }

    static final List<String> SYSTEM_KEYS = List.of("cpuPercent", "perCpu", "memTotalBytes", "memUsedBytes",
            "memAvailableBytes", "swapTotalBytes", "swapUsedBytes", "load", "uptimeSeconds", "tasks", "threads",
            "running");
    static final List<String> PROCESS_KEYS = List.of("pid", "ppid", "uid", "user", "state", "nice", "priority",
            "threads", "rssBytes", "vszBytes", "cpuPercent", "memPercent", "cpuTimeSeconds", "startTime",
            "startTicks", "name", "command");

    @Test
    @SuppressWarnings("unchecked")
    void jsonIsValidWithTheDocumentedKeysAndCommandsRoundTrip() {
        for (String line : main("--json", "-n", "2").split("\n")) {
            Map<String, Object> o = MiniJson.object(line);
            assertEquals(List.of("timestamp", "system", "alerts", "processes"), new ArrayList<>(o.keySet()));
            Map<String, Object> sys = (Map<String, Object>) o.get("system");
            assertEquals(SYSTEM_KEYS, new ArrayList<>(sys.keySet()));
            assertEquals(3, ((List<?>) sys.get("load")).size());
            List<Map<String, Object>> ps = (List<Map<String, Object>>) o.get("processes");
            assertEquals(PROCS.size(), ps.size());
            for (Map<String, Object> p : ps) assertEquals(PROCESS_KEYS, new ArrayList<>(p.keySet()));
            Map<String, Object> evil = ps.stream().filter(p -> p.get("pid").equals(300.0)).findFirst().orElseThrow();
            assertEquals("evil\nname\tx\u0001\udcff", evil.get("command"));
        }
    }

    @Test
    void jsonIoKeysOnlyWhenReadable() {
        StringBuilder sb = new StringBuilder();
        ProcessSample withIo = FakeSampler.withIo(proc(5, "dd", 1), 1024.5, 0);
        new JsonReport(view(SortColumn.PID)).write(FakeSampler.of(List.of(withIo, proc(6, "x", 0))).sample(), sb);
        String s = sb.toString();
        assertTrue(s.contains("\"command\":\"dd\",\"ioReadBytesPerSec\":1024.5,\"ioWriteBytesPerSec\":0}"), s);
        assertTrue(s.contains("\"command\":\"x\"}"), s);
    }

    @Test
    void jsonFollowsSortAndFilter() {
        String out = main("--json", "--sort", "cpu", "--filter", "!pid:1");
        List<Integer> got = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\"pid\":(\\d+),").matcher(out);
        while (m.find()) got.add(Integer.parseInt(m.group(1)));
        assertEquals(List.of(400, 150, 200, 300), got);
    }

    @Test
    void asciiTreeWhenTheLocaleIsNotUtf8() throws Exception {
        Query q = Query.parse("");
        BatchView v = new BatchView(new ProcessFilter(q, Set.of(), null), SortColumn.PID, true, !Main.utf8Locale(Map.of("LANG", "C")));
        StringBuilder sb = new StringBuilder();
        new TextReport(v, ZoneOffset.UTC).write(FakeSampler.of(PROCS).sample(), sb);
        assertTrue(sb.toString().contains("`- sshd"), sb.toString());
        assertTrue(Main.utf8Locale(Map.of("LC_ALL", "de_DE.utf8", "LANG", "C")));
        assertFalse(Main.utf8Locale(Map.of("LC_ALL", "C", "LANG", "en_US.UTF-8")));
        assertFalse(Main.utf8Locale(Map.of()));
    }

    static List<Integer> pids(String text) {
        List<Integer> out = new ArrayList<>();
        boolean table = false;
        for (String l : text.split("\n")) {
            if (l.startsWith("    PID ")) {
                table = true;
            } else if (table) {
                out.add(Integer.parseInt(Arrays.stream(l.trim().split(" +")).findFirst().orElseThrow()));
            }
        }
        return out;
    }
}
