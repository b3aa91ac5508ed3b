package dev.vigil.ui;

import dev.vigil.action.Strace;
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
 * s end to end where strace is installed: the real jar in tmux at 80x24 and 200x50 traces a
 * {@code sleep} this test spawns (and ends itself); the overlay shows the sleep's system call,
 * and after Esc vigil's strace child is gone and the sleep is no longer traced.
 */
class StraceTmuxIT {
    @TempDir
    Path dir;

    private Tmux tmux;
    private List<String> env;
    private Process sleep;

    @BeforeEach
    void setUp() throws IOException {
        Assumptions.assumeTrue(Tmux.available(), "tmux");
        Assumptions.assumeTrue(Strace.find(System.getenv("PATH")) != null, "strace is installed");
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

    /** vigil's strace children (read only: this test never signals them). */
    private List<ProcessHandle> straces() throws IOException {
        long vigil = Long.parseLong(Files.readString(dir.resolve("pid")).strip());
        return ProcessHandle.of(vigil).map(h -> h.children()
                .filter(c -> c.info().command().map(x -> x.endsWith("/strace")).orElse(false)).toList())
                .orElse(List.of());
    }

    private long tracerPid() throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/" + sleep.pid() + "/status"))) {
            if (l.startsWith("TracerPid:")) return Long.parseLong(l.substring(10).strip());
        }
        return -1;
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "200, 50"})
    void sTracesTheSleepLiveAndEscEndsTheStrace(int w, int h) throws Exception {
        long pid = sleep.pid();
        tmux.start(w, h, env, "-p", String.valueOf(pid), "-d", "3");
        tmux.waitFor(t -> t.contains("sleep 600") && t.contains("PID USER"), "the sleep row");
        tmux.keys("s");
        String t = tmux.waitFor(s -> s.contains("restart_syscall") || s.contains("clock_nanosleep"), "a syscall line");
        assertTrue(t.contains("strace -T -tt -s 512 -p " + pid + " (sleep)"), t);
        List<ProcessHandle> running = straces();
        assertEquals(1, running.size(), "one strace child");
        assertEquals(running.get(0).pid(), tracerPid(), "the sleep is traced by vigil's strace");

        tmux.keys("Escape");
        tmux.waitFor(s -> !s.contains("strace -T -tt"), "the overlay closed");
        long end = System.currentTimeMillis() + 15_000;
        while ((running.get(0).isAlive() || tracerPid() != 0) && System.currentTimeMillis() < end) Thread.sleep(50);
        assertFalse(running.get(0).isAlive(), "the strace ended");
        assertEquals(0, tracerPid(), "the sleep is no longer traced");
        assertTrue(sleep.isAlive(), "the sleep itself is left running");

        tmux.keys("q");
        assertEquals(0, tmux.status());
        assertEquals(tmux.sttyBefore(), tmux.sttyAfter(), "stty -g before and after");
    }
}
