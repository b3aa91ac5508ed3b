package dev.vigil.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real jar in tmux: the alert pane shows an alert for a busy child this test spawned. */
class AlertsTmuxIT {
    @TempDir
    Path dir;

    private Tmux tmux;
    private Process busy;

    @BeforeEach
    void setUp() {
        tmux = Tmux.forTest(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (tmux != null) tmux.close();
        if (busy != null) {
            busy.destroyForcibly();
            busy.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private String waitLong(java.util.function.Predicate<String> cond, String what, int seconds) throws Exception {
        long end = System.currentTimeMillis() + seconds * 1000L;
        String last = "";
        while (System.currentTimeMillis() < end) {
            last = tmux.capture();
            if (cond.test(last)) return last;
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + what + "; screen:\n" + last);
    }

    @Test
    void at80x24TheAlertTakesOneLineAndTheTableKeepsItsCommands() throws Exception {
        busy = new ProcessBuilder("sh", "-c", "while :; do :; done").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long pid = busy.pid();
        // A condition that is certain for the child however busy the machine is (a CPU share is not).
        String rule = "threads >= 1 for 1s where pid = " + pid;
        List<String> env = List.of("HOME=" + dir, "XDG_CONFIG_HOME=" + dir.resolve("config"),
                "XDG_STATE_HOME=" + dir.resolve("state"), "LANG=C.UTF-8", "LC_ALL=", "LC_CTYPE=", "TERM=xterm-256color");
        tmux.start(80, 24, env, "-d", "5", "--alert", rule);
        String s = waitLong(t -> t.contains("WARN " + pid + " sh"), "the alert on its line", 60);
        List<String> lines = s.lines().toList();
        assertTrue(lines.get(21).startsWith("WARN " + pid + " sh") && lines.get(21).contains("A: alert pane"), s);
        assertTrue(s.contains("COMMAND") && !s.contains("active"), "no pane at 80 columns\n" + s);
        tmux.keys("A");
        tmux.waitFor(t -> t.contains("Alerts: 1 active"), "A opens the pane");
        tmux.keys("q");
        assertEquals(0, tmux.status());
        assertTrue(Files.readString(dir.resolve("config/vigil/vigil.conf")).contains("alerts.pane=on"));
    }

    @Test
    void thePaneShowsTheBusyChildsAlertWithItsPid() throws Exception {
        busy = new ProcessBuilder("sh", "-c", "while :; do :; done").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long pid = busy.pid();
        // A condition that is certain for the child however busy the machine is (a CPU share is not).
        String rule = "threads >= 1 for 1s where pid = " + pid;
        List<String> env = List.of("HOME=" + dir, "XDG_CONFIG_HOME=" + dir.resolve("config"),
                "XDG_STATE_HOME=" + dir.resolve("state"), "LANG=C.UTF-8", "LC_ALL=", "LC_CTYPE=", "TERM=xterm-256color");
        tmux.start(120, 40, env, "-d", "5", "--alert", rule);
        tmux.waitFor(t -> t.contains("PID USER"), "the first frame");
        String s = waitLong(t -> t.contains("WARN " + pid + " sh") && t.contains(rule), "the alert in the pane", 120);
        assertTrue(s.contains("Alerts: 1 active") || s.contains("active"), s);
        assertTrue(s.contains("Alerts: 1 warning") || s.contains("warning"), "header counts\n" + s);

        tmux.keys("A");
        tmux.waitFor(t -> !t.contains("active") && t.contains("alert pane hidden")
                && t.contains("A: alert pane"), "A hides the pane; one line says what fired");
        tmux.keys("A");
        tmux.waitFor(t -> t.contains("Alerts: 1 active"), "A shows it again");

        tmux.keys("q");
        assertEquals(0, tmux.status());
        assertEquals(tmux.sttyBefore(), tmux.sttyAfter(), "stty -g before and after");
        assertFalse(tmux.capture().contains("F1Help"), "vigil's screen is gone");
        String log = Files.readString(dir.resolve("state/vigil/alerts.jsonl"));
        assertTrue(log.contains("\"event\":\"fired\",\"rule\":\"" + rule + "\""), log);
    }
}
