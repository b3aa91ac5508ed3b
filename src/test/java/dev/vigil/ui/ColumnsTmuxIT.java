package dev.vigil.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * F2's columns end to end, the real jar in tmux at 80x24 and 200x50: TTY turned on, moved to
 * second place with F7, shown there with vigil's own terminal as ps names it, saved in that
 * order; and the PSI line under the meters where the kernel has pressure information.
 */
class ColumnsTmuxIT {
    @TempDir
    Path dir;

    private Tmux tmux;

    @BeforeEach
    void setUp() {
        tmux = Tmux.forTest(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (tmux != null) tmux.close();
    }

    @Test
    void addAndMoveAColumnAt80x24() throws Exception {
        addAndMove(80, 24);
    }

    @Test
    void addAndMoveAColumnAt200x50() throws Exception {
        addAndMove(200, 50);
    }

    private void addAndMove(int w, int h) throws Exception {
        List<String> env = Tmux.utf8Env(dir);
        tmux.start(w, h, env);
        tmux.waitFor(t -> t.contains("PID USER"), "the table");
        int pid = tmux.pid();
        String tty = ps(pid, "tty");
        assertTrue(tty.startsWith("pts/"), "vigil runs on a pts in tmux: " + tty);

        tmux.keys("\\");
        tmux.type("pid:" + pid);
        tmux.keys("Enter");
        tmux.waitFor(t -> t.contains("pid:" + pid), "the filter");

        tmux.keys("F2");
        tmux.waitFor(t -> t.contains("Refresh delay"), "setup");
        // The listing: delay, color, the 11 shown columns, then the hidden ones: PPID PGRP SID TTY ...
        for (int i = 0; i < 2 + 11 + 3; i++) tmux.keys("Down");
        tmux.keys("Space");
        tmux.waitFor(t -> t.contains("[x] 11. TTY"), "TTY on, before COMMAND");
        for (int i = 0; i < 9; i++) tmux.keys("F7");
        String setup = tmux.waitFor(t -> t.contains("[x]  2. TTY"), "TTY moved to second place");
        assertTrue(setup.contains("[x]  3. USER"), setup);
        tmux.keys("Escape");
        String screen = tmux.waitFor(t -> t.lines().anyMatch(l -> l.matches(" *PID TTY +USER +PRI .*")),
                "the heading with TTY second");
        String row = screen.lines().filter(l -> l.trim().startsWith(pid + " ")).findFirst().orElse("");
        assertTrue(row.matches(" *" + pid + " " + java.util.regex.Pattern.quote(tty) + " +\\S+ .*"),
                "vigil's own row shows its terminal as ps does (" + tty + "): " + row + "\n" + screen);
        if (Files.exists(Path.of("/proc/pressure/cpu"))) {
            assertTrue(screen.lines().anyMatch(l -> l.startsWith("PSI some cpu: ")), "the PSI line:\n" + screen);
        }
        String conf = Files.readString(dir.resolve("config/vigil/vigil.conf"));
        assertTrue(conf.contains("columns=PID,tty,USER,PRI,NI,VIRT,RES,S,CPU%,MEM%,TIME+,COMMAND\n"), conf);

        tmux.keys("q");
        assertEquals(0, tmux.status());
        assertEquals(tmux.sttyBefore(), tmux.sttyAfter(), "the terminal is restored");
    }

    private static String ps(long pid, String field) throws Exception {
        Process p = new ProcessBuilder("ps", "-o", field + "=", "-p", Long.toString(pid)).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor();
        return out;
    }
}
