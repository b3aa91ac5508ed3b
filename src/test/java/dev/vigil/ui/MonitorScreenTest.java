package dev.vigil.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import dev.vigil.model.Procs;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.ui.views.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.vigil.ui.VirtualScreen.ch;
import static dev.vigil.ui.VirtualScreen.key;
import static dev.vigil.ui.VirtualScreen.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole frame drawn on a virtual terminal from hand-made snapshots, checked as text. */
class MonitorScreenTest {
    @TempDir
    Path dir;

    private Session started(Map<String, String> env, MonitorOptions o) {
        Session s = VirtualScreen.session(dir, env, o);
        s.accept(new FakeSampler(0).sample());
        return s;
    }

    private Session started() {
        return started(VirtualScreen.utf8Env(), VirtualScreen.options());
    }

    @Test
    void headerMetersColumnsAndSortMarker() throws Exception {
        VirtualScreen v = new VirtualScreen(120, 40);
        Session s = started();
        v.paint(s);
        List<String> l = v.lines();
        assertTrue(l.get(0).startsWith("  0[") && l.get(0).contains("13.5%]"), l.get(0));
        assertTrue(l.get(0).contains("  2[") && l.get(1).contains("  3[") && l.get(1).contains("97.5%]"), v.text());
        assertTrue(l.get(2).startsWith("Mem[") && l.get(2).contains("6.0G/16.0G]"), l.get(2));
        assertTrue(l.get(3).startsWith("Swp[") && l.get(3).contains("300M/4.0G]"), l.get(3));
        assertTrue(l.get(2).contains("Tasks: 11, 30 thr, 59 kthr; 2 running"), l.get(2));
        assertTrue(l.get(3).contains("Load average: 1.25 0.80 0.42"), l.get(3));
        assertTrue(l.get(4).contains("Uptime: 1 day, 03:25:07"), l.get(4));
        assertTrue(l.get(0).contains("█"), "bar glyphs in UTF-8 mode");
        assertTrue(l.get(5).matches(" +PID USER +PRI +NI +VIRT +RES S +CPU%▼ MEM% +TIME\\+ COMMAND"), l.get(5));
        assertTrue(l.get(6).matches(" +1200 alice +20 +0 +40\\.0M +1\\.0M R +88\\.5 +0\\.0 +30:00\\.00 /usr/bin/java --id 1200"), l.get(6));
        assertTrue(l.get(39).startsWith("F1Help  F2Setup F3Search"), l.get(39));
        assertTrue(l.get(39).contains("F10Quit"), l.get(39));

        s.handleKey(ch('I'));
        v.paint(s);
        assertTrue(v.lines().get(5).contains("CPU%▲"), v.lines().get(5));
        assertTrue(v.lines().get(6).contains("/usr/bin/sshd"), "lowest CPU first, ties on PID: " + v.lines().get(6));
        s.handleKey(ch('N'));
        v.paint(s);
        assertTrue(v.lines().get(5).contains("PID▲"), v.lines().get(5));
        assertTrue(v.lines().get(6).contains("/usr/bin/systemd"), v.lines().get(6));
        s.handleKey(ch('>'));
        v.paint(s);
        assertTrue(v.lines().get(5).contains("USER▲"), v.lines().get(5));
        s.handleKey(ch('M'));
        v.paint(s);
        assertTrue(v.lines().get(5).contains("MEM%▼"), v.lines().get(5));
        s.handleKey(ch('T'));
        v.paint(s);
        assertTrue(v.lines().get(5).contains("TIME+▼"), v.lines().get(5));
    }

    @Test
    void sortPickerChoosesAColumn() throws Exception {
        VirtualScreen v = new VirtualScreen(120, 40);
        Session s = started();
        s.handleKey(key(KeyType.F6));
        v.paint(s);
        assertTrue(v.text().contains("Sort by"), v.text());
        s.handleKey(key(KeyType.Home));
        s.handleKey(key(KeyType.Enter));
        v.paint(s);
        assertTrue(v.lines().get(5).contains("PID▲"), v.lines().get(5));
        assertTrue(Files.readString(dir.resolve("vigil.conf")).contains("sort=PID\n"), "sort is saved");
    }

    @Test
    void treeBranchesAndCollapseCounts() throws Exception {
        VirtualScreen v = new VirtualScreen(120, 40);
        Session s = started();
        s.handleKey(key(KeyType.F5));
        v.paint(s);
        String t = v.text();
        assertTrue(t.contains("├─ /usr/bin/rsync --id 1400"), t);
        assertTrue(t.contains("└─ /usr/bin/sshd --id 410"), t);
        assertTrue(t.contains("   └─ /usr/bin/bash --id 880"), t);
        assertTrue(t.contains("      │  ├─ /usr/bin/java --id 1200"), t);
        assertTrue(v.lines().get(38).contains("[tree]"), v.lines().get(38));

        s.handleKey(key(KeyType.F3));
        type(s, "bash");
        s.handleKey(key(KeyType.Enter));
        s.handleKey(ch('-'));
        v.paint(s);
        t = v.text();
        assertTrue(t.contains("└─ [+5] /usr/bin/bash --id 880"), t);
        assertFalse(t.contains("/usr/bin/java"), t);
        assertTrue(Files.readString(dir.resolve("vigil.conf")).contains("collapsed=880@1880"), "collapse is saved by identity");

        s.handleKey(ch('+'));
        v.paint(s);
        assertTrue(v.text().contains("/usr/bin/java"));

        s.handleKey(ch('*'));
        v.paint(s);
        assertTrue(v.text().contains("[+9] /usr/bin/systemd --id 1"), v.text());
        s.handleKey(ch('*'));
        v.paint(s);
        assertTrue(v.text().contains("/usr/bin/java"));
    }

    @Test
    void filterNarrowsRowsAndABadQueryKeepsTheOldOne() throws Exception {
        VirtualScreen v = new VirtualScreen(120, 40);
        Session s = started();
        s.handleKey(key(KeyType.F4));
        type(s, "user:alice");
        v.paint(s);
        assertTrue(v.lines().get(39).startsWith("Filter: user:alice_"), v.lines().get(39));
        s.handleKey(key(KeyType.Enter));
        v.paint(s);
        List<String> body = v.lines().subList(6, 12);
        for (String line : body) assertTrue(line.contains(" alice "), line);
        assertEquals("", v.lines().get(12).trim());
        assertTrue(v.lines().get(38).contains("[filter: user:alice]"), v.lines().get(38));
        assertTrue(v.lines().get(38).contains("6 shown"), v.lines().get(38));

        s.handleKey(ch('\\'));
        type(s, " colour:red");
        v.paint(s);
        assertTrue(v.lines().get(38).contains("bad filter at column 12: unknown field 'colour'"), v.lines().get(38));
        s.handleKey(key(KeyType.Enter));
        v.paint(s);
        assertTrue(v.lines().get(38).startsWith("filter not changed: column 12: unknown field 'colour'"), v.lines().get(38));
        assertEquals("user:alice", s.view().filter().text());
        assertTrue(v.lines().get(6).contains(" alice "));

        s.handleKey(key(KeyType.F4));
        for (int i = 0; i < 10; i++) s.handleKey(key(KeyType.Backspace));
        type(s, "cpu>40");
        s.handleKey(key(KeyType.Enter));
        v.paint(s);
        assertTrue(v.lines().get(6).contains("java") && v.lines().get(7).contains("cc1"), v.text());
        assertEquals("", v.lines().get(8).trim());

        s.handleKey(key(KeyType.F4));
        type(s, "zzz");
        s.handleKey(key(KeyType.Escape));
        assertEquals("", s.view().filter().text(), "Esc clears the filter, as in htop");
        v.paint(s);
        assertTrue(v.lines().get(38).startsWith("filter cleared"), v.lines().get(38));

        s.handleKey(key(KeyType.F4));
        type(s, " nomatch");
        s.handleKey(key(KeyType.Enter));
        v.paint(s);
        assertTrue(v.text().contains("no process matches the filter"), v.text());
    }

    @Test
    void searchMovesTheSelectionAsYouType() throws Exception {
        VirtualScreen v = new VirtualScreen(120, 40);
        Session s = started();
        assertEquals(1200, s.cursor().selectedRow().process().pid());
        s.handleKey(ch('/'));
        type(s, "r");
        assertEquals(1200, s.cursor().selectedRow().process().pid(), "'r' is in /usr/bin/java: stays");
        type(s, "sy");
        assertEquals(1400, s.cursor().selectedRow().process().pid());
        v.paint(s);
        int row = v.rowOf("/usr/bin/rsync");
        assertEquals(TextColor.ANSI.CYAN, v.at(3, row).getBackgroundColor(), "selected row highlighted");
        assertTrue(v.lines().get(39).startsWith("Search: rsy_"), v.lines().get(39));
        s.handleKey(key(KeyType.Escape));
        assertEquals(1200, s.cursor().selectedRow().process().pid(), "Esc goes back");

        s.handleKey(key(KeyType.F3));
        type(s, "usr/bin/");
        assertEquals(1200, s.cursor().selectedRow().process().pid());
        s.handleKey(key(KeyType.F3));
        assertEquals(1300, s.cursor().selectedRow().process().pid(), "F3 goes to the next match");
        s.handleKey(key(KeyType.Enter));
        assertEquals(1300, s.cursor().selectedRow().process().pid(), "Enter keeps");
        s.handleKey(ch('n'));
        assertEquals(1400, s.cursor().selectedRow().process().pid(), "n finds the next match later");

        s.handleKey(ch('/'));
        type(s, "nothing-like-this");
        v.paint(s);
        assertTrue(v.lines().get(38).contains("no match for 'nothing-like-this'"), v.lines().get(38));
    }

    @Test
    void selectionFollowsTheProcessAcrossSnapshots() {
        Session s = started();
        s.cursor().move(2);
        assertEquals(1400, s.cursor().selectedRow().process().pid());
        List<ProcessSample> ps = new ArrayList<>(FakeSampler.base(1));
        ps.replaceAll(p -> p.pid() == 1400 ? Procs.withCpu(p, 99.9) : p);
        s.accept(new Snapshot(2, 0, 1000, Procs.system(4), ps, 1));
        assertEquals(1400, s.cursor().selectedRow().process().pid());
        assertEquals(0, s.cursor().selectedIndex());
        ps.removeIf(p -> p.pid() == 1400);
        s.accept(new Snapshot(3, 0, 1000, Procs.system(4), ps, 1));
        assertEquals(1, s.cursor().selectedRow().process().pid(), "rsync died: its parent is selected");
    }

    @Test
    void asciiModeWritesNoNonAsciiCharacter() throws Exception {
        for (boolean viaOption : new boolean[]{false, true}) {
            Map<String, String> env = VirtualScreen.utf8Env();
            MonitorOptions o = VirtualScreen.options();
            if (viaOption) {
                o = new MonitorOptions(0, java.util.Set.of(), null, null, null, false, false, true, false, false, List.of());
            } else {
                env.put("LANG", "C");
            }
            VirtualScreen v = new VirtualScreen(200, 40);
            Session s = VirtualScreen.session(dir.resolve("a" + viaOption), env, o);
            List<ProcessSample> ps = new ArrayList<>(FakeSampler.base(1));
            ProcessSample odd = Procs.proc(2000, 880, "café", "alice", 'S', 50);
            ps.add(new ProcessSample(2000, 2000, 880, 1000, "jürgen", 'S', 0, 20, 1, 1, 1, 50, 1, 1, 5000, 0,
                    "café", "café ☕ 日本 \udcff\u202e end", Double.NaN, Double.NaN, false, 1000));
            s.accept(new Snapshot(1, 0, 0, Procs.system(4), ps, 1));
            s.handleKey(key(KeyType.F5));
            v.paint(s);
            String t = v.text();
            assertTrue(t.contains("|- ") && t.contains("`- "), t);
            assertTrue(t.contains("caf\\xc3\\xa9 \\xe2\\x98\\x95 \\xe6\\x97\\xa5\\xe6\\x9c\\xac \\xff\\u{202e} end"), t);
            assertTrue(t.contains("CPU%v"), t);
            assertTrue(t.contains("|||"), "ASCII bars: " + t);
            s.handleKey(key(KeyType.F1));
            v.paint(s);
            String help = v.text();
            for (String each : new String[]{t, help}) {
                for (char c : each.toCharArray()) assertTrue(c < 128, "non-ASCII " + (int) c + " in\n" + each);
                assertFalse(each.contains("?") && !each.contains("F1 h ?"), "no '?' garbage");
            }
            assertTrue(odd.pid() == 2000);
        }
    }

    @Test
    void unicodeModeKeepsNamesButEscapesControlAndDirectionCharacters() throws Exception {
        VirtualScreen v = new VirtualScreen(120, 40);
        Session s = VirtualScreen.session(dir);
        List<ProcessSample> ps = new ArrayList<>(FakeSampler.base(1));
        ps.add(new ProcessSample(2000, 2000, 880, 1000, "alice", 'S', 0, 20, 1, 1, 1, 99, 1, 1, 5000, 0,
                "café", "café 日本 tab\there \u202eevil", Double.NaN, Double.NaN, false, 1000));
        s.accept(new Snapshot(1, 0, 0, Procs.system(4), ps, 1));
        v.paint(s);
        assertTrue(v.text().contains("café 日本 tab\\there \\u{202e}evil"), v.text());
    }

    @Test
    void tinyAndHugeWindowsDrawWithoutException() throws Exception {
        Session s = started();
        VirtualScreen v = new VirtualScreen(120, 40);
        int[][] sizes = {{20, 6}, {19, 5}, {1, 1}, {5, 2}, {80, 24}, {200, 60}, {40, 8}, {20, 6}};
        for (int[] size : sizes) {
            v.resize(size[0], size[1]);
            Layout l = v.paint(s);
            List<String> lines = v.lines();
            if (size[0] >= 20 && size[1] >= 6) {
                assertFalse(l.tooSmall());
                assertTrue(l.tableRows() >= 2, size[0] + "x" + size[1] + " " + l);
                assertTrue(lines.get(l.tableTop()).contains("PID"), String.join("\n", lines));
                assertTrue(lines.get(size[1] - 1).startsWith("F1Help"), String.join("\n", lines));
            } else {
                assertTrue(l.tooSmall());
            }
        }
        v.resize(12, 3);
        v.paint(s);
        assertTrue(v.text().startsWith("vigil: windo"), v.text());
        s.handleKey(key(KeyType.F1));
        v.resize(20, 6);
        v.paint(s);
        s.handleKey(key(KeyType.Escape));
        s.handleKey(key(KeyType.F2));
        v.paint(s);
        s.handleKey(key(KeyType.Escape));
        s.handleKey(key(KeyType.F3));
        v.paint(s);
    }

    @Test
    void headerFoldsOnNarrowAndShortScreens() throws Exception {
        Session s = started();
        VirtualScreen v = new VirtualScreen(60, 40);
        v.paint(s);
        List<String> l = v.lines();
        assertTrue(l.get(0).startsWith("  0[") && l.get(3).startsWith("  3["), "one column of CPU bars at 60 wide");
        assertTrue(l.get(4).startsWith("Mem[") && l.get(6).startsWith("Tasks:"), v.text());
        v.resize(120, 10);
        v.paint(s);
        assertTrue(v.lines().get(0).startsWith("CPU 40.2% Mem 38% Swp 7% Load 1.25"), v.text());
    }

    @Test
    void monochromeUsesReverseVideoForTheSelection() throws Exception {
        for (Map<String, String> env : List.of(Map.of("LANG", "C.UTF-8", "TERM", "vt100"),
                Map.of("LANG", "C.UTF-8", "TERM", "xterm", "NO_COLOR", "1"))) {
            VirtualScreen v = new VirtualScreen(120, 40);
            Session s = started(env, VirtualScreen.options());
            v.paint(s);
            TextCharacter sel = v.at(2, 6);
            assertTrue(sel.getModifiers().contains(SGR.REVERSE), sel.toString());
            for (int r = 0; r < 40; r++) {
                for (int c = 0; c < 120; c++) {
                    TextCharacter ch = v.at(c, r);
                    assertEquals(TextColor.ANSI.DEFAULT, ch.getForegroundColor(), "color at " + c + "," + r);
                    assertEquals(TextColor.ANSI.DEFAULT, ch.getBackgroundColor(), "color at " + c + "," + r);
                }
            }
        }
        MonitorOptions noColor = new MonitorOptions(0, java.util.Set.of(), null, null, null, false, true, false,
                false, false, List.of());
        assertFalse(started(VirtualScreen.utf8Env(), noColor).theme().color());
        assertTrue(started().theme().color());
    }

    @Test
    void rowsAreColoredByState() throws Exception {
        VirtualScreen v = new VirtualScreen(120, 40);
        Session s = started();
        v.paint(s);
        assertEquals(TextColor.ANSI.GREEN_BRIGHT, v.at(2, v.rowOf("/usr/bin/cc1")).getForegroundColor());
        assertEquals(TextColor.ANSI.RED, v.at(2, v.rowOf("/usr/bin/rsync")).getForegroundColor());
        assertEquals(TextColor.ANSI.MAGENTA, v.at(2, v.rowOf("/usr/bin/defunct")).getForegroundColor());
        assertEquals(TextColor.ANSI.BLUE_BRIGHT, v.at(2, v.rowOf("/usr/bin/vim")).getForegroundColor());
        assertEquals(TextColor.ANSI.DEFAULT, v.at(2, v.rowOf("/usr/bin/postgres")).getForegroundColor());
    }
}
