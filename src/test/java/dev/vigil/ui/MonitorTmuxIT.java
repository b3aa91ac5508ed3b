package dev.vigil.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real program (target/vigil.jar) in a real terminal: tmux on a private socket. */
class MonitorTmuxIT {
    @TempDir
    Path dir;

    private Tmux tmux;
    private List<String> env;

    @BeforeEach
    void setUp() {
        tmux = Tmux.forTest(dir);
        env = Tmux.utf8Env(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (tmux != null) tmux.close();
    }

    private void assertRestored() throws Exception {
        assertEquals(tmux.sttyBefore(), tmux.sttyAfter(), "stty -g before and after");
        assertEquals("0", tmux.alternateOn(), "alternate screen left");
        assertFalse(tmux.capture().contains("F1Help"), "vigil's screen is gone:\n" + tmux.capture());
    }

    @Test
    void rawModeWithCtrlCZSAndBackslashAsKeysWhileRunning() throws Exception {
        tmux.start(100, 30, env, "-d", "5");
        tmux.waitFor(t -> t.contains("PID USER"), "the first frame");
        String modes = tmux.paneStty();
        for (String m : List.of("-icanon", "-echo", "min = 1", "intr = <undef>", "quit = <undef>", "susp = <undef>",
                "-ixon")) {
            assertTrue(modes.contains(m), m + " while running:\n" + modes);
        }
        // Ctrl-S would freeze the output with ixon on; Ctrl-\ would dump threads on the screen.
        tmux.keys("C-s");
        tmux.keys("C-\\");
        tmux.keys("F1");
        tmux.waitFor(t -> t.contains("help: keys"), "keys still read after Ctrl-S");
        tmux.keys("Escape");
        tmux.waitFor(t -> t.contains("PID USER") && !t.contains("help: keys"), "Esc closes the help, vigil still on screen");
        tmux.keys("q");
        assertEquals(0, tmux.status());
        assertRestored();
    }

    @Test
    void headerTreeSearchSortResizeAndQuit() throws Exception {
        tmux.start(120, 40, env, "-d", "5");
        String s = tmux.waitFor(t -> t.contains("Mem[") && t.contains("PID USER"), "the first frame");
        assertTrue(s.contains("Swp[") && s.contains("Tasks:") && s.contains("Load average:") && s.contains("Uptime:"), s);
        assertTrue(s.contains("CPU%▼"), s);
        assertEquals("1", tmux.alternateOn(), "on the alternate screen while running");

        tmux.keys("F5");
        tmux.waitFor(t -> t.contains("├─ ") || t.contains("└─ "), "tree branches after F5");

        tmux.keys("F3");
        tmux.type("vigil.jar");
        s = tmux.waitFor(t -> t.contains("Search: vigil.jar_"), "the search prompt");
        tmux.keys("Enter");
        tmux.waitFor(t -> t.contains("[tree]") && !t.contains("Search:"), "search closed");

        tmux.keys("F6");
        tmux.waitFor(t -> t.contains("Sort by"), "the sort picker");
        tmux.keys("Home", "Enter");
        tmux.waitFor(t -> t.contains("PID▲"), "sorted by PID");

        tmux.resize(80, 24);
        tmux.waitFor(t -> t.lines().count() <= 24 && t.contains("PID▲") && t.contains("F1Help"), "redrawn at 80x24");
        tmux.resize(20, 6);
        tmux.waitFor(t -> t.contains("F1Help") && t.lines().count() <= 6, "redrawn at 20x6");
        tmux.resize(120, 40);
        tmux.waitFor(t -> t.contains("Load average"), "back at 120x40");

        tmux.keys("q");
        assertEquals(0, tmux.status());
        assertRestored();
        assertTrue(Files.readString(dir.resolve("config/vigil/vigil.conf")).contains("tree=true"), "settings saved");
    }

    @Test
    void sigtermAndSighupRestoreTheTerminal() throws Exception {
        for (String sig : List.of("TERM", "HUP")) {
            tmux.start(100, 30, env);
            tmux.waitFor(t -> t.contains("PID USER"), "the first frame");
            Process kill = new ProcessBuilder("kill", "-" + sig, String.valueOf(tmux.pid())).start();
            assertTrue(kill.waitFor(10, TimeUnit.SECONDS));
            assertEquals(sig.equals("TERM") ? 143 : 129, tmux.status(), sig);
            assertRestored();
            tmux.close();
            Files.delete(dir.resolve("status"));
            tmux = new Tmux(dir);
        }
    }

    @Test
    void ctrlCAndF10QuitCleanly() throws Exception {
        for (String key : List.of("C-c", "F10")) {
            tmux.start(100, 30, env);
            tmux.waitFor(t -> t.contains("PID USER"), "the first frame");
            tmux.keys(key);
            assertEquals(0, tmux.status(), key);
            assertRestored();
            tmux.close();
            Files.delete(dir.resolve("status"));
            tmux = new Tmux(dir);
        }
    }

    @Test
    void asciiLocaleDrawsOnlyAscii() throws Exception {
        List<String> c = List.of("HOME=" + dir, "XDG_CONFIG_HOME=" + dir.resolve("config"),
                "XDG_STATE_HOME=" + dir.resolve("state"), "LANG=C", "LC_ALL=", "LC_CTYPE=", "TERM=vt100");
        tmux.start(120, 40, c, "--tree");
        String s = tmux.waitFor(t -> t.contains("PID USER") && t.contains("`- "), "an ASCII tree");
        for (char ch : s.toCharArray()) assertTrue(ch < 128, "non-ASCII " + (int) ch + " in\n" + s);
        tmux.keys("q");
        assertEquals(0, tmux.status());
    }

    @Test
    void withoutATerminalItRefusesWithExitOne() throws Exception {
        Path err = dir.resolve("err");
        Process p = new ProcessBuilder(Tmux.JAVA, "-jar", Tmux.JAR.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(dir.resolve("out").toFile()).redirectError(err.toFile()).start();
        try {
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "no hang");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(1, p.exitValue());
        String e = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.contains("not a terminal") && e.contains("--batch"), e);

        // stdout on the terminal, stdin from /dev/null
        tmux.stdin = "/dev/null";
        tmux.start(100, 30, env);
        assertEquals(1, tmux.status());
        String e2 = Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8);
        assertTrue(e2.contains("not a terminal") && e2.contains("--batch"), e2);
        assertEquals(tmux.sttyBefore(), tmux.sttyAfter());
    }
}
