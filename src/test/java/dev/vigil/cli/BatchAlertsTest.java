package dev.vigil.cli;

import dev.vigil.sample.ProcessSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.vigil.cli.FakeSampler.proc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batch mode with alerts: --alert, the config's rules and switches, JSON and text, log, --alert-exec. */
class BatchAlertsTest {
    @TempDir
    Path home;

    record Result(int status, String out, String err) {
    }

    static final ProcessSample BUSY = proc(200, 1, "alice", "busy", "busy --loop", 75, 1L << 20);
    static final ProcessSample IDLE = proc(300, 1, "alice", "idle", "idle", 0, 1L << 20);

    static ProcessSample zombie(int pid, int ppid) {
        ProcessSample p = proc(pid, ppid, "alice", "child", "[child]", 0, 0);
        return new ProcessSample(p.pid(), p.tgid(), p.ppid(), p.uid(), p.user(), 'Z', 0, 20, 1, 0, 0, 0, 0, 0,
                p.startTicks(), p.startTimeMillis(), p.name(), p.command(), Double.NaN, Double.NaN, false, p.realUid());
    }

    Path config() {
        return home.resolve("config/vigil/vigil.conf");
    }

    Path log() {
        return home.resolve("state/vigil/alerts.jsonl");
    }

    Result run(List<ProcessSample> procs, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("LANG", "C.UTF-8", "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString());
        Main.Wiring w = new Main.Wiring(env, () -> FakeSampler.of(procs), ms -> { }, (s, o) -> 1);
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), w);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> alerts(String jsonLine) {
        return (List<Map<String, Object>>) MiniJson.object(jsonLine).get("alerts");
    }

    /**
     * The fake snapshots are 1 s apart and the priming one counts: held since T0, the rule's 3 s
     * are reached at the third printed snapshot (T0 + 3 s), not before.
     */
    @Test
    void sustainCountsFromThePrimingSampleAndHoldsAcrossSnapshots() throws Exception {
        Result r = run(List.of(BUSY, IDLE), "--json", "-n", "4", "--alert", "cpu > 50 for 3s where pid = 200");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        String[] lines = r.out().split("\n");
        assertEquals(List.of(), alerts(lines[0]));
        assertEquals(List.of(), alerts(lines[1]));
        List<Map<String, Object>> a = alerts(lines[2]);
        assertEquals(1, a.size(), lines[2]);
        Map<String, Object> alert = a.get(0);
        assertEquals(List.of("rule", "severity", "state", "pid", "name", "value", "threshold", "since", "message"),
                new ArrayList<>(alert.keySet()));
        assertEquals("cpu > 50 for 3s where pid = 200", alert.get("rule"));
        assertEquals("warning", alert.get("severity"));
        assertEquals("active", alert.get("state"));
        assertEquals(200.0, alert.get("pid"));
        assertEquals("busy", alert.get("name"));
        assertEquals(75.0, alert.get("value"));
        assertEquals(50.0, alert.get("threshold"));
        assertEquals("2026-01-02T03:04:08.678Z", alert.get("since"));
        assertEquals("PID 200 (busy) cpu 75.0 > 50 for 3s", alert.get("message"));
        assertEquals(a, alerts(lines[3]), "still active, same alert");

        List<String> logged = Files.readAllLines(log());
        assertEquals(1, logged.size(), logged.toString());
        assertTrue(logged.get(0).startsWith("{\"time\":\"2026-01-02T03:04:08.678Z\",\"event\":\"fired\","
                + "\"rule\":\"cpu > 50 for 3s where pid = 200\""), logged.get(0));
    }

    @Test
    void textPrintsAlertLinesAboveTheTable() {
        Result r = run(List.of(BUSY, IDLE, zombie(400, 300)), "--batch", "--alert", "cpu > 50 severity critical");
        assertEquals(0, r.status(), r.err());
        List<String> lines = List.of(r.out().split("\n"));
        int table = lines.indexOf(TextReport.COLUMNS);
        assertEquals("[critical] PID 200 (busy) cpu 75.0 > 50", lines.get(table - 3), r.out());
        assertEquals("[warning] sys.zombies 1 > 0; parents not reaping: PID 300 (idle) 1", lines.get(table - 2));
        assertEquals("", lines.get(table - 1));
        assertTrue(lines.get(table - 4).startsWith("Swap: "), r.out());
    }

    @Test
    void theConfigAddsRulesAndCanTurnTheDefaultsOff() throws Exception {
        List<ProcessSample> procs = List.of(BUSY, IDLE, zombie(400, 300));
        assertTrue(run(procs, "--json").out().contains("\"rule\":\"sys.zombies > 0\""), "defaults on by default");
        Files.createDirectories(config().getParent());
        Files.writeString(config(), "tree=true\nalerts.defaults=off\nalert=rss > 512K where name:busy severity info\n");
        Result r = run(procs, "--json");
        assertEquals("", r.err());
        List<Map<String, Object>> a = alerts(r.out().trim());
        assertEquals(1, a.size(), r.out());
        assertEquals("rss > 512K where name:busy severity info", a.get(0).get("rule"));
        assertEquals(1048576.0, a.get(0).get("value"));
        assertEquals("info", a.get(0).get("severity"));
    }

    @Test
    void aBadRuleInTheConfigIsSkippedWithAWarningAndTheOthersHold() throws Exception {
        Files.createDirectories(config().getParent());
        Files.writeString(config(), "alerts.defaults=off\nalert=cpu >> 5\nalert=cpu > 50\n");
        Result r = run(List.of(BUSY), "--json");
        assertEquals(0, r.status());
        assertEquals("vigil: " + config() + ": line 2: alert rule 'cpu >> 5': at column 5: unknown operator '>>'"
                + " (one of > >= < <= == !=); skipped\n", r.err());
        assertEquals("cpu > 50", alerts(r.out().trim()).get(0).get("rule"));
    }

    @Test
    void badAlertOptionsExit2WithThePosition() {
        Result r = run(List.of(BUSY), "--json", "--alert", "cpu > 50 for 3x");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals("vigil: --alert 'cpu > 50 for 3x': '3x' is not a duration (e.g. 30s, 5m, 1h) (at column 14)\n"
                + Main.USAGE_LINE + "\n", r.err());
        Result bad = run(List.of(BUSY), "--alert", "load > 3");
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("vigil: --alert 'load > 3': unknown metric 'load'"), bad.err());
        assertTrue(bad.err().contains("(at column 1)"), bad.err());
        Result exec = run(List.of(BUSY), "-b", "--alert-exec", "notify 'oops");
        assertEquals(2, exec.status());
        assertEquals("vigil: --alert-exec 'notify 'oops': unclosed ' at column 8\n" + Main.USAGE_LINE + "\n", exec.err());
    }

    @Test
    void alertExecRunsOncePerFiredAlertWithTheAlertAsData() throws Exception {
        Path got = home.resolve("got");
        Result r = run(List.of(BUSY, IDLE), "--json", "-n", "3", "--alert", "cpu > 50 where name:busy",
                "--alert-exec", "sh -c 'echo \"$VIGIL_ALERT_PID $VIGIL_ALERT_RULE\" >> \"$0\"; cat >> \"$0\"' " + got);
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        List<String> lines = Files.readAllLines(got);
        assertEquals(2, lines.size(), "fired once (it stays active): " + lines);
        assertEquals("200 cpu > 50 where name:busy", lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"rule\":\"cpu > 50 where name:busy\",\"severity\":\"warning\""), lines.get(1));
    }

    @Test
    void aClearedAlertIsListedOnceAsClearedThenGone() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve("c").toString(),
                "XDG_STATE_HOME", home.resolve("s").toString());
        FakeSampler f = FakeSampler.of(List.of(BUSY, zombie(400, 300)), List.of(BUSY, zombie(400, 300)),
                List.of(BUSY), List.of(BUSY));
        Main.Wiring w = new Main.Wiring(env, () -> f, ms -> { }, (s, o) -> 1);
        assertEquals(0, Main.run(new String[]{"--json", "-n", "3"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()), w));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("active", alerts(lines[0]).get(0).get("state"));
        assertEquals("cleared", alerts(lines[1]).get(0).get("state"));
        assertEquals("sys.zombies > 0", alerts(lines[1]).get(0).get("rule"));
        assertEquals(List.of(), alerts(lines[2]));
    }

    @Test
    void aLogThatCannotBeWrittenIsSaidOnceAndTheRunGoesOn() throws Exception {
        Path file = home.resolve("file");
        Files.writeString(file, "x");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("HOME", home.toString(), "XDG_STATE_HOME", file.toString(),
                "XDG_CONFIG_HOME", home.resolve("c").toString());
        FakeSampler f = FakeSampler.of(List.of(BUSY, zombie(400, 300)), List.of(BUSY), List.of(BUSY, zombie(401, 300)));
        Main.Wiring w = new Main.Wiring(env, () -> f, ms -> { }, (s, o) -> 1);
        assertEquals(0, Main.run(new String[]{"--json", "-n", "3"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), w));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith("vigil: alert log " + file.resolve("vigil/alerts.jsonl") + ": "), e);
        assertEquals(1, e.lines().count(), e);
        assertEquals(3, out.toString(StandardCharsets.UTF_8).lines().count());
    }

    @Test
    void alertsCoverEveryProcessNotOnlyTheShownOnes() {
        Result r = run(List.of(BUSY, IDLE), "--json", "-p", "300", "--alert", "cpu > 50");
        assertFalse(r.out().contains("\"pid\":200,\"ppid\""), "the table is narrowed");
        assertEquals(200.0, alerts(r.out().trim()).get(0).get("pid"), "the alert is not");
    }
}
