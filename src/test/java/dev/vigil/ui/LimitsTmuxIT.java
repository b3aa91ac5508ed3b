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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resource limits and escalation chains end to end: the real jar in tmux, on processes this
 * test spawns and ends itself. Checks the kernel's view in /proc/PID/limits and exit codes.
 */
class LimitsTmuxIT {
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

    private Process spawn(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        children.add(p);
        return p;
    }

    /** bash looping with these traps, QUIT unblocked (a JVM's children inherit its blocked QUIT). */
    private Process bash(String traps) throws IOException {
        return spawn("perl", "-MPOSIX", "-e", "sigprocmask(SIG_SETMASK, POSIX::SigSet->new) or die; exec @ARGV or die",
                "bash", "-c", traps + "; while :; do sleep 0.1; done");
    }

    private static String nofile(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/limits"))) {
                if (l.startsWith("Max open files")) {
                    String[] f = l.substring(14).trim().split("\\s+");
                    return f[0] + " " + f[1];
                }
            }
        } catch (IOException e) {
            return "";
        }
        return "";
    }

    private void awaitFirstFrame(String row) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                tmux.waitFor(t -> t.contains(row) && t.contains("PID USER"), "the row " + row);
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
    }

    private void writeConfig(String text) throws IOException {
        Files.createDirectories(dir.resolve("config/vigil"));
        Files.writeString(dir.resolve("config/vigil/vigil.conf"), text);
    }

    @Test
    void setsNofileFromTheDetailViewAndAsksBeforeGoingUnderUse() throws Exception {
        Process sleep = spawn("prlimit", "--nofile=1024:4096", "sleep", "600");
        long pid = sleep.pid();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!nofile(pid).equals("1024 4096") && System.nanoTime() < end) Thread.sleep(20);
        tmux.start(120, 40, env, "-p", String.valueOf(pid), "-d", "3");
        awaitFirstFrame("sleep 600");

        tmux.keys("R");
        tmux.waitFor(t -> t.contains("open files") && t.contains("soft 1024 files, hard 4096 files")
                && t.contains("Set limit"), "the detail view with open files chosen");
        tmux.keys("Enter");
        tmux.waitFor(t -> t.contains("nofile of PID " + pid + " (sleep) (SOFT:HARD): 1024:4096_"), "the prefilled prompt");
        tmux.keys("C-u");
        tmux.type("2048:2048");
        tmux.keys("Enter");
        tmux.waitFor(t -> t.contains("nofile of PID " + pid + " (sleep) set to 2048:2048 (was 1024:4096)"), "the result");
        assertEquals("2048 2048", nofile(pid));
        tmux.waitFor(t -> t.contains("soft 2048 files, hard 2048 files"), "the view read again");

        tmux.keys("Enter");
        tmux.waitFor(t -> t.contains("(SOFT:HARD): 2048:2048_"), "the prompt again");
        tmux.keys("C-u");
        tmux.type("2");
        tmux.keys("Enter");
        tmux.waitFor(t -> t.contains("Lower nofile of PID " + pid + " (sleep) to 2?") && t.contains("y sends"), "the question");
        tmux.keys("y");
        tmux.waitFor(t -> t.contains("set to 2:2048 (was 2048:2048)"), "lowered under use");
        assertEquals("2 2048", nofile(pid));
        // the prompt is prefilled from the view's last read, as after the first change
        tmux.waitFor(t -> t.contains("soft 2 files, hard 2048 files"), "the view read again after lowering");

        tmux.keys("Enter");
        tmux.waitFor(t -> t.contains("(SOFT:HARD): 2:2048_"), "the prompt once more");
        tmux.keys("C-u");
        tmux.type(":8192");
        tmux.keys("Enter");
        tmux.waitFor(t -> t.contains("set to 2:8192") || t.contains("needs root or CAP_SYS_RESOURCE"), "raising the hard limit");
        String expected = tmux.capture().contains("set to 2:8192") ? "2 8192" : "2 2048";
        assertEquals(expected, nofile(pid), "changed only when allowed");

        tmux.keys("Escape");
        tmux.waitFor(t -> !t.contains("Set limit"), "back to scrolling");
        tmux.keys("Escape");
        tmux.waitFor(t -> t.contains("PID USER"), "the table");
        quitAndCheckRestored();
        String log = Files.readString(dir.resolve("state/vigil/actions.log"));
        assertTrue(log.contains(" nofile of PID " + pid + " (sleep) set to 2048:2048 (was 1024:4096)\n"), log);
    }

    @Test
    void theConfiguredChainEndsAtQuitWithoutKill() throws Exception {
        writeConfig("escalate=TERM 3s, QUIT 2s, KILL\n");
        Process quits = bash("trap '' TERM; trap 'exit 3' QUIT");
        long pid = quits.pid();
        tmux.start(120, 40, env, "-p", String.valueOf(pid), "-d", "3");
        awaitFirstFrame("bash -c");
        tmux.keys("F9");
        tmux.waitFor(t -> t.contains("e TERM, then QUIT after 3 s, then KILL after 2 s")
                && t.contains("E TERM, then QUIT after 3 s, then KILL after 3 s"), "both chains in the menu");
        tmux.type("e");
        tmux.keys("Enter");
        tmux.waitFor(t -> t.contains("Confirm") && t.contains("(y/n)"), "the question");
        tmux.keys("y");
        tmux.waitFor(t -> t.contains("after TERM (step 1 of 3), QUIT in"), "the countdown naming its step");
        tmux.waitFor(t -> t.contains("escalation: PID " + pid + " exited after QUIT; no KILL needed"), "the end at QUIT");
        assertTrue(quits.waitFor(10, TimeUnit.SECONDS));
        assertEquals(3, quits.exitValue(), "its QUIT trap ended it, not KILL");
        quitAndCheckRestored();
    }

    @Test
    void escBetweenStepsCancelsWhatRemains() throws Exception {
        writeConfig("escalate=TERM 1s, QUIT 60s, KILL\n");
        Process stubborn = bash("trap '' TERM QUIT");
        long other = stubborn.pid();
        tmux.start(120, 40, env, "-p", String.valueOf(other), "-d", "3");
        awaitFirstFrame("bash -c");
        tmux.keys("F9");
        tmux.waitFor(t -> t.contains("e TERM, then QUIT after 1 s"), "the menu");
        tmux.type("e");
        tmux.keys("Enter");
        tmux.waitFor(t -> t.contains("(y/n)"), "the question");
        tmux.keys("y");
        tmux.waitFor(t -> t.contains("after QUIT (step 2 of 3), KILL in"), "waiting after QUIT");
        tmux.keys("Escape");
        tmux.waitFor(t -> t.contains("escalation cancelled: PID " + other + " still alive, no KILL sent"), "cancelled");
        assertFalse(stubborn.waitFor(2, TimeUnit.SECONDS), "nothing more was sent");
        quitAndCheckRestored();
    }

    @Test
    void aBadChainIsRefusedAtStartAndTheFileIsLeftAlone() throws Exception {
        String text = "# mine\nescalate=TERM, KILL\n";
        writeConfig(text);
        Process sleep = spawn("sleep", "600");
        tmux.start(160, 40, env, "-p", String.valueOf(sleep.pid()), "-d", "3");
        awaitFirstFrame("sleep 600");
        tmux.waitFor(t -> t.contains("line 2: escalate=TERM, KILL: TERM has no wait before the next step"),
                "the refusal naming the line");
        tmux.keys("F9");
        tmux.waitFor(t -> t.contains("e TERM, then KILL after 5 s"), "the default holds");
        tmux.keys("Escape");
        tmux.waitFor(t -> t.contains("signal menu closed"), "the menu closed");
        quitAndCheckRestored();
        assertEquals(text, Files.readString(dir.resolve("config/vigil/vigil.conf")), "never overwritten");
    }
}
