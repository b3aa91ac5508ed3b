package dev.vigil.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * F end to end: the real jar in tmux at 80x24 and 200x50 follows one of two sleeps this test
 * spawns; the status line says so, and when the test ends that sleep, that it ended.
 */
class FollowTmuxIT {
    @TempDir
    Path dir;

    private Tmux tmux;
    private List<String> env;
    private Process first;
    private Process second;

    @BeforeEach
    void setUp() throws IOException {
        Assumptions.assumeTrue(Tmux.available(), "tmux");
        tmux = Tmux.forTest(dir);
        env = Tmux.utf8Env(dir);
        first = new ProcessBuilder("sleep", "601").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        second = new ProcessBuilder("sleep", "602").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @AfterEach
    void tearDown() throws Exception {
        try {
            if (tmux != null) tmux.close();
        } finally {
            for (Process p : new Process[] {first, second}) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "200, 50"})
    void fFollowsTheSleepUntilItEnds(int w, int h) throws Exception {
        long a = first.pid();
        long b = second.pid();
        tmux.start(w, h, env, "-p", a + "," + b, "-d", "5", "--sort", "PID");
        tmux.waitFor(t -> t.contains("sleep 601") && t.contains("sleep 602"), "both sleeps");
        tmux.keys("Home");
        tmux.keys("F");
        String t = tmux.waitFor(s -> s.contains("[following " + a + " sleep]"), "the follow indicator");
        tmux.keys("Down");
        tmux.waitFor(s -> s.contains("no longer following PID " + a) && !s.contains("[following"), "an arrow stops it");
        tmux.keys("F");
        tmux.waitFor(s -> s.contains("[following " + b + " sleep]"), "following the second sleep");
        second.destroy();
        second.waitFor(10, TimeUnit.SECONDS);
        t = tmux.waitFor(s -> s.contains("PID " + b + " (sleep) ended: no longer following"), "its end said");
        assertFalse(t.contains("[following"), t);
        tmux.keys("q");
        assertEquals(0, tmux.status());
        assertEquals(tmux.sttyBefore(), tmux.sttyAfter(), "stty -g before and after");
    }
}
