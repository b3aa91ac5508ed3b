package dev.vigil.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end on real processes: the real recorder runs while a busy loop of ours lives and is
 * killed; {@code vigil replay --at} a time in its life shows it at the top by CPU under the
 * REPLAY banner (with NO_COLOR set), stepping forward past its death removes it, and signals
 * are refused there.
 */
class ReplayTmuxIT {
    @TempDir
    Path dir;
    private Tmux tmux;

    @AfterEach
    void tearDown() throws Exception {
        if (tmux != null) tmux.close();
    }

    @Test
    void replayShowsTheBusyLoopAndSteppingPastItsDeathRemovesIt() throws Exception {
        tmux = Tmux.forTest(dir);
        Path db = dir.resolve("h.db");
        Process rec = new ProcessBuilder(Tmux.JAVA, "-jar", Tmux.JAR.toString(), "record", "--db", db.toString(),
                "--interval", "200ms").redirectInput(new File("/dev/null")).redirectOutput(dir.resolve("rec.out").toFile())
                .redirectError(dir.resolve("rec.err").toFile()).start();
        Process busy = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        long pid = busy.pid();
        try {
            waitUntil(() -> count(db, "SELECT count(*) FROM process_history WHERE pid = " + pid) >= 15, "15 samples of the loop");
            busy.destroy(); // our own child, by its handle
            assertTrue(busy.waitFor(10, TimeUnit.SECONDS));
            waitUntil(() -> count(db, "SELECT count(*) FROM sample WHERE time > (SELECT max(time) FROM process_history"
                    + " WHERE pid = " + pid + ")") >= 5, "samples after the loop died");
        } finally {
            busy.destroyForcibly();
            rec.destroy();
            assertTrue(rec.waitFor(30, TimeUnit.SECONDS));
        }
        // A sample in its life where it was the top CPU process. On a busy machine the loop may
        // never be: then its busiest sample, shown under a filter on its PID, with the CPU% the
        // file recorded.
        String top = sqlite(db, "SELECT m.time FROM process_history m WHERE m.pid = " + pid + " AND m.cpu_percent > 0"
                + " AND m.cpu_percent > (SELECT max(cpu_percent) FROM process_history WHERE time = m.time"
                + " AND pid <> m.pid)"
                + " ORDER BY m.time LIMIT 1");
        boolean wasTop = !top.isEmpty();
        if (!wasTop) {
            top = sqlite(db, "SELECT time FROM process_history WHERE pid = " + pid + " ORDER BY cpu_percent DESC LIMIT 1");
        }
        double at = Double.parseDouble(top);
        double cpu = Double.parseDouble(sqlite(db, "SELECT cpu_percent FROM process_history WHERE pid = " + pid
                + " AND time = " + top));
        long steps = count(db, "SELECT count(*) FROM sample WHERE time > " + at + " AND time <= (SELECT min(time) FROM"
                + " sample WHERE time > (SELECT max(time) FROM process_history WHERE pid = " + pid + "))");
        List<String> env = new ArrayList<>(Tmux.utf8Env(dir));
        env.add("NO_COLOR=1");
        List<String> args = new ArrayList<>(List.of("replay", "--db", db.toString(), "--at",
                Instant.ofEpochMilli(Math.round(at * 1000)).toString()));
        if (!wasTop) args.addAll(List.of("--filter", "pid:" + pid));
        tmux.start(120, 30, env, args.toArray(new String[0]));
        String screen = tmux.waitFor(t -> t.startsWith("REPLAY ") && t.contains("PID USER"), "the replayed sample");
        assertTrue(screen.lines().findFirst().orElse("").startsWith("REPLAY "), screen);
        assertTrue(screen.contains(" ago)"), screen);
        assertTrue(firstRow(screen).strip().startsWith(pid + " "), "top by CPU:\n" + screen);
        assertTrue(firstRow(screen).contains(String.format(java.util.Locale.ROOT, " %.1f ", cpu)),
                "the recorded CPU% " + cpu + ":\n" + screen);
        tmux.keys("k");
        tmux.waitFor(t -> t.contains("the past cannot be signalled"), "signals refused");
        for (long i = 1; i < steps; i++) {
            tmux.keys("}");
            Thread.sleep(150);
        }
        Thread.sleep(1000);
        assertTrue(tmux.capture().contains(" " + pid + " "), "alive in its last sample:\n" + tmux.capture());
        tmux.keys("}");
        screen = tmux.waitFor(t -> !t.contains(" " + pid + " "), "the loop gone after its death");
        assertTrue(screen.startsWith("REPLAY "), screen);
        tmux.keys("q");
        assertEquals(0, tmux.status());
        assertEquals(tmux.sttyBefore(), tmux.sttyAfter());
    }

    private static String firstRow(String screen) {
        boolean header = false;
        for (String line : screen.split("\n")) {
            if (header) return line;
            header = line.contains("PID USER");
        }
        return "";
    }

    interface Check {
        boolean ok() throws Exception;
    }

    static void waitUntil(Check c, String what) throws Exception {
        long end = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < end) {
            try {
                if (c.ok()) return;
            } catch (IllegalStateException | NumberFormatException | java.io.IOException e) {
                // not there yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out waiting for: " + what);
    }

    static long count(Path db, String sql) throws Exception {
        return Long.parseLong(sqlite(db, sql));
    }

    static String sqlite(Path db, String sql) throws Exception {
        Process p = new ProcessBuilder("sqlite3", db.toString(), sql).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        if (p.exitValue() != 0) throw new IllegalStateException("sqlite3: " + out);
        return out;
    }
}
