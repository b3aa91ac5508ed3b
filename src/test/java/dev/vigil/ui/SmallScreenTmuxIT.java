package dev.vigil.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real jar at 80x24 in tmux: the bottom lines keep their keys and indicators. */
class SmallScreenTmuxIT {
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
    void at80x24TheBottomLinesKeepTheirKeysAndIndicators() throws Exception {
        List<String> env = Tmux.utf8Env(dir);
        tmux.start(80, 24, env, "-d", "5", "--readonly");
        String s = tmux.waitFor(t -> t.contains("PID USER"), "the first frame");
        String bar = s.lines().toList().get(23);
        assertTrue(bar.startsWith("F1Help") && bar.contains("F10Quit") && !bar.contains("F9"), "--readonly: no F7-F9\n" + s);
        tmux.keys("F4");
        tmux.type("user:root " + "cpu>=0 ".repeat(12));
        tmux.waitFor(t -> t.contains("Enter done  Esc clear"), "the filter prompt's keys beside a long text");
        tmux.keys("Enter");
        tmux.waitFor(t -> t.contains("…] [read-only]"), "the filter cut, the indicator whole");
        tmux.keys("F4");
        tmux.keys("Escape");
        tmux.waitFor(t -> t.contains("filter cleared") && !t.contains("[filter:"), "Esc clears the filter");
        tmux.keys("q");
        assertEquals(0, tmux.status());
        assertEquals(tmux.sttyBefore(), tmux.sttyAfter(), "stty -g before and after");
    }
}
