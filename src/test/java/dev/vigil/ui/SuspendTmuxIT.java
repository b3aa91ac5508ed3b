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
 * Ctrl-Z and SIGTSTP in an interactive shell, as with less or vim: vigil gives the terminal back
 * (main screen, the shell's tty settings) and stops; {@code fg} brings it back in raw mode with
 * its screen redrawn, keys arriving one by one; q then leaves the settings as they were.
 */
class SuspendTmuxIT {
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

    private void line(String text) throws Exception {
        tmux.type(text);
        tmux.keys("Enter");
    }

    private char state(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return stat.charAt(stat.lastIndexOf(')') + 2);
    }

    /** Runs vigil from the shell, stops it with stop (keys or a signal), checks, fg's it, quits. */
    private void suspendAndResume(boolean bySignal) throws Exception {
        tmux.startShell(100, 30, Tmux.utf8Env(dir));
        tmux.waitFor(t -> t.contains("$"), "the prompt");
        String d = Tmux.q(dir.toString());
        line("cd " + d + "; stty -g > before");
        // alone on its line: in a list, bash would run the rest as soon as the job stops
        line("sh -c 'echo $$ > pid; exec \"$@\"' x " + Tmux.vigilCommand("-d", "5"));
        tmux.waitFor(t -> t.contains("PID USER"), "the first frame");
        long pid = tmux.pid();
        if (bySignal) {
            new ProcessBuilder("kill", "-TSTP", Long.toString(pid)).start().waitFor(); // vigil, started by this test
        } else {
            tmux.keys("C-z");
        }
        tmux.waitFor(t -> t.contains("Stopped"), "the shell's job report");
        assertEquals("0", tmux.alternateOn(), "back on the main screen while stopped");
        assertEquals('T', state(pid), "vigil is stopped");
        line("stty -g > during; echo stopped-$((6*7))"); // the output, not the echoed command, says 42
        tmux.waitFor(t -> t.contains("stopped-42"), "the shell answers at once");
        assertEquals(Files.readString(dir.resolve("before")), Files.readString(dir.resolve("during")),
                "the shell's tty settings while vigil is stopped");

        line("fg");
        tmux.waitFor(t -> t.contains("PID USER") && t.contains("F1Help"), "vigil redrawn after fg");
        assertEquals("1", tmux.alternateOn(), "on the alternate screen again");
        String modes = tmux.paneStty();
        for (String m : List.of("-icanon", "-echo", "-ixon", "susp = <undef>")) {
            assertTrue(modes.contains(m), m + " after fg:\n" + modes);
        }
        tmux.keys("F1");
        tmux.waitFor(t -> t.contains("help: keys"), "F1 read as a key, without Enter");
        tmux.keys("Escape");
        tmux.waitFor(t -> !t.contains("help: keys"), "Esc closes the help"); // else Esc q reads as Alt-q
        tmux.keys("q");
        // Type only at the prompt: until vigil has exited, its input thread may still read the line.
        tmux.waitFor(t -> !t.contains("F1Help") && t.strip().endsWith("\n$"), "the prompt after q");
        line("echo \"status=$?\"; stty -g > after; echo done-$((6*7))");
        String s = tmux.waitFor(t -> t.contains("done-42"), "the shell after vigil");
        assertTrue(s.contains("status=0"), "fg gives vigil's exit status 0:\n" + s);
        assertEquals(Files.readString(dir.resolve("before")), Files.readString(dir.resolve("after")), "stty -g before and after");
    }

    @Test
    void ctrlZGivesTheTerminalBackAndFgTakesItAgain() throws Exception {
        suspendAndResume(false);
    }

    @Test
    void sigtstpDoesTheSame() throws Exception {
        suspendAndResume(true);
    }
}
