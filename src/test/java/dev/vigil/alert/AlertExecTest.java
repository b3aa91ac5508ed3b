package dev.vigil.alert;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.vigil.alert.Snaps.p;
import static dev.vigil.alert.Snaps.rule;
import static dev.vigil.alert.Snaps.snap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertExecTest {
    private static final long T0 = 1_700_000_000_000L;

    private static Alert alertFor(String name) {
        AlertEngine e = new AlertEngine(List.of(rule("cpu > 90 severity critical")));
        return e.evaluate(snap(T0, p(4242, name).cpu(97)), T0).get(0).alert();
    }

    @Test
    void splitsLikeAShellWithoutExpandingAnything() {
        assertEquals(List.of("notify-send", "Alert fired", "--urgency=critical"),
                CommandLine.split("notify-send \"Alert fired\"   --urgency=critical"));
        assertEquals(List.of("sh", "-c", "echo \"$X\" > f"), CommandLine.split("sh -c 'echo \"$X\" > f'"));
        assertEquals(List.of("a b", "$(id)", ";rm", "x", "`id`", "q\"q"),
                CommandLine.split("a\\ b $(id) ;rm x `id` \"q\\\"q\""));
        assertEquals(List.of("", "x"), CommandLine.split("'' x"));
        assertEquals("unclosed ' at column 6", assertThrows(IllegalArgumentException.class,
                () -> CommandLine.split("echo 'oops")).getMessage());
        assertEquals("unclosed \" at column 1", assertThrows(IllegalArgumentException.class,
                () -> CommandLine.split("\"x")).getMessage());
        assertEquals("empty command", assertThrows(IllegalArgumentException.class,
                () -> AlertExec.create("   ")).getMessage());
    }

    @Test
    void environmentCarriesTheAlert() {
        Map<String, String> env = AlertExec.environment(alertFor("java"));
        assertEquals("cpu > 90 severity critical", env.get("VIGIL_ALERT_RULE"));
        assertEquals("critical", env.get("VIGIL_ALERT_SEVERITY"));
        assertEquals("active", env.get("VIGIL_ALERT_STATE"));
        assertEquals("4242", env.get("VIGIL_ALERT_PID"));
        assertEquals("java", env.get("VIGIL_ALERT_NAME"));
        assertEquals("97", env.get("VIGIL_ALERT_VALUE"));
        assertEquals("90", env.get("VIGIL_ALERT_THRESHOLD"));
        assertEquals("2023-11-14T22:13:20.000Z", env.get("VIGIL_ALERT_SINCE"));
        assertEquals("PID 4242 (java) cpu 97.0 > 90", env.get("VIGIL_ALERT_MESSAGE"));
    }

    /** Hostile process names reach the command as data: nothing runs, nothing is expanded. */
    @Test
    void aProcessNameIsDataNeverCode(@TempDir Path dir) throws Exception {
        Path pwned = dir.resolve("pwned");
        String[] names = {"$(touch " + pwned + ")", ";rm x", "`touch " + pwned + "`", "a' ; touch '" + pwned,
                "x\"; touch \"" + pwned};
        for (int k = 0; k < names.length; k++) {
            Path got = dir.resolve("name" + k);
            Path stdin = dir.resolve("stdin" + k);
            // A script of the user's that quotes its variable properly; our part is to pass the name as
            // an environment value, never inside a command line.
            AlertExec exec = AlertExec.create("sh -c 'printf %s \"$VIGIL_ALERT_NAME\" > \"$0\"; cat > \"$1\"' "
                    + got + " " + stdin);
            try {
                assertTrue(exec.run(alertFor(names[k])));
                assertTrue(exec.awaitIdle(20_000));
            } finally {
                exec.close();
            }
            assertNull(exec.note());
            assertEquals(names[k], Files.readString(got));
            String json = Files.readString(stdin);
            assertTrue(json.startsWith("{\"rule\":\"cpu > 90 severity critical\""), json);
            assertTrue(json.contains("\"pid\":4242"), json);
        }
        assertFalse(Files.exists(pwned), "a name was run as a command");
    }

    @Test
    void argumentsAreNotExpandedEither(@TempDir Path dir) throws Exception {
        AlertExec exec = AlertExec.create("touch " + dir + "/$VIGIL_ALERT_NAME " + dir + "/$(id)");
        try {
            exec.run(alertFor("$(touch " + dir.resolve("pwned") + ")"));
            assertTrue(exec.awaitIdle(20_000));
        } finally {
            exec.close();
        }
        assertTrue(Files.exists(dir.resolve("$VIGIL_ALERT_NAME")), "the literal word is the file name");
        assertTrue(Files.exists(dir.resolve("$(id)")));
        assertFalse(Files.exists(dir.resolve("pwned")));
    }

    @Test
    void boundedAndAsynchronous() throws Exception {
        AlertExec exec = new AlertExec(List.of("sleep", "2"), 2, 20_000);
        try {
            long start = System.nanoTime();
            int ran = 0;
            for (int k = 0; k < 5; k++) if (exec.run(alertFor("x" + k))) ran++;
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(tookMs < 1500, "run() must not wait for the command: " + tookMs + " ms");
            assertEquals(2, ran);
            assertEquals(3, exec.dropped());
            assertEquals(2, exec.running());
            assertEquals("alert-exec: 3 dropped (limit 2 running)", exec.note());
            assertTrue(exec.awaitIdle(20_000));
            assertEquals(2, exec.started());
            assertEquals(0, exec.failed());
            assertTrue(exec.run(alertFor("y")), "a slot is free again");
            assertTrue(exec.awaitIdle(20_000));
        } finally {
            exec.close();
        }
    }

    @Test
    void onlyFiredTransitionsRunTheCommand(@TempDir Path dir) throws Exception {
        Path marks = dir.resolve("marks");
        AlertExec exec = AlertExec.create("sh -c 'echo \"$VIGIL_ALERT_STATE\" >> \"$0\"' " + marks);
        try {
            AlertEngine e = new AlertEngine(List.of(rule("cpu > 50")), exec);
            e.evaluate(snap(T0, p(10, "busy").cpu(99)), T0);
            e.acknowledge(e.active().get(0).id(), T0);
            e.evaluate(snap(T0 + 1000, p(10, "busy").cpu(0)), T0 + 1000);
            assertTrue(exec.awaitIdle(20_000));
        } finally {
            exec.close();
        }
        assertEquals(List.of("active"), Files.readAllLines(marks));
    }

    @Test
    void failuresAreCountedAndSaid() throws Exception {
        AlertExec missing = AlertExec.create("/nonexistent/notify");
        AlertExec status = AlertExec.create("sh -c 'exit 3'");
        AlertExec slow = new AlertExec(List.of("sleep", "30"), 1, 300);
        try {
            missing.run(alertFor("a"));
            status.run(alertFor("b"));
            long start = System.nanoTime();
            slow.run(alertFor("c"));
            assertTrue(missing.awaitIdle(20_000) && status.awaitIdle(20_000) && slow.awaitIdle(20_000));
            assertTrue((System.nanoTime() - start) / 1_000_000 < 15_000, "the slow command was killed");
        } finally {
            missing.close();
            status.close();
            slow.close();
        }
        assertTrue(missing.note().startsWith("alert-exec: 1 failed: cannot run /nonexistent/notify"), missing.note());
        assertEquals("alert-exec: 1 failed: sh exited with status 3", status.note());
        assertEquals("alert-exec: 1 failed: sleep still running after 300ms, killed", slow.note());
    }
}
