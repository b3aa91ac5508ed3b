package dev.vigil.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real jar against processes this test spawns: the first printed snapshot shows current CPU %
 * (not zero, not the lifetime average), and with -n 2 -d 10 the second snapshot's CPU % is what
 * the process used over that second. Values are checked against ps for the same PIDs.
 */
class BatchLiveIT {
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void endChildren() throws InterruptedException {
        for (Process p : children) p.destroyForcibly();
        for (Process p : children) p.waitFor();
    }

    private Process spawn(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        children.add(p);
        return p;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> proc(Map<String, Object> snapshot, long pid) {
        for (Map<String, Object> p : (List<Map<String, Object>>) snapshot.get("processes")) {
            if (((Double) p.get("pid")).longValue() == pid) return p;
        }
        throw new AssertionError("pid " + pid + " missing from " + snapshot);
    }

    static double num(Map<String, Object> p, String key) {
        return (Double) p.get(key);
    }

    static String ps(long pid, String field) throws Exception {
        Process p = new ProcessBuilder("ps", "-o", field + "=", "-p", Long.toString(pid)).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor();
        return out;
    }

    @Test
    void secondSnapshotMeasuresTheDelayAndTheFirstIsCurrent() throws Exception {
        Process busy = spawn("bash", "-c", "while :; do :; done");
        Process sleeper = spawn("sleep", "120");
        // Busy for one to two seconds, then asleep: its lifetime average stays high, its current use is 0.
        Process wasBusy = spawn("bash", "-c", "while (( SECONDS < 2 )); do :; done; exec sleep 120");
        Path comm = Path.of("/proc", Long.toString(wasBusy.pid()), "comm");
        for (int i = 0; !Files.readString(comm).trim().equals("sleep"); i++) {
            if (i > 100) fail("the busy-then-idle child never went to sleep");
            Thread.sleep(50);
        }
        Thread.sleep(200);

        String pids = busy.pid() + "," + sleeper.pid() + "," + wasBusy.pid();
        RealJar.Result r = RealJar.run("--json", "-n", "2", "-d", "10", "-p", pids);
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length, r.out());
        Map<String, Object> s1 = MiniJson.object(lines[0]);
        Map<String, Object> s2 = MiniJson.object(lines[1]);
        assertEquals(3, ((List<?>) s1.get("processes")).size(), lines[0]);

        long t1 = Instant.parse((String) s1.get("timestamp")).toEpochMilli();
        long t2 = Instant.parse((String) s2.get("timestamp")).toEpochMilli();
        assertTrue(t2 - t1 >= 900 && t2 - t1 <= 1400, "snapshots one second apart: " + (t2 - t1) + " ms");

        // Second snapshot: CPU % is the CPU time used between the two snapshots, over their distance.
        Map<String, Object> b1 = proc(s1, busy.pid());
        Map<String, Object> b2 = proc(s2, busy.pid());
        double used = num(b2, "cpuTimeSeconds") - num(b1, "cpuTimeSeconds");
        double expected = 100 * used / ((t2 - t1) / 1000.0);
        assertTrue(Math.abs(num(b2, "cpuPercent") - expected) <= 12,
                "cpu% " + num(b2, "cpuPercent") + " vs measured over the second " + expected);
        // no share asserted: on a busy machine the loop may get little of a core
        assertTrue(num(b2, "cpuPercent") > 0, "busy loop: " + b2);
        // First snapshot: primed, so the busy loop is not shown idle.
        assertTrue(num(b1, "cpuPercent") > 0, "busy loop in the first snapshot: " + b1);

        Map<String, Object> w1 = proc(s1, wasBusy.pid());
        assertTrue(num(w1, "cpuTimeSeconds") > 0, "it did work: " + w1);
        assertTrue(num(w1, "cpuPercent") <= 3, "not its lifetime average: " + w1);
        for (Map<String, Object> s : List.of(s1, s2)) {
            Map<String, Object> sl = proc(s, sleeper.pid());
            assertTrue(num(sl, "cpuPercent") <= 3, "sleep: " + sl);
            assertEquals(ProcessHandle.current().pid(), (long) num(sl, "ppid"));
            assertEquals(ps(sleeper.pid(), "user"), sl.get("user"));
            assertEquals(ps(sleeper.pid(), "nice"), Long.toString((long) num(sl, "nice")));
            assertEquals("S", sl.get("state"));
            assertEquals("sleep", sl.get("name"));
            assertEquals("sleep 120", sl.get("command"));
        }
    }

    @Test
    void textBatchShowsTheSpawnedProcessWithItsEscapedCommand() throws Exception {
        Process odd = spawn("bash", "-c", "exec -a $'odd\\nname' sleep 120");
        Path cmdline = Path.of("/proc", Long.toString(odd.pid()), "cmdline");
        for (int i = 0; !Files.readString(cmdline).startsWith("odd"); i++) {
            if (i > 100) fail("exec -a did not take");
            Thread.sleep(50);
        }
        RealJar.Result r = RealJar.run("--batch", "-p", Long.toString(odd.pid()), "-d", "2");
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().split("\n");
        String row = lines[lines.length - 1];
        assertTrue(row.trim().startsWith(odd.pid() + " "), r.out());
        assertTrue(row.endsWith("  odd\\nname 120"), row);
        assertTrue(r.out().contains("Shown: 1 of "), r.out());
    }
}
