package dev.vigil.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end: the live monitor with --record on a short delay while a sleep of ours lives and
 * is killed. The file gets rows while the monitor runs; { rewinds until the sleep shows again
 * under the REWIND banner; signals are refused there; Enter shows its recorded detail; g is
 * live again (the sleep gone), and the terminal is as it was.
 */
class RewindTmuxIT {
    @TempDir
    Path dir;
    private Tmux tmux;

    @AfterEach
    void tearDown() throws Exception {
        if (tmux != null) tmux.close();
    }

    private static boolean shows(String screen, long pid) {
        for (String line : screen.split("\n")) if (line.strip().startsWith(pid + " ")) return true;
        return false;
    }

    @Test
    void rewindsTheLiveViewToAProcessThatHasExitedAndComesBack() throws Exception {
        tmux = Tmux.forTest(dir);
        Path db = dir.resolve("h.db");
        Process sleeper = new ProcessBuilder("sleep", "600").start();
        long pid = sleeper.pid();
        try {
            List<String> env = new ArrayList<>(Tmux.utf8Env(dir));
            env.add("NO_COLOR=1");
            tmux.start(120, 30, env, "-d", "3", "--record", "--db", db.toString(), "--filter", "pid:" + pid);
            tmux.waitFor(t -> shows(t, pid), "the sleep, live");
            ReplayTmuxIT.waitUntil(() -> ReplayTmuxIT.count(db, "SELECT count(*) FROM process_history WHERE pid = "
                    + pid) >= 5, "the monitor recorded the sleep in the file while it runs");
            sleeper.destroy(); // our own child, by its handle
            assertTrue(sleeper.waitFor(10, TimeUnit.SECONDS));
            tmux.waitFor(t -> !shows(t, pid), "the sleep gone from the live view");
            Thread.sleep(1500); // a few more samples without it
            String screen = tmux.capture();
            for (int i = 0; i < 60 && !shows(screen, pid); i++) {
                tmux.keys("{");
                Thread.sleep(250);
                screen = tmux.capture();
            }
            assertTrue(shows(screen, pid), "rewound to the sleep:\n" + screen);
            String rewound = tmux.waitFor(t -> t.startsWith("REWIND ") && shows(t, pid), "the REWIND banner");
            assertTrue(rewound.lines().findFirst().orElse("").contains(" ago)"), rewound);
            assertTrue(rewound.lines().findFirst().orElse("").contains("g live"), rewound);
            Thread.sleep(1000);
            assertTrue(shows(tmux.capture(), pid), "the past stays on screen while sampling goes on:\n" + tmux.capture());
            tmux.keys("k");
            tmux.waitFor(t -> t.contains("the past cannot be signalled"), "signals refused");
            tmux.keys("Enter");
            String detail = tmux.waitFor(t -> t.contains("recorded detail"), "the recorded detail");
            assertTrue(detail.contains("not recorded"), detail);
            assertTrue(detail.contains("sleep 600"), detail);
            tmux.keys("Escape");
            tmux.waitFor(t -> !t.contains("recorded detail"), "the detail closed");
            tmux.keys("g");
            screen = tmux.waitFor(t -> !t.startsWith("REWIND ") && !shows(t, pid), "live again");
            assertFalse(screen.contains("REWIND"), screen);
            long rows = ReplayTmuxIT.count(db, "SELECT count(*) FROM sample");
            ReplayTmuxIT.waitUntil(() -> ReplayTmuxIT.count(db, "SELECT count(*) FROM sample") > rows,
                    "still recording after the rewind");
            tmux.keys("q");
            assertEquals(0, tmux.status());
            assertEquals(tmux.sttyBefore(), tmux.sttyAfter());
        } finally {
            sleeper.destroyForcibly();
        }
        assertEquals("ok", ReplayTmuxIT.sqlite(db, "PRAGMA integrity_check"));
    }
}
