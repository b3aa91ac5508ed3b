package dev.vigil.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real jar: {@code vigil record} on the real machine while a busy loop of ours runs and is
 * killed; {@code dump} and {@code sqlite3} read while it writes; a second recorder is refused;
 * kill -9 leaves a file that passes integrity_check; dump --json over the busy loop's life has it.
 */
class HistoryLiveIT {
    @TempDir
    Path dir;

    @Test
    void recordDumpAndQueryWhileABusyLoopLivesAndDies() throws Exception {
        Path db = dir.resolve("state/history.db");
        Process rec = start(RealJar.java("record", "--db", db.toString(), "--interval", "200ms"), "rec");
        Process busy = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        long busyPid = busy.pid();
        try {
            long born = System.currentTimeMillis();
            waitUntil(() -> sqlite(db, "SELECT count(*) FROM process_history WHERE pid = " + busyPid).equals("5")
                    || Integer.parseInt(sqlite(db, "SELECT count(*) FROM process_history WHERE pid = " + busyPid)) >= 5,
                    "the busy loop recorded 5 times");
            RealJar.Result second = RealJar.run("record", "--db", db.toString());
            assertEquals(2, second.status(), second.err());
            assertTrue(second.err().contains("already being recorded by another vigil (pid " + rec.pid() + ")"), second.err());
            busy.destroy(); // TERM to our own child, by its handle
            busy.waitFor(10, TimeUnit.SECONDS);
            long died = System.currentTimeMillis();
            // Read while it writes: dump and sqlite3 both answer.
            waitUntil(() -> Double.parseDouble(sqlite(db, "SELECT max(time) FROM sample")) * 1000 > died + 1000,
                    "samples after the loop died");
            RealJar.Result dump = RealJar.run("dump", "--db", db.toString(), "--from", iso(born - 2000), "--to",
                    iso(died + 2000), "--json");
            assertEquals(0, dump.status(), dump.err());
            checkBusyLoop(dump.out(), busyPid);
            assertEquals("0", sqlite(db, "SELECT count(*) FROM process_history WHERE pid = " + busyPid
                    + " AND time > (SELECT max(time) FROM sample) - 0.1"), "gone from the newest sample");
        } finally {
            busy.destroyForcibly();
            kill9(rec);
        }
        assertEquals("ok", sqlite(db, "PRAGMA integrity_check"), "after kill -9 of the recorder");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
        // The README's two queries.
        String top = sqlite(db, "SELECT pid, name, round(avg(cpu_percent), 1) AS avg_cpu FROM process_history"
                + " WHERE time BETWEEN unixepoch('now', '-10 minutes') AND unixepoch('now')"
                + " GROUP BY pid, start_ticks ORDER BY avg_cpu DESC LIMIT 10");
        assertTrue(top.contains(busyPid + "|sh|"), top);
        String life = sqlite(db, "SELECT datetime(min(time), 'unixepoch', 'localtime'), datetime(max(time), 'unixepoch',"
                + " 'localtime') FROM process_history WHERE pid = " + busyPid + " GROUP BY start_ticks");
        assertTrue(life.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\|\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), life);
        // A recorder starts again on the killed one's file and reads back what was there.
        Process again = start(RealJar.java("record", "--db", db.toString(), "--interval", "200ms"), "again");
        try {
            long before = Long.parseLong(sqlite(db, "SELECT count(*) FROM sample"));
            waitUntil(() -> Long.parseLong(sqlite(db, "SELECT count(*) FROM sample")) > before + 2, "the second run writes");
        } finally {
            again.destroy();
            assertTrue(again.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals("ok", sqlite(db, "PRAGMA integrity_check"));
    }

    @Test
    void badTimesMissingFilesAndNewerFilesExit2InOneLine() throws Exception {
        RealJar.Result r = RealJar.run("dump", "--db", dir.resolve("none.db").toString(), "--from", "10m ago");
        assertEquals(2, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("vigil: no history at "), r.err());
        r = RealJar.run("dump", "--db", dir.resolve("none.db").toString(), "--from", "teatime");
        assertEquals(2, r.status());
        assertEquals("vigil: --from: 'teatime' is not a time (use 10m ago, 03:02, 2026-12-01 03:02:15 or ISO-8601)",
                r.err().strip());
        Path db = dir.resolve("new.db");
        sqlite(db, "CREATE TABLE schema_version(version INTEGER); INSERT INTO schema_version VALUES (7)");
        r = RealJar.run("dump", "--db", db.toString(), "--from", "10m ago");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("version 7, newer than this vigil's " + dev.vigil.history.Schema.current()), r.err());
        r = RealJar.run("record", "--db", db.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("version 7, newer than this vigil's " + dev.vigil.history.Schema.current()), r.err());
    }

    @SuppressWarnings("unchecked")
    private static void checkBusyLoop(String jsonLines, long pid) {
        List<double[]> seen = new ArrayList<>(); // time (s), cpuPercent, cpuTimeSeconds
        for (String line : jsonLines.split("\n")) {
            Map<String, Object> snap = MiniJson.object(line);
            assertTrue(snap.containsKey("alerts") && snap.containsKey("system"), "batch JSON keys");
            for (Object o : (List<Object>) snap.get("processes")) {
                Map<String, Object> p = (Map<String, Object>) o;
                if (((Double) p.get("pid")).longValue() == pid) {
                    seen.add(new double[]{java.time.Instant.parse((String) snap.get("timestamp")).toEpochMilli() / 1000.0,
                            (Double) p.get("cpuPercent"), (Double) p.get("cpuTimeSeconds")});
                }
            }
        }
        assertTrue(seen.size() >= 5, "the busy loop in " + seen.size() + " samples");
        // On a busy machine the loop gets what the scheduler gives: its recorded CPU % must agree
        // with the growth of its recorded CPU time, whatever the share was.
        double[] a = seen.get(1);
        double[] b = seen.get(seen.size() - 1);
        double fromTime = 100 * (b[2] - a[2]) / (b[0] - a[0]);
        double mean = seen.subList(2, seen.size()).stream().mapToDouble(x -> x[1]).average().orElse(0);
        assertTrue(fromTime > 0, "it ran");
        assertTrue(Math.abs(mean - fromTime) < 20, "mean CPU% " + mean + " vs CPU time growth " + fromTime);
    }

    static String iso(long millis) {
        return java.time.Instant.ofEpochMilli(millis).toString();
    }

    static String sqlite(Path db, String sql) throws Exception {
        Process p = new ProcessBuilder("sqlite3", "-bail", db.toString(), sql).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        if (p.exitValue() != 0) throw new IllegalStateException("sqlite3: " + out);
        return out;
    }

    private Process start(List<String> cmd, String name) throws Exception {
        return new ProcessBuilder(cmd).redirectInput(new File("/dev/null"))
                .redirectOutput(dir.resolve(name + ".out").toFile()).redirectError(dir.resolve(name + ".err").toFile()).start();
    }

    private static void kill9(Process p) throws Exception {
        new ProcessBuilder("kill", "-9", String.valueOf(p.pid())).start().waitFor();
        p.waitFor(30, TimeUnit.SECONDS);
    }

    interface Check {
        boolean ok() throws Exception;
    }

    static void waitUntil(Check c, String what) throws Exception {
        long end = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < end) {
            try {
                if (c.ok()) return;
            } catch (IllegalStateException | NumberFormatException e) {
                // the file is not there yet, or still empty
            }
            Thread.sleep(200);
        }
        fail("timed out waiting for: " + what);
    }
}
