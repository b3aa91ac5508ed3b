package dev.vigil.ui;

import dev.vigil.action.CpuSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * a (CPU affinity) and i (I/O priority) end to end: the real jar in tmux at 80x24 and 200x50, on
 * a {@code sleep} this test spawns and ends itself (never anything else); the kernel's view read
 * back from /proc and ionice.
 */
class TuningTmuxIT {
    @TempDir
    Path dir;

    private Tmux tmux;
    private List<String> env;
    private Process sleep;

    @BeforeEach
    void setUp() throws IOException {
        Assumptions.assumeTrue(Tmux.available(), "tmux");
        tmux = Tmux.forTest(dir);
        env = Tmux.utf8Env(dir);
        sleep = new ProcessBuilder("sleep", "600").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @AfterEach
    void tearDown() throws Exception {
        try {
            if (tmux != null) tmux.close();
        } finally {
            sleep.destroyForcibly();
            sleep.waitFor(10, TimeUnit.SECONDS);
        }
    }

    static String cpusAllowed(long pid) throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (l.startsWith("Cpus_allowed_list:")) return l.substring(18).strip();
        }
        return "";
    }

    static String ionice(long pid) throws Exception {
        Process p = new ProcessBuilder("ionice", "-p", Long.toString(pid)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    private void firstFrame(long pid) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                tmux.waitFor(t -> t.contains("sleep 600") && t.contains("PID USER"), "the sleep row");
                return;
            } catch (AssertionError e) {
                if (attempt == 3) throw e;
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "200, 50"})
    void affinityAndIoPriorityReachTheKernel(int w, int h) throws Exception {
        CpuSet online = CpuSet.online();
        Assumptions.assumeTrue(online.size() >= 2, "two CPUs to choose from");
        long pid = sleep.pid();
        tmux.start(w, h, env, "-p", String.valueOf(pid), "-d", "3");
        firstFrame(pid);

        tmux.keys("a");
        String t = tmux.waitFor(s -> s.contains("Use CPUs: PID " + pid + " (sleep)"), "the affinity panel");
        assertTrue(t.contains("[x] all") && t.contains("[x] CPU " + online.cpus()[1]), t);
        tmux.keys("Down", "Space");
        tmux.waitFor(s -> s.contains("[ ] CPU " + online.cpus()[0]) && s.contains("[ ] all"), "CPU 0 unchecked");
        tmux.keys("Enter");
        String want = online.with(online.cpus()[0], false).format();
        tmux.waitFor(s -> s.contains("affinity of PID " + pid + " (sleep) set to CPU"), "the result line");
        assertEquals(want, cpusAllowed(pid));

        tmux.keys("i");
        tmux.waitFor(s -> s.contains("I/O priority: PID " + pid + " (sleep)") && s.contains("None (from nice)"), "the I/O list");
        tmux.keys("End", "Enter");
        tmux.waitFor(s -> s.contains("I/O priority of PID " + pid + " (sleep) set to idle"), "the I/O result");
        assertEquals("idle", ionice(pid));

        tmux.keys("q");
        assertEquals(0, tmux.status());
        assertEquals(tmux.sttyBefore(), tmux.sttyAfter(), "stty -g before and after");
        String log = Files.readString(dir.resolve("state/vigil/actions.log"));
        assertTrue(log.contains("affinity of PID " + pid + " (sleep) set to"), log);
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "200, 50"})
    void readOnlyRefusesBoth(int w, int h) throws Exception {
        long pid = sleep.pid();
        String before = cpusAllowed(pid);
        tmux.start(w, h, env, "--readonly", "-p", String.valueOf(pid), "-d", "3");
        firstFrame(pid);
        tmux.keys("a");
        tmux.waitFor(s -> s.contains("read-only mode: no signals, renice, affinity"), "the refusal for a");
        assertFalse(tmux.capture().contains("Use CPUs"));
        tmux.keys("Escape", "i");
        tmux.waitFor(s -> s.contains("read-only mode: no signals, renice, affinity"), "the refusal for i");
        assertFalse(tmux.capture().contains("I/O priority:"));
        assertEquals(before, cpusAllowed(pid));
        assertEquals("none: prio 0", ionice(pid));
        tmux.keys("q");
        assertEquals(0, tmux.status());
    }
}
