package dev.vigil.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signals and renice end to end: the real jar in tmux, on a {@code sleep} this test spawns and
 * ends itself (never anything else). Checks the kernel's view in /proc/PID/stat.
 */
class SignalsTmuxIT {
    @TempDir
    Path dir;

    private Tmux tmux;
    private List<String> env;
    private final List<Process> children = new ArrayList<>();

    @BeforeEach
    void setUp() {
        tmux = Tmux.forTest(dir);
        env = Tmux.utf8Env(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        try {
            if (tmux != null) tmux.close();
        } finally {
            for (Process p : children) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private Process sleep() throws IOException {
        Process p = new ProcessBuilder("sleep", "600").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        children.add(p);
        return p;
    }

    /** Fields of /proc/PID/stat after the comm: [0] is field 3 (state); null when gone. */
    private static String[] stat(long pid) {
        try {
            String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return s.substring(s.lastIndexOf(')') + 2).trim().split(" +");
        } catch (IOException e) {
            return null;
        }
    }

    private static char state(long pid) {
        String[] f = stat(pid);
        return f == null ? '-' : f[0].charAt(0);
    }

    private static int nice(long pid) {
        return Integer.parseInt(stat(pid)[16]);
    }

    private static void await(BooleanSupplier cond, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (!cond.getAsBoolean()) {
            if (System.currentTimeMillis() > end) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(20);
        }
    }

    /** The first frame may take long on a loaded machine: up to three of Tmux's waits. */
    private void awaitFirstFrame() throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                tmux.waitFor(t -> t.contains("sleep 600") && t.contains("PID USER"), "the sleep row");
                return;
            } catch (AssertionError e) {
                if (attempt == 3) throw e;
            }
        }
    }

    private void quitAndCheckRestored() throws Exception {
        tmux.keys("q");
        assertEquals(0, tmux.status());
        assertEquals(tmux.sttyBefore(), tmux.sttyAfter(), "stty -g before and after");
        assertFalse(tmux.capture().contains("F1Help"), "vigil's screen is gone");
    }

    @Test
    void stopContinueNiceAndATargetKilledWhileTheMenuIsOpen() throws Exception {
        Process sleep = sleep();
        long pid = sleep.pid();
        tmux.start(120, 40, env, "-p", String.valueOf(pid), "-d", "3");
        awaitFirstFrame();

        tmux.keys("F9");
        tmux.waitFor(t -> t.contains("Signal PID " + pid + " (sleep)") && t.contains("15 TERM"), "the signal menu");
        tmux.type("19");
        tmux.waitFor(t -> t.contains("typed: 19"), "19 typed");
        tmux.keys("Enter");
        tmux.waitFor(t -> t.contains("sent STOP to PID " + pid + " (sleep)"), "the STOP result");
        await(() -> state(pid) == 'T', "state T in /proc");
        tmux.waitFor(t -> t.lines().anyMatch(l -> l.matches(" *" + pid + " .* T .*sleep 600.*")), "T in the table");

        tmux.keys("F9");
        tmux.waitFor(t -> t.contains("Signal PID " + pid), "the menu again");
        tmux.type("18");
        tmux.keys("Enter");
        tmux.waitFor(t -> t.contains("sent CONT to PID " + pid + " (sleep)"), "the CONT result");
        await(() -> state(pid) == 'S', "state S in /proc");

        int before = nice(pid);
        tmux.keys("F8");
        tmux.waitFor(t -> t.contains("nice of PID " + pid + " (sleep) set to " + (before + 1)), "the renice result");
        assertEquals(before + 1, nice(pid));

        tmux.keys("F9");
        tmux.waitFor(t -> t.contains("Signal PID " + pid), "the menu, once more");
        sleep.destroyForcibly(); // from outside, while the menu is open
        assertTrue(sleep.waitFor(10, TimeUnit.SECONDS));
        tmux.keys("Enter");
        tmux.waitFor(t -> t.contains("PID " + pid + " exited before the signal; nothing sent"), "the exited message");
        tmux.waitFor(t -> t.contains("none of the PIDs given is running"), "vigil goes on");

        tmux.keys("L");
        tmux.waitFor(t -> t.contains("Action log: 4 lines"), "the action log view");
        tmux.keys("Escape");
        tmux.waitFor(t -> !t.contains("Action log:"), "the log closed");
        quitAndCheckRestored();
        String file = Files.readString(dir.resolve("state/vigil/actions.log"));
        assertTrue(file.contains(" sent STOP to PID " + pid + " (sleep)\n"), file);
        assertTrue(file.contains(" PID " + pid + " exited before the signal; nothing sent\n"), file);
    }

    @Test
    void readonlyRefusesAndSendsNothing() throws Exception {
        Process sleep = sleep();
        long pid = sleep.pid();
        int before = nice(pid);
        tmux.start(120, 40, env, "--readonly", "-p", String.valueOf(pid), "-d", "3");
        awaitFirstFrame();
        assertTrue(tmux.capture().contains("[read-only]"), tmux.capture());
        tmux.keys("F9");
        tmux.waitFor(t -> t.contains("read-only mode: no signals, renice, affinity, I/O priority or limit changes"), "the refusal");
        assertFalse(tmux.capture().contains("Signal PID"), "no menu");
        tmux.keys("Escape", "F8");
        tmux.waitFor(t -> t.contains("read-only mode: no signals, renice, affinity, I/O priority or limit changes"), "the refusal for F8");
        assertEquals(before, nice(pid));
        assertEquals('S', state(pid));
        quitAndCheckRestored();
    }
}
