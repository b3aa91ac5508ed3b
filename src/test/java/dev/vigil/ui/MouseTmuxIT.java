package dev.vigil.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mouse end to end: the real jar in tmux at 80x24 and 200x50, mouse reports written into the
 * pane as a terminal sends them (SGR, mode 1006), and tmux's own view of the pane's mouse modes
 * (on while vigil runs, off after q, after SIGTERM, and after F2 turns it off).
 */
class MouseTmuxIT {
    @TempDir
    Path dir;

    private Tmux tmux;
    private List<String> env;
    private final List<Process> sleeps = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        tmux = Tmux.forTest(dir);
        env = Tmux.utf8Env(dir);
        for (int i = 0; i < 3; i++) {
            sleeps.add(new ProcessBuilder("sleep", "60" + i).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        try {
            if (tmux != null) tmux.close();
        } finally {
            for (Process p : sleeps) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private String pids() {
        return String.join(",", sleeps.stream().map(p -> Long.toString(p.pid())).toList());
    }

    /** tmux's flags for the pane: "1 1" while SGR mouse reporting of buttons is on. */
    private String mouseFlags() throws Exception {
        return Tmux.run(tmux.socket, "display-message", "-p", "-t", "t", "#{mouse_standard_flag} #{mouse_sgr_flag}").strip();
    }

    /** A mouse report as a terminal writes it: button b at 0-based column x, row y. */
    private void mouse(int b, int x, int y) throws Exception {
        byte[] bytes = ("\033[<" + b + ";" + (x + 1) + ";" + (y + 1) + "M").getBytes(StandardCharsets.US_ASCII);
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "t", "-H"));
        for (byte c : bytes) args.add(String.format("%02x", c));
        Tmux.run(tmux.socket, args.toArray(new String[0]));
        if (b < 64) { // and its release
            bytes = ("\033[<" + b + ";" + (x + 1) + ";" + (y + 1) + "m").getBytes(StandardCharsets.US_ASCII);
            args = new ArrayList<>(List.of("send-keys", "-t", "t", "-H"));
            for (byte c : bytes) args.add(String.format("%02x", c));
            Tmux.run(tmux.socket, args.toArray(new String[0]));
        }
    }

    private static int rowOf(String screen, String text) {
        List<String> lines = screen.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i;
        return -1;
    }

    private void firstFrame() throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                tmux.waitFor(t -> t.contains("sleep 602") && t.contains("USER"), "the sleep rows");
                return;
            } catch (AssertionError e) {
                if (attempt == 3) {
                    Path err = dir.resolve("stderr");
                    throw new AssertionError(e.getMessage() + "\nstderr: " + (Files.exists(err) ? Files.readString(err) : "none")
                            + "\nstatus: " + Files.exists(dir.resolve("status")));
                }
            }
        }
    }

    /** The PID the signal menu names: what is selected. */
    private String selected() throws Exception {
        tmux.keys("F9");
        String t = tmux.waitFor(s -> s.contains("Signal PID "), "the signal menu");
        tmux.keys("Escape");
        tmux.waitFor(s -> !s.contains("Signal PID "), "the menu closed");
        String line = t.lines().filter(l -> l.contains("Signal PID ")).findFirst().orElseThrow();
        return line.replaceAll(".*Signal PID (\\d+).*", "$1");
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "200, 50"})
    void clicksTheWheelAndTheFunctionBarDoWhatHtopsDo(int w, int h) throws Exception {
        tmux.start(w, h, env, "-p", pids(), "--sort=pid", "-d", "3");
        firstFrame();
        assertEquals("1 1", mouseFlags(), "button and SGR reporting on");
        String t = tmux.capture();
        long second = sleeps.get(1).pid();
        int y = rowOf(t, "sleep 601");
        assertTrue(y > 0, t);
        mouse(0, 2, y);
        assertEquals(Long.toString(second), selected(), "the click selected the row under it");

        mouse(65, 2, y); // wheel down: three rows, the last of three here
        assertEquals(Long.toString(sleeps.get(2).pid()), selected());
        mouse(64, 2, y); // and back up
        assertEquals(Long.toString(sleeps.get(0).pid()), selected());

        t = tmux.capture();
        int head = rowOf(t, "USER");
        int pidX = t.lines().toList().get(head).indexOf("PID");
        String before = t.lines().toList().get(rowOf(t, "sleep 600"));
        mouse(0, pidX + 1, head); // PID is the sort column: inverts
        tmux.waitFor(s -> rowOf(s, "sleep 602") < rowOf(s, "sleep 600"), "PID sorted the other way");
        assertTrue(before.contains("sleep 600"));

        int bar = h - 1;
        int f1 = tmux.capture().lines().toList().get(bar).indexOf("F1");
        mouse(0, f1 + 2, bar);
        tmux.waitFor(s -> s.contains("help: keys"), "F1 pressed by a click: help");
        tmux.keys("Escape");
        tmux.waitFor(s -> !s.contains("help: keys"), "help closed");

        tmux.keys("M"); // a real M still sorts by memory: keys are keys
        tmux.keys("q");
        assertEquals(0, tmux.status());
        assertEquals("0 0", mouseFlags(), "mouse reporting off after q");
        assertEquals(tmux.sttyBefore(), tmux.sttyAfter(), "stty -g before and after");
        assertFalse(Files.readString(dir.resolve("stderr")).contains("Exception"));
    }

    @Test
    void f2TurnsItOffForCopyAndPasteAndTheNextStartKeepsItOff() throws Exception {
        tmux.start(80, 24, env, "-p", pids(), "-d", "3");
        firstFrame();
        assertEquals("1 1", mouseFlags());
        tmux.keys("F2", "End");
        tmux.waitFor(s -> s.contains("[x] Mouse"), "the mouse setting");
        tmux.keys("Space");
        tmux.waitFor(s -> s.contains("[ ] Mouse"), "unchecked");
        assertEquals("0 0", mouseFlags(), "off at once");
        tmux.keys("Escape");
        tmux.waitFor(s -> !s.contains("Mouse (off"), "setup closed");
        tmux.keys("q");
        assertEquals(0, tmux.status());
        assertTrue(Files.readString(dir.resolve("config/vigil/vigil.conf")).contains("mouse=off"));
    }

    @Test
    void sigtermGivesTheMouseBackToo() throws Exception {
        tmux.start(120, 40, env, "-p", pids(), "-d", "3");
        firstFrame();
        assertEquals("1 1", mouseFlags());
        Process kill = new ProcessBuilder("kill", "-TERM", Integer.toString(tmux.pid())).start();
        kill.waitFor(10, TimeUnit.SECONDS);
        assertEquals(143, tmux.status());
        assertEquals("0 0", mouseFlags(), "mouse reporting off after SIGTERM");
        assertEquals(tmux.sttyBefore(), tmux.sttyAfter());
    }
}
