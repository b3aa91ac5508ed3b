package dev.vigil.ui;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import dev.vigil.app.App;
import dev.vigil.app.LiveSource;
import dev.vigil.model.Procs;
import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.ui.keys.KeyTable;
import dev.vigil.ui.keys.MainKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.vigil.ui.VirtualScreen.ch;
import static dev.vigil.ui.VirtualScreen.ctrl;
import static dev.vigil.ui.VirtualScreen.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The alert pane, row marks, header note and the A w ! a keys, on a virtual terminal. */
class AlertUiTest {
    @TempDir
    Path dir;

    static final ProcessSample SHELL = Procs.proc(4000, 1, "bash", "alice", 'S', 0.5);
    static final ProcessSample BUSY = Procs.proc(4321, 4000, "busy", "alice", 'R', 99.0);
    static final ProcessSample IDLE = Procs.proc(4500, 4000, "sleep", "alice", 'S', 0.0);

    private final long t0 = System.currentTimeMillis() - 10_000;
    private long seq;
    private int bells;
    private AlertUi ui;

    private Session session(String... rules) {
        KeyTable keys = MainKeys.table();
        ui = AlertUi.addTo(keys);
        MonitorOptions o = new MonitorOptions(0, Set.of(), null, null, null, false, false, false, false, false,
                List.of(rules));
        Session s = attach(o, keys, dir.resolve("state/alerts.jsonl"));
        s.setControls(new Controls() {
            @Override
            public void post(Runnable task) {
                task.run();
            }

            @Override
            public void bell() {
                bells++;
            }
        });
        return s;
    }

    /** A session on an app with its config in dir and its alert log at log, the alerts attached. */
    private Session attach(MonitorOptions o, KeyTable keys, Path log) {
        Map<String, String> env = VirtualScreen.utf8Env();
        App app = App.create(LiveSource.of(new FakeSampler(0)), Monitor.runOptions(o, env, new ArrayList<>()),
                new App.Paths(dir.resolve("vigil.conf"), log, dir.resolve("state")));
        Session s = Setup.create(o, env, app, keys);
        ui.attach(s);
        return s;
    }

    /** What the sampler thread and the event loop do with one snapshot, a second after the last. */
    private void feed(Session s, ProcessSample... ps) {
        seq++;
        Snapshot snap = new Snapshot(seq, t0 + seq * 1000, 1000, Procs.system(2), List.of(ps), 100);
        s.app().listeners().run(snap);
        s.accept(snap);
    }

    private static void type(Session s, String text) {
        VirtualScreen.type(s, text);
    }

    @Test
    void thePaneShowsAnAlertForABusyChildWithItsPidOnceItHeld() throws Exception {
        VirtualScreen v = new VirtualScreen(120, 40);
        Session s = session("cpu > 50 for 2s where pid = 4321");
        feed(s, SHELL, BUSY, IDLE);
        feed(s, SHELL, BUSY, IDLE);
        v.paint(s);
        assertFalse(v.text().contains("Alerts:"), "held 1 s of 2: nothing yet\n" + v.text());
        feed(s, SHELL, BUSY, IDLE);
        v.paint(s);
        String text = v.text();
        assertTrue(text.contains("Alerts: 1 active"), text);
        assertTrue(text.contains("WARN 4321 busy"), text);
        assertTrue(text.contains("cpu > 50 for 2s where pid = 4321"), text);
        assertTrue(text.matches("(?s).*WARN 4321 busy +99\\.0  \\ds\n.*"), "value and held time\n" + text);
        assertTrue(text.contains("Alerts: 1 warning"), "header note\n" + text);
        int row = v.rowOf("   4321 alice");
        int paneColumn = text.lines().toList().get(v.rowOf("WARN 4321 busy")).indexOf("WARN 4321");
        assertTrue(paneColumn >= 70, "the pane is on the right: " + paneColumn);
        assertEquals(0, s.cursor().selectedIndex(), "busy is the first row and selected");
        s.cursor().move(1);
        v.paint(s);
        assertEquals(TextColor.ANSI.YELLOW, v.at(0, row).getBackgroundColor(), "the alert's row is marked");
        assertNotEquals(TextColor.ANSI.YELLOW, v.at(0, v.rowOf("   4000 alice")).getBackgroundColor());
        String log = Files.readString(dir.resolve("state/alerts.jsonl"));
        assertTrue(log.contains("\"event\":\"fired\"") && log.contains("\"pid\":4321"), log);
    }

    @Test
    void aLongRuleWrapsInThePaneAndAsciiModeStaysAscii() throws Exception {
        VirtualScreen v = new VirtualScreen(100, 30);
        KeyTable keys = MainKeys.table();
        ui = AlertUi.addTo(keys);
        MonitorOptions o = new MonitorOptions(0, Set.of(), null, null, null, false, false, true, false, false,
                List.of("cpu > 50 where name:busy user:alice severity critical cooldown 5m"));
        Session s = attach(o, keys, dir.resolve("state/alerts.jsonl"));
        feed(s, SHELL, BUSY, IDLE);
        s.handleKey(ch('A'));
        v.paint(s);
        List<String> lines = v.lines();
        int at = v.rowOf("CRIT 4321 busy");
        assertTrue(at > 0 && lines.get(at + 1).contains("|"), v.text());
        String pane = lines.get(at + 1).substring(lines.get(at + 1).indexOf('|'));
        assertEquals("|   cpu > 50 where name:busy", pane, v.text());
        assertTrue(lines.get(at + 2).endsWith("|   user:alice severity critical"), v.text());
        assertTrue(lines.get(at + 3).endsWith("|   cooldown 5m"), v.text());
        assertTrue(v.text().contains("| cpu > 50 where name:busy user:~"), "rules cut with an ASCII ellipsis\n" + v.text());
        for (char c : v.text().toCharArray()) assertTrue(c < 128, "ASCII only: " + (int) c + "\n" + v.text());
    }

    @Test
    void alertExecRunsForFiredAlertsAndALogThatCannotBeWrittenSaysSo() throws Exception {
        Path got = dir.resolve("got");
        Files.writeString(dir.resolve("not-a-dir"), "x");
        KeyTable keys = MainKeys.table();
        ui = AlertUi.addTo(keys);
        MonitorOptions o = new MonitorOptions(0, Set.of(), null, null, null, false, false, false, false, false,
                List.of("cpu > 50 where pid = 4321"), "sh -c 'cat > \"$0\"' " + got);
        Session s = attach(o, keys, dir.resolve("not-a-dir/alerts.jsonl"));
        feed(s, SHELL, BUSY, IDLE);
        assertTrue(s.statusLine().error() && s.statusLine().text().startsWith("alert log " + dir.resolve("not-a-dir")),
                s.statusLine().text());
        for (int i = 0; i < 200 && !(Files.exists(got) && Files.readString(got).endsWith("}\n")); i++) Thread.sleep(25);
        String json = Files.readString(got);
        assertTrue(json.startsWith("{\"rule\":\"cpu > 50 where pid = 4321\",\"severity\":\"warning\",\"state\":\"active\","
                + "\"pid\":4321,\"name\":\"busy\""), json);
        ui.close();
    }

    @Test
    void capitalAShowsAndHidesThePaneAndTheChoiceIsSavedAndKept() throws Exception {
        VirtualScreen v = new VirtualScreen(120, 40);
        Session s = session("cpu > 50 where pid = 4321", "cpu > 50 for 3s where pid = 4321 severity critical");
        feed(s, SHELL, IDLE);
        v.paint(s);
        assertFalse(v.text().contains("Alerts:"), "no alert, no pane");
        s.handleKey(ch('A'));
        v.paint(s);
        assertTrue(v.text().contains("Alerts: none active") && v.text().contains("no active alerts"), v.text());
        assertTrue(v.text().contains("Rules: 7 (! adds one)"), "five defaults and two --alert\n" + v.text());
        assertTrue(Files.readString(dir.resolve("vigil.conf")).contains("alerts.pane=on\n"));
        s.handleKey(ch('A'));
        v.paint(s);
        assertFalse(v.text().contains("Alerts: none"), v.text());
        assertTrue(Files.readString(dir.resolve("vigil.conf")).contains("alerts.pane=off\n"));
        feed(s, SHELL, BUSY, IDLE);
        v.paint(s);
        assertFalse(v.text().contains("Alerts: 1 active"), "hidden by A stays hidden\n" + v.text());
        String strip = v.lines().get(37);
        assertTrue(strip.matches("WARN 4321 busy  99\\.0 \\ds  cpu > 50 where pid = 4321 +A: alert pane"), strip);
        assertTrue(v.text().contains("Alerts: 1 warning"), "the header still counts\n" + v.text());
        feed(s, SHELL, BUSY, IDLE);
        feed(s, SHELL, BUSY, IDLE);
        feed(s, SHELL, BUSY, IDLE);
        v.paint(s);
        strip = v.lines().get(37);
        assertTrue(strip.startsWith("CRIT 4321 busy") && strip.endsWith("+1 more  A: alert pane"), "loudest first\n" + strip);

        Session again = session();
        feed(again, SHELL, IDLE);
        v.paint(again);
        assertFalse(v.text().contains("Alerts: none"), "off is kept across a restart\n" + v.text());
        again.handleKey(ch('A'));
        Session third = session();
        feed(third, SHELL, IDLE);
        v.paint(third);
        assertTrue(v.text().contains("Alerts: none active"), "on is kept across a restart\n" + v.text());
        assertEquals(0, bells, "alerts.bell is off");
    }

    @Test
    void below120ColumnsAnAlertTakesOneLineNotTheCommandColumn() throws Exception {
        for (int[] size : new int[][] {{80, 24}, {119, 30}}) {
            VirtualScreen v = new VirtualScreen(size[0], size[1]);
            Session s = session("cpu > 50 where pid = 4321");
            feed(s, SHELL, BUSY, IDLE);
            v.paint(s);
            List<String> l = v.lines();
            int h = size[1];
            assertTrue(l.get(v.rowOf(" PID ")).contains("COMMAND"), v.text());
            assertFalse(v.text().contains("Alerts: 1 active"), "no pane\n" + v.text());
            assertTrue(l.get(h - 3).matches("WARN 4321 busy  99\\.0 \\ds  cpu > 50 where pid = 4321 +A: alert pane"), v.text());
            assertTrue(l.get(h - 1).startsWith("F1Help"), v.text());
            s.handleKey(ch('A'));
            v.paint(s);
            assertTrue(v.text().contains("Alerts: 1 active"), "A opens the pane at any width\n" + v.text());
            assertFalse(v.lines().get(h - 3).contains("A: alert pane"), v.text());
            Files.delete(dir.resolve("vigil.conf"));
        }
    }

    @Test
    void atOrAbove120ColumnsThePaneStillOpensByItselfUntilAHidesIt() throws Exception {
        VirtualScreen v = new VirtualScreen(200, 50);
        Session s = session("cpu > 50 where pid = 4321");
        feed(s, SHELL, BUSY, IDLE);
        v.paint(s);
        assertTrue(v.text().contains("Alerts: 1 active"), v.text());
        assertFalse(v.text().contains("A: alert pane"), "no strip beside the pane\n" + v.text());
        s.handleKey(ch('A'));
        v.paint(s);
        assertFalse(v.text().contains("Alerts: 1 active"), v.text());
        assertTrue(v.lines().get(47).startsWith("WARN 4321 busy"), v.text());
    }

    @Test
    void valuesAndHeldTimesLineUpDownThePane() throws Exception {
        VirtualScreen v = new VirtualScreen(200, 50);
        Session s = session("cpu > 50 where pid = 4321", "cpu > 50 for 3s where pid = 4321 severity critical");
        seq = -100; // the first alert fired about 110 s ago: "1m5.s" beside "5s"
        feed(s, SHELL, BUSY, IDLE);
        seq = 0;
        for (int i = 0; i < 5; i++) feed(s, SHELL, BUSY, IDLE);
        v.paint(s);
        List<String> rows = v.lines().stream().filter(l -> l.matches(".*│ (WARN|CRIT) 4321 busy .*"))
                .map(l -> l.substring(l.indexOf('│'))).toList();
        assertEquals(3, rows.size(), v.text());
        assertTrue(rows.stream().anyMatch(l -> l.matches(".*99\\.0  1m\\d\\ds$")), v.text());
        assertTrue(rows.stream().anyMatch(l -> l.matches(".*99\\.0 +\\ds$")), v.text());
        for (String l : rows) {
            assertEquals(rows.get(0).indexOf("99.0"), l.indexOf("99.0"), "values line up\n" + v.text());
            assertEquals(rows.get(0).length(), l.length(), "held times end in one column\n" + v.text());
        }
    }

    @Test
    void thePromptRefusesABadRuleKeepsTheOldAndAddsAndSavesAGoodOne() throws Exception {
        VirtualScreen v = new VirtualScreen(120, 40);
        Session s = session();
        feed(s, SHELL, BUSY, IDLE);
        int before = ui.board().rules().size();
        s.handleKey(ch('!'));
        v.paint(s);
        assertTrue(v.text().contains("Alert rule: cpu > 50 for 10s where pid = 4321_"), "prefilled\n" + v.text());
        s.handleKey(ctrl('u'));
        type(s, "cpu >> 5");
        s.handleKey(key(KeyType.Enter));
        v.paint(s);
        assertTrue(v.text().contains("rule not added (the rules stay as they were): column 5: unknown operator '>>'"),
                v.text());
        assertTrue(v.text().contains("Alert rule: cpu >> 5_"), "the prompt stays to fix it\n" + v.text());
        assertEquals(before, ui.board().rules().size());
        s.handleKey(key(KeyType.Escape));
        assertEquals(null, s.overlays().top());

        s.handleKey(ch('!'));
        s.handleKey(ctrl('u'));
        type(s, "threads > 0 where pid = 4500 severity info");
        s.handleKey(key(KeyType.Enter));
        v.paint(s);
        assertTrue(v.text().contains("Rule added. Save it to the config? y"), v.text());
        assertEquals(before + 1, ui.board().rules().size());
        s.handleKey(ch('y'));
        v.paint(s);
        assertTrue(v.text().contains("saved to " + dir.resolve("vigil.conf")), v.text());
        assertTrue(Files.readString(dir.resolve("vigil.conf")).contains("\nalert=threads > 0 where pid = 4500 severity info\n"));
        feed(s, SHELL, BUSY, IDLE);
        v.paint(s);
        assertTrue(v.text().contains("INFO 4500 sleep"), "the new rule runs\n" + v.text());

        s.handleKey(ch('!'));
        s.handleKey(ctrl('u'));
        type(s, "rss > 1G");
        s.handleKey(key(KeyType.Enter));
        s.handleKey(ch('n'));
        v.paint(s);
        assertTrue(v.text().contains("rule 'rss > 1G' added for this run only"), v.text());
        assertFalse(Files.readString(dir.resolve("vigil.conf")).contains("rss > 1G"));
        assertEquals(before + 2, ui.board().rules().size());
    }

    @Test
    void wWatchesTheSelectedProcessAndItsExitRaisesAnAlert() throws Exception {
        VirtualScreen v = new VirtualScreen(120, 40);
        Session s = session();
        feed(s, SHELL, BUSY, IDLE);
        s.cursor().select(new Identity(4500, 1000 + 4500));
        s.handleKey(ch('w'));
        v.paint(s);
        assertTrue(v.text().contains("watching PID 4500 (sleep): an alert fires when it exits"), v.text());
        assertEquals(Set.of(new Identity(4500, 5500)), ui.board().watched());
        s.handleKey(ch('A'));
        v.paint(s);
        assertTrue(v.text().contains("Watching: 4500 (sleep)"), v.text());
        s.handleKey(ch('A'));
        feed(s, SHELL, BUSY);
        v.paint(s);
        assertTrue(v.text().contains("WARN 4500 sleep"), "its exit\n" + v.text());
        assertTrue(v.text().contains("exit where pid = 4500"), v.text());

        s.cursor().select(new Identity(4000, 5000));
        s.handleKey(ch('w'));
        s.handleKey(ch('w'));
        assertTrue(s.statusLine().text().contains("no longer watching PID 4000 (bash)"), s.statusLine().text());
        assertEquals(Set.of(), ui.board().watched());
    }

    @Test
    void aAcknowledgesTheSelectedProcesssAlertsAndTheBellRingsOnNewCriticals() throws Exception {
        Files.writeString(dir.resolve("vigil.conf"), "alerts.bell=on\n");
        VirtualScreen v = new VirtualScreen(120, 40);
        Session s = session("cpu > 50 where pid = 4321 severity critical", "cpu > 0 where pid = 4000");
        feed(s, SHELL, BUSY, IDLE);
        assertEquals(1, bells, "one new critical alert");
        v.paint(s);
        assertTrue(v.text().contains("Alerts: 1 critical, 1 warning"), v.text());
        s.cursor().select(new Identity(4321, 5321));
        s.handleKey(ch('a'));
        v.paint(s);
        assertTrue(v.text().contains("acknowledged 1 alert of PID 4321: silenced until it clears"), v.text());
        assertTrue(v.text().contains("Alerts: 1 warning, 1 acknowledged"), v.text());
        assertTrue(v.text().contains("CRIT 4321 busy") && v.text().contains(" ack"), v.text());
        feed(s, SHELL, BUSY, IDLE);
        assertEquals(1, bells, "no bell for the same alert");
        s.cursor().select(new Identity(4500, 5500));
        s.handleKey(ch('a'));
        assertTrue(s.statusLine().text().contains("acknowledged 1 alert:"), "all the others\n" + s.statusLine().text());
        s.handleKey(ch('a'));
        assertTrue(s.statusLine().text().contains("no alerts to acknowledge"));
        List<String> events = new ArrayList<>();
        for (String l : Files.readAllLines(dir.resolve("state/alerts.jsonl"))) {
            events.add(l.replaceAll(".*\"event\":\"(\\w+)\".*\"pid\":(\\d+).*", "$1 $2"));
        }
        assertEquals(List.of("fired 4321", "fired 4000", "acknowledged 4321", "acknowledged 4000"), events);
    }

    @Test
    void ioCountersAreAskedForOnlyWhileARuleReadsThem() {
        assertFalse(session().hooks().wantsIo(), "the built-in rules need no /proc/PID/io");
        assertTrue(session("io > 10M for 5s").hooks().wantsIo(), "an io rule from the command line, before any sample");
        assertTrue(session("cpu > 50 where io>1M").hooks().wantsIo(), "io in a where query");
        Session s = session();
        feed(s, SHELL, BUSY, IDLE);
        s.handleKey(ch('!'));
        s.handleKey(ctrl('u'));
        type(s, "io > 1M");
        s.handleKey(key(KeyType.Enter));
        s.handleKey(ch('n'));
        assertTrue(s.hooks().wantsIo(), "a rule added at run time");
    }
}
