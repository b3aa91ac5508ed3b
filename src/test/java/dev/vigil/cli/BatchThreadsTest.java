package dev.vigil.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --threads: thread rows in batch and JSON output, each with its own name where it has one. */
class BatchThreadsTest {
    @TempDir
    Path home;
    String err;

    private String[] run(int expectedStatus, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("LANG", "en_US.UTF-8", "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString());
        Main.Wiring w = new Main.Wiring(env, () -> FakeSampler.of(BatchTest.PROCS), ms -> { }, (s, o) -> 1);
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), w);
        err = e.toString(StandardCharsets.UTF_8);
        assertEquals(expectedStatus, status, err);
        return out.toString(StandardCharsets.UTF_8).split("\n");
    }

    private static List<String> rows(String[] lines) {
        return Arrays.stream(lines).filter(l -> l.matches(" *\\d+ .*")).map(String::strip).toList();
    }

    @Test
    void textShowsThreadsOfThePidWithTheirOwnNames() {
        List<String> rows = rows(run(0, "--batch", "--threads", "-p", "200", "--sort", "pid"));
        assertEquals(3, rows.size(), String.join("\n", rows));
        assertTrue(rows.get(0).startsWith("200 ") && rows.get(0).endsWith("  java -jar app.jar"), rows.get(0));
        assertTrue(rows.get(1).startsWith("201 ") && rows.get(1).endsWith("  C2 CompilerThre"), rows.get(1));
        assertTrue(rows.get(2).startsWith("202 ") && rows.get(2).endsWith("  java -jar app.jar"),
                "a thread with its process's name shows the command line: " + rows.get(2));
        List<String> without = rows(run(0, "--batch", "-p", "200"));
        assertEquals(1, without.size(), String.join("\n", without));
    }

    @Test
    void filterPidKeepsTheThreadsAsDashPDoes() {
        List<String> rows = rows(run(0, "--batch", "--threads", "--filter", "pid:200", "--sort", "pid"));
        assertEquals(List.of("200", "201", "202"), rows.stream().map(r -> r.split(" ")[0]).toList());
    }

    @Test
    void jsonThreadRowsCarryTheirProcess() {
        String json = String.join("\n", run(0, "--json", "--threads", "-p", "200", "--sort", "pid"));
        assertTrue(json.contains("{\"pid\":201,\"tgid\":200,\"ppid\":"), json);
        assertTrue(json.contains("\"name\":\"C2 CompilerThre\",\"command\":\"java -jar app.jar\""), json);
        assertFalse(json.contains("{\"pid\":200,\"tgid\""), "no tgid on a process row");
    }

    @Test
    void threadsOutsideBatchIsABadOption() {
        run(2, "--threads");
        assertTrue(err.startsWith("vigil: --threads is for --json or --batch output; in the monitor, H shows threads\n"), err);
    }
}
