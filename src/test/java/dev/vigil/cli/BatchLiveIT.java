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
        // Busy until it has used 0.2 s of CPU (its own count in /proc, read without a fork), then
        // asleep: its lifetime average stays high, its current use is 0.
        Process wasBusy = spawn("bash", "-c", "while :; do for i in {1..2000}; do :; done; read -r -a f < /proc/$$/stat; "
                + "(( f[13] + f[14] >= 20 )) && break; done; exec sleep 120");
        Path comm = Path.of("/proc", Long.toString(wasBusy.pid()), "comm");
        for (int i = 0; !Files.readString(comm).trim().equals("sleep"); i++) {
            if (i > 1200) fail("the busy-then-idle child never went to sleep in 60 s");
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
        // The second sample starts one second after the first one started; a busy machine may delay it more.
        assertTrue(t2 - t1 >= 900, "snapshots at least one second apart: " + (t2 - t1) + " ms");

        // Second snapshot: CPU % is the CPU time used between the two snapshots, over their distance.
        // No share is asserted: on a busy machine the loop may get little of a core.
        Map<String, Object> b1 = proc(s1, busy.pid());
        Map<String, Object> b2 = proc(s2, busy.pid());
        double used = num(b2, "cpuTimeSeconds") - num(b1, "cpuTimeSeconds");
        double expected = 100 * used / ((t2 - t1) / 1000.0);
        assertTrue(used >= 0, "CPU time never shrinks");
        if (used == 0) {
            assertEquals(0.0, num(b2, "cpuPercent"), "no CPU time used, no CPU%");
        } else {
            assertTrue(num(b2, "cpuPercent") > 0, "CPU time grew by " + used + " s: " + b2);
            // each sample reads the process at another point of its walk than its time stamp
            assertTrue(Math.abs(num(b2, "cpuPercent") - expected) <= 5 + expected / 2,
                    "cpu% " + num(b2, "cpuPercent") + " vs measured over the second " + expected);
        }

        // First snapshot: measured over the priming wait, not the lifetime average. The process
        // that was busy and now sleeps shows it: its lifetime average is high, its use now nil.
        Map<String, Object> w1 = proc(s1, wasBusy.pid());
        double age = (t1 - Instant.parse((String) w1.get("startTime")).toEpochMilli()) / 1000.0;
        double lifetime = 100 * num(w1, "cpuTimeSeconds") / Math.max(age, 0.01);
        assertTrue(num(w1, "cpuTimeSeconds") > 0, "it did work: " + w1);
        assertEquals(0.0, num(w1, "cpuPercent"), "asleep since before the run, not its lifetime average "
                + lifetime + ": " + w1);
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
