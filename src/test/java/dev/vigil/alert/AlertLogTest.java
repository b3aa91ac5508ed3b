package dev.vigil.alert;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.vigil.alert.Snaps.p;
import static dev.vigil.alert.Snaps.rule;
import static dev.vigil.alert.Snaps.snap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertLogTest {
    private static final long T0 = 1_700_000_000_000L;

    @Test
    void defaultPathFollowsXdg() {
        assertEquals(Path.of("/x/state/vigil/alerts.jsonl"),
                AlertLog.defaultPath(Map.of("XDG_STATE_HOME", "/x/state", "HOME", "/home/u")));
        assertEquals(Path.of("/home/u/.local/state/vigil/alerts.jsonl"),
                AlertLog.defaultPath(Map.of("XDG_STATE_HOME", "relative", "HOME", "/home/u")),
                "a relative XDG_STATE_HOME is ignored, as the spec says");
        assertEquals(Path.of("/home/u/.local/state/vigil/alerts.jsonl"), AlertLog.defaultPath(Map.of("HOME", "/home/u")));
    }

    @Test
    void everyTransitionBecomesOneLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("state/vigil/alerts.jsonl");
        try (AlertLog log = new AlertLog(file)) {
            AlertEngine e = new AlertEngine(List.of(rule("cpu > 50 cooldown 0")), log);
            e.evaluate(snap(T0, p(10, "busy").cpu(99)), T0);
            e.acknowledge(e.active().get(0).id(), T0 + 500);
            e.evaluate(snap(T0 + 1000, p(10, "busy").cpu(1)), T0 + 1000);
            assertNull(log.error());
            assertEquals(3, log.lines());
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("{\"time\":\"2023-11-14T22:13:20.000Z\",\"event\":\"fired\""));
        assertTrue(lines.get(1).contains("\"event\":\"acknowledged\""));
        assertTrue(lines.get(2).contains("\"event\":\"cleared\""));
        try (AlertLog again = new AlertLog(file)) {
            again.append("{\"x\":1}\n");
        }
        assertEquals(4, Files.readAllLines(file).size(), "appends, never truncates");
    }

    @Test
    void twoWritersOnOneFileNeverSplitALine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("alerts.jsonl");
        AlertLog a = new AlertLog(file);
        AlertLog b = new AlertLog(file);
        String body = "x".repeat(2000);
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            AlertLog log = k % 2 == 0 ? a : b;
            int id = k;
            Thread t = new Thread(() -> {
                for (int i = 0; i < 300; i++) log.append("{\"w\":" + id + ",\"i\":" + i + ",\"b\":\"" + body + "\"}\n");
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        a.close();
        b.close();
        List<String> lines = Files.readAllLines(file);
        assertEquals(1200, lines.size());
        for (String l : lines) assertTrue(l.startsWith("{\"w\":") && l.endsWith(body + "\"}"), l.substring(0, 20));
    }

    @Test
    void aCutLastLineIsEndedBeforeTheNextLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("alerts.jsonl");
        Files.writeString(file, "{\"a\":1}\n{\"time\":\"2023-11-1");
        try (AlertLog log = new AlertLog(file)) {
            log.append("{\"b\":2}\n");
            log.append("{\"c\":3}\n");
        }
        assertEquals("{\"a\":1}\n{\"time\":\"2023-11-1\n{\"b\":2}\n{\"c\":3}\n", Files.readString(file),
                "the cut line stays one line of its own; the new ones are whole");
        try (AlertLog log = new AlertLog(file)) {
            log.append("{\"d\":4}\n");
        }
        assertTrue(Files.readString(file).endsWith("{\"c\":3}\n{\"d\":4}\n"), "no blank line after a whole one");
    }

    /**
     * SIGKILL can stop a write() to a regular file part way (at a page boundary), so the last line
     * may be cut: every line before it is whole, and the next writer ends the cut one first.
     */
    @Test
    void linesStayWholeWhenTheWriterIsKilled(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("alerts.jsonl");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LogWriterMain.class.getName(), file.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((!Files.exists(file) || Files.size(file) < 500_000) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL to our own child, mid-stream
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(Files.size(file) > 0, "the child wrote something");
        try (AlertLog next = new AlertLog(file)) {
            next.append("{\"time\":\"next\"}\n");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\n{\"time\":\"next\"}\n"), "the next line is whole, on a line of its own");
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            boolean whole = l.startsWith("{\"time\":") && l.endsWith("}");
            // Only the line the kill cut, just before the next writer's line, may be incomplete.
            if (i != lines.length - 2) assertTrue(whole, "whole line " + i + ": " + l.substring(0, Math.min(40, l.length())));
        }
    }

    @Test
    void aFailingLogSaysWhyAndDoesNotThrow(@TempDir Path dir) throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "not a directory");
        AlertLog log = new AlertLog(blocker.resolve("vigil/alerts.jsonl"));
        AlertEngine e = new AlertEngine(List.of(rule("cpu > 50")), log);
        e.evaluate(snap(T0, p(10, "busy").cpu(99)), T0);
        assertNotNull(log.error());
        assertTrue(log.error().startsWith("alert log " + blocker.resolve("vigil/alerts.jsonl")), log.error());
        assertEquals(1, e.active().size(), "the engine carries on");
    }
}
