package dev.vigil.ui;

import com.googlecode.lanterna.input.KeyType;
import dev.vigil.ui.overlays.ConfirmOverlay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.vigil.ui.VirtualScreen.ch;
import static dev.vigil.ui.VirtualScreen.key;
import static dev.vigil.ui.VirtualScreen.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bottom lines at 80x24 and 200x50: the filter prompt's keys, indicators never cut, the confirmation's list. */
class SmallScreenTest {
    @TempDir
    Path dir;

    private Session started() {
        Session s = VirtualScreen.session(dir);
        s.accept(new FakeSampler(0).sample());
        return s;
    }

    @Test
    void theFilterPromptShowsItsKeysEvenWithALongTextAndEscClears() throws Exception {
        for (int[] size : new int[][] {{80, 24}, {200, 50}}) {
            VirtualScreen v = new VirtualScreen(size[0], size[1]);
            Session s = started();
            s.handleKey(key(KeyType.F4));
            type(s, "java");
            v.paint(s);
            String line = v.lines().get(size[1] - 1);
            assertTrue(line.startsWith("Filter: java_  Enter done  Esc clear  e.g. java"), line);
            type(s, " user:alice".repeat(20));
            v.paint(s);
            line = v.lines().get(size[1] - 1);
            assertTrue(line.endsWith("user:alice_  Enter done  Esc clear"), "keys stay, the start of the text goes\n" + line);
            assertEquals(size[0], line.length(), line);
            s.handleKey(key(KeyType.Escape));
            assertTrue(s.view().filter().isEmpty(), "Esc clears, as in htop");
        }
    }

    @Test
    void aLongFilterIsCutBeforeAnyOtherIndicator() throws Exception {
        for (int[] size : new int[][] {{80, 24}, {200, 50}}) {
            VirtualScreen v = new VirtualScreen(size[0], size[1]);
            Session s = started();
            s.handleKey(key(KeyType.F4));
            type(s, "user:alice " + "cpu>=0 ".repeat(30));
            s.handleKey(key(KeyType.Enter));
            s.handleKey(key(KeyType.F5));
            s.handleKey(ch('Z'));
            v.paint(s);
            String status = v.lines().get(size[1] - 2);
            assertTrue(status.endsWith("…] [tree] [PAUSED]"), status);
            assertTrue(status.contains("[filter: user:alice c"), status);
            java.nio.file.Files.deleteIfExists(dir.resolve("vigil.conf")); // tree is saved: start the next size afresh
        }
    }

    @Test
    void aConfirmationListsItsTargetsAsFarAsTheyFit() {
        List<String> many = List.of("1200 java", "1300 cc1", "1400 rsync", "1500 postgres", "1600 sshd",
                "1700 bash", "1800 sleep", "1900 top", "2000 vim", "2100 make", "2200 cc1plus", "2300 ld");
        List<String> lines = ConfirmOverlay.listed(many, 40, false);
        assertEquals(3, lines.size(), lines.toString());
        assertEquals("1200 java, 1300 cc1, 1400 rsync,", lines.get(0));
        assertTrue(lines.get(2).matches(".*[a-z0-9] and \\d+ more"), lines.toString());
        assertEquals(List.of("1200 java, 1300 cc1"), ConfirmOverlay.listed(many.subList(0, 2), 40, false));
    }

    @Test
    void helpLinesWrapInsteadOfBeingCut() throws Exception {
        for (int[] size : new int[][] {{80, 24}, {200, 50}}) {
            Session s = started();
            List<String> all = new java.util.ArrayList<>();
            VirtualScreen v = new VirtualScreen(size[0], size[1]);
            s.handleKey(key(KeyType.F1));
            for (int page = 0; page < 30; page++) {
                v.paint(s);
                List<String> l = v.lines();
                for (int r = 1; r < size[1] - 1; r++) all.add(l.get(r).substring(1, size[0] - 1).strip());
                s.handleKey(key(KeyType.PageDown));
            }
            String text = String.join("\n", all);
            for (String line : dev.vigil.ui.overlays.HelpOverlay.lines(s.keys())) {
                for (String word : line.strip().split(" +")) {
                    if (word.startsWith("#")) continue;
                    assertTrue(text.contains(word), "'" + word + "' of '" + line + "' shows at " + size[0] + "\n" + text);
                }
            }
            for (String l : dev.vigil.ui.overlays.HelpOverlay.lines(s.keys(), size[0] - 4)) {
                assertTrue(l.length() <= size[0] - 4, l);
            }
        }
    }

    @Test
    void aDeepTreeNarrowsItsGuidesSoTwelveCharactersOfEveryCommandShow() throws Exception {
        List<dev.vigil.sample.ProcessSample> chain = new java.util.ArrayList<>();
        chain.add(dev.vigil.model.Procs.proc(100, 1, "root", "alice", 'S', 0.0));
        for (int pid = 101; pid < 130; pid++) {
            chain.add(dev.vigil.model.Procs.proc(pid, pid - 1, "depth" + (pid - 100), "alice", 'S', 0.0));
        }
        for (int[] size : new int[][] {{80, 24}, {200, 50}}) {
            VirtualScreen v = new VirtualScreen(size[0], size[1]);
            Session s = VirtualScreen.session(dir);
            s.accept(new dev.vigil.sample.Snapshot(1, System.currentTimeMillis(), 1000,
                    dev.vigil.model.Procs.system(2), chain, 100));
            s.handleKey(key(KeyType.F5));
            int seen = 0;
            for (int page = 0; page < 5; page++) {
                v.paint(s);
                List<String> l = v.lines();
                int head = v.rowOf(" PID ");
                int at = l.get(head).indexOf("COMMAND");
                for (int r = head + 1; r < size[1] - 2; r++) {
                    String cell = l.get(r).length() > at ? l.get(r).substring(at) : "";
                    if (cell.isBlank()) continue;
                    String command = cell.replaceAll("^[│├└─… ]*", "");
                    assertTrue(command.startsWith("/usr/bin/") && command.length() >= 12,
                            "at least 12 characters of the command: '" + cell + "'\n" + v.text());
                    seen++;
                }
                for (int k = 0; k < 18; k++) s.handleKey(key(KeyType.ArrowDown));
            }
            assertTrue(seen >= 30, "every row was looked at: " + seen);
            assertTrue(v.text().contains("    129 alice"), "the deepest row was reached\n" + v.text());
            java.nio.file.Files.deleteIfExists(dir.resolve("vigil.conf"));
        }
    }
}
