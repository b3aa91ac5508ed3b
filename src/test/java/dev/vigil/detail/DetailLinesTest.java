package dev.vigil.detail;

import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DetailLinesTest {

    private static List<Line> render(ProcessDetail d, ProcessDetail prev, History.Series h, int width, boolean unicode) {
        return DetailLines.render(d, prev, Fixtures.warnings(d), h, width, unicode, ZoneOffset.UTC);
    }

    private static String line(List<Line> lines, String label) {
        for (Line l : lines) {
            if (l.label().equals(label)) return l.value();
        }
        throw new AssertionError("no line " + label + " in " + DetailLines.plain(lines));
    }

    @Test
    void sectionsInOrder() {
        List<Line> lines = render(Fixtures.bash(), null, null, 80, true);
        List<String> headers = lines.stream().filter(l -> l.kind() == Line.Kind.HEADER).map(Line::section).toList();
        assertEquals(List.of("Warnings", "Identity", "State", "CPU and memory", "I/O", "Files", "Limits",
                "Containers", "Signals", "History"), headers);
        assertEquals("! TERM is ignored by this process; KILL or a different signal is needed", lines.get(1).text());
        assertEquals(Line.Kind.WARNING, lines.get(1).kind());
    }

    @Test
    void fieldValues() {
        List<Line> lines = render(Fixtures.bash(), null, null, 120, true);
        assertEquals("4242", line(lines, "PID"));
        assertEquals("-bash --login", line(lines, "Command"));
        assertEquals("/usr/bin/bash", line(lines, "Exe"));
        assertEquals("alice (1000)", line(lines, "User"));
        assertEquals("users (100)", line(lines, "Group"));
        assertEquals("2023-11-15 00:37:48 (1m40s ago)", line(lines, "Started"));
        assertEquals("systemd(1) → sshd(4000) → bash(4242)", line(lines, "Parents"));
        assertEquals("session 4000, process group 4242, tty pts/3", line(lines, "Session"));
        assertEquals("S  sleeping, in do_wait", line(lines, "State"));
        assertEquals("27 voluntary, 3 involuntary", line(lines, "Switches"));
        assertEquals("user 1.5s, system 420ms", line(lines, "CPU time"));
        assertEquals("2.9M: anon 276K, file 2.7M, shmem 0K", line(lines, "Resident"));
        assertEquals("read 4K, written 8K", line(lines, "Storage"));
        assertEquals("11 of 1024 (soft limit)", line(lines, "Open"));
        assertEquals("tcp 127.0.0.1:8080 LISTEN", line(lines, "fd 3"));
        assertEquals("unix STREAM /run/my app.sock LISTEN", line(lines, "fd 7"));
        assertEquals("soft 1024 files, hard 4096 files", line(lines, "open files"));
        assertEquals("soft 8.0M, hard unlimited", line(lines, "stack size"));
        assertEquals("soft unlimited, hard unlimited", line(lines, "cpu time"));
        assertEquals("soft 0, hard 0", line(lines, "nice priority"));
        assertEquals("same as vigil's", line(lines, "Namespaces"));
        assertEquals("/user.slice/user-1000.slice/session-3.scope", line(lines, "Cgroup"));
        assertEquals("QUIT TERM", line(lines, "Ignored"));
        assertEquals("USR1", line(lines, "Pending"));
        assertEquals("no samples yet", line(lines, "History"));
        assertEquals("Signals", lines.stream().filter(l -> l.label().equals("Caught")).findFirst().get().section());
    }

    @Test
    void needsRootIsShownAsSuch() {
        FakeProc p = Fixtures.proc().denied("4242/exe").denied("4242/fd").deniedOnRead("4242/io").remove("4242/cwd");
        List<Line> lines = render(Fixtures.detail(p, Fixtures.BASH), null, null, 80, true);
        assertEquals("needs root", line(lines, "Exe"));
        assertEquals("needs root", line(lines, "Open"));
        assertEquals("needs root", line(lines, "I/O"));
        assertEquals("unavailable", line(lines, "Cwd"));
        List<Line> env = DetailLines.environment(Fixtures.detail(Fixtures.proc().denied("4242/environ"), Fixtures.BASH), 80);
        assertEquals("needs root", line(env, "Environment"));
    }

    @Test
    void ioRatesFromThePreviousRead() {
        ProcessDetail before = Fixtures.bash();
        FakeProc later = Fixtures.proc().file("4242/io", Fixtures.IO.replace("read_bytes: 4096", "read_bytes: 2101248"));
        ProcessDetail after = new DetailReader(later, Fixtures.users(), () -> Fixtures.NOW + 2000)
                .read(Fixtures.BASH) instanceof DetailResult.Found f ? f.detail() : null;
        assertEquals("read 2.0M, written 8K (now 1.0M/s read, 0K/s written)", line(render(after, before, null, 120, true), "Storage"));
    }

    @Test
    void wrapsToTheWidthAndEscapes() {
        StringBuilder argv = new StringBuilder("python3\0");
        for (int i = 0; i < 40; i++) argv.append("--option-").append(i).append('\0');
        argv.append("tab\there\0");
        FakeProc p = Fixtures.proc().bytes("4242/cmdline", argv.toString().getBytes());
        for (int width : new int[] {80, 200, 40}) {
            List<Line> lines = render(Fixtures.detail(p, Fixtures.BASH), null, null, width, width != 40);
            for (Line l : lines) assertTrue(l.text().length() <= width, width + ": " + l.text());
        }
        List<Line> lines = render(Fixtures.detail(p, Fixtures.BASH), null, null, 80, true);
        String all = String.join("\n", DetailLines.plain(lines));
        assertTrue(all.contains("tab\\there"), all);
        assertTrue(all.contains("Command           python3 --option-0"), all);
        assertTrue(lines.stream().filter(l -> l.section().equals("Identity") && l.label().isEmpty()).count() > 2);
    }

    @Test
    void historySparklines() {
        History h = new History();
        long[] rss = {1 << 20, 2 << 20, 4 << 20, 8 << 20};
        double[] cpu = {0, 50, 100, 25};
        for (int i = 0; i < 4; i++) {
            ProcessSample s = HistoryTest.proc(4242, Fixtures.START_TICKS, 'S', cpu[i], rss[i]);
            h.update(new Snapshot(i + 1, 1000L * (i + 1), 1000, null, List.of(s), 0));
        }
        List<Line> lines = render(Fixtures.bash(), null, h.series(Fixtures.BASH), 80, true);
        assertEquals("▁▅█▃  now 25.0%, max 100.0%", line(lines, "CPU %"));
        assertEquals("▁▂▄█  now 8.0M, min 1.0M, max 8.0M", line(lines, "RSS"));
        assertEquals("3s, 4 samples", line(lines, "Span"));
        List<Line> ascii = render(Fixtures.bash(), null, h.series(Fixtures.BASH), 80, false);
        assertEquals("_-#.  now 25.0%, max 100.0%", line(ascii, "CPU %"));
        assertEquals("systemd(1) -> sshd(4000) -> bash(4242)", line(ascii, "Parents"));
    }

    @Test
    void environmentLines() {
        List<Line> env = DetailLines.environment(Fixtures.bash(), 80);
        assertEquals(List.of("Environment", "HOME=/home/alice", "TERM=xterm"), DetailLines.plain(env));
    }
}
