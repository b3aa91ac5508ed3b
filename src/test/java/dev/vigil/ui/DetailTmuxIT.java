package dev.vigil.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The detail view in the real jar in tmux: vigil -p PID of a TERM-ignoring bash this test
 * spawned; Enter shows the disposition and the warning, Esc closes, q quits, the terminal is
 * restored. The bash is ended by PID in @AfterEach.
 */
class DetailTmuxIT {
    @TempDir
    Path dir;

    private Tmux tmux;
    private Process bash;

    @BeforeEach
    void setUp() {
        tmux = Tmux.forTest(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (tmux != null) tmux.close();
        if (bash != null) {
            bash.descendants().forEach(ProcessHandle::destroyForcibly);
            bash.destroyForcibly();
            bash.waitFor();
        }
    }

    private Process termIgnoringBash() throws Exception {
        Process p = new ProcessBuilder("bash", "-c", "trap '' TERM; while :; do sleep 1; done")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        for (int i = 0; ; i++) {
            String ign = Files.readAllLines(status).stream().filter(l -> l.startsWith("SigIgn:")).findFirst().orElse("");
            if ((Long.parseUnsignedLong(ign.substring(7).trim(), 16) & (1L << 14)) != 0) return p;
            if (i > 200) fail("trap '' TERM never took: " + ign);
            Thread.sleep(25);
        }
    }

    @Test
    void enterShowsIgnoredEscClosesQQuits() throws Exception {
        bash = termIgnoringBash();
        String pid = Long.toString(bash.pid());
        List<String> env = List.of("HOME=" + dir, "XDG_CONFIG_HOME=" + dir.resolve("config"),
                "XDG_STATE_HOME=" + dir.resolve("state"), "LANG=C.UTF-8", "LC_ALL=", "LC_CTYPE=", "TERM=xterm-256color");
        tmux.start(120, 40, env, "-p", pid, "-d", "5");
        tmux.waitFor(t -> t.contains("PID USER") && t.lines().anyMatch(l -> l.trim().startsWith(pid + " ")),
                "the bash row");

        tmux.keys("Enter");
        String s = tmux.waitFor(t -> t.contains("TERM is ignored by this process"), "the detail view");
        assertTrue(s.contains("PID " + pid + " bash: detail"), s);
        assertTrue(s.contains("EscClose"), s);
        tmux.keys("End");
        s = tmux.waitFor(t -> t.contains("Signals") && t.contains("History"), "scrolled to the end");
        assertTrue(s.lines().anyMatch(l -> l.contains("Ignored") && l.contains("TERM")), s);

        tmux.keys("Escape");
        s = tmux.waitFor(t -> !t.contains("bash: detail") && t.contains("F1Help"), "the table again");
        assertTrue(s.lines().anyMatch(l -> l.trim().startsWith(pid + " ")), s);

        tmux.keys("q");
        assertEquals(0, tmux.status());
        assertEquals(tmux.sttyBefore(), tmux.sttyAfter(), "stty -g before and after");
        assertEquals("0", tmux.alternateOn(), "alternate screen left");
        assertFalse(tmux.capture().contains("F1Help"), tmux.capture());
        assertTrue(bash.isAlive(), "vigil sent nothing to the bash");
    }
}
