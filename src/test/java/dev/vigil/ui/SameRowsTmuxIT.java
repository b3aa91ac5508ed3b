package dev.vigil.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The monitor (the real jar in tmux) and --batch show the same PIDs in the same order for the
 * same options, on processes this test spawns: both run the one row pipeline. Every option set
 * also names the spawned PIDs (-p), so that other processes coming and going between the two
 * runs cannot make a difference.
 */
class SameRowsTmuxIT {
    private static final Pattern ROW = Pattern.compile("^\\s*(\\d+)\\s+\\S");

    @TempDir
    Path dir;

    private final List<Process> spawned = new ArrayList<>();
    private Tmux tmux;

    @BeforeEach
    void setUp() {
        assumeTrue(Tmux.available(), "tmux is not installed");
    }

    @AfterEach
    void tearDown() throws Exception {
        if (tmux != null) tmux.close();
        for (Process p : spawned) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Process spawn(String... cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        spawned.add(p);
        return p;
    }

    /** The PIDs of the table in text, in order: the numbers that start the lines after the heading. */
    static List<Long> pids(String text) {
        List<Long> out = new ArrayList<>();
        boolean table = false;
        for (String line : text.split("\n")) {
            if (line.contains("PID") && line.contains("USER") && line.contains("COMMAND")) {
                table = true;
                continue;
            }
            if (!table) continue;
            Matcher m = ROW.matcher(line);
            if (!m.find()) break;
            out.add(Long.parseLong(m.group(1)));
        }
        return out;
    }

    private List<Long> batch(List<String> env, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Tmux.JAVA, "-jar", Tmux.JAR.toString(), "--batch", "-n", "1"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> e = pb.environment();
        for (String kv : env) e.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        e.put("COLUMNS", "200");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "batch ended");
        assertEquals(0, p.exitValue(), out);
        return pids(out);
    }

    private List<Long> monitor(List<String> env, List<String> args, int rows) throws Exception {
        tmux = Tmux.forTest(dir);
        tmux.start(200, 50, env, args.toArray(new String[0]));
        String screen = tmux.waitFor(t -> pids(t).size() >= rows, rows + " rows in the table");
        tmux.keys("q");
        tmux.status();
        tmux.close();
        tmux = null;
        return pids(screen);
    }

    @Test
    void theMonitorAndBatchShowTheSamePidsInTheSameOrder() throws Exception {
        String user = System.getProperty("user.name");
        long uid = ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
        Process tree = spawn("bash", "-c", "sleep 611 & sleep 612 & sleep 613 & wait");
        Process a = spawn("sleep", "621");
        Process b = spawn("sleep", "622");
        Process c = spawn("sleep", "623");
        long end = System.currentTimeMillis() + 10_000;
        while (tree.descendants().count() < 3 && System.currentTimeMillis() < end) Thread.sleep(20);
        List<Long> kids = tree.descendants().map(ProcessHandle::pid).sorted().toList();
        assertEquals(3, kids.size(), "the tree's children started");
        StringBuilder all = new StringBuilder().append(tree.pid());
        for (long k : kids) all.append(',').append(k);
        for (Process p : List.of(a, b, c)) all.append(',').append(p.pid());
        String pids = all.toString();
        int n = 7;

        List<List<String>> optionSets = List.of(
                List.of("-p", pids),
                List.of("-p", pids, "-u", user),
                List.of("-p", pids, "-u", Long.toString(uid)),
                List.of("-p", pids, "--filter", "sleep cmd:62 !pid:" + b.pid()),
                List.of("-p", pids, "--tree"),
                List.of("-p", pids, "--tree", "--sort", "command"),
                List.of("-p", pids, "--sort", "pid"),
                List.of("-p", pids, "--sort", "mem"),
                List.of("-p", pids, "-u", Long.toString(uid), "--filter", "cmd:sleep", "--tree", "--sort", "time"));
        List<String> env = Tmux.utf8Env(dir);
        for (List<String> options : optionSets) {
            List<Long> fromBatch = batch(env, options);
            assertTrue(!fromBatch.isEmpty(), "batch shows rows for " + options);
            List<Long> fromMonitor = monitor(env, options, fromBatch.size());
            assertEquals(fromBatch, fromMonitor, "the same rows for " + options);
        }
        assertEquals(n, batch(env, optionSets.get(0)).size(), "every spawned process is shown");
    }
}
