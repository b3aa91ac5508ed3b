package dev.vigil.cli;

import dev.vigil.app.SnapshotSource;
import dev.vigil.model.SortColumn;
import dev.vigil.ui.MonitorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line: good and bad values, exit statuses, and what reaches the monitor. */
class MainTest {
    record Result(int status, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n", -1)).subList(0, err.split("\n", -1).length - 1);
        }
    }

    final List<MonitorOptions> monitorCalls = new ArrayList<>();
    final List<Long> sleeps = new ArrayList<>();
    /** Every sampler a run made, in order; fresh for each run. */
    final List<FakeSampler> made = new java.util.concurrent.CopyOnWriteArrayList<>();
    int failOnCall;

    FakeSampler newSampler() {
        FakeSampler f = FakeSampler.of(List.of(FakeSampler.proc(1, "init", 0)));
        f.failOnCall = failOnCall;
        made.add(f);
        return f;
    }

    FakeSampler last() {
        return made.get(made.size() - 1);
    }

    @TempDir
    Path home;

    /** env plus XDG directories in a temporary home, so no run reads or writes the user's files. */
    Map<String, String> hermetic(Map<String, String> env) {
        Map<String, String> m = new HashMap<>(env);
        m.putIfAbsent("HOME", home.toString());
        m.putIfAbsent("XDG_CONFIG_HOME", home.resolve("config").toString());
        m.putIfAbsent("XDG_STATE_HOME", home.resolve("state").toString());
        return m;
    }

    Result run(Map<String, String> env, String... args) {
        env = hermetic(env);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.Wiring w = new Main.Wiring(env, this::newSampler, sleeps::add, (SnapshotSource s, MonitorOptions o) -> {
            monitorCalls.add(o);
            return 0;
        });
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), w);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Result run(String... args) {
        return run(Map.of("LANG", "C.UTF-8"), args);
    }

    /** Exit 2, exactly one line of reason and the usage line, nothing on stdout, no trace. */
    static void assertUsageError(Result r, String reasonPart) {
        assertEquals(2, r.status, r.err);
        assertEquals(2, r.errLines().size(), "two lines expected: " + r.err);
        assertTrue(r.errLines().get(0).startsWith("vigil: "), r.err);
        assertTrue(r.errLines().get(0).contains(reasonPart), r.err);
        assertEquals(Main.USAGE_LINE, r.errLines().get(1));
        assertFalse(r.err.contains("Exception") || r.err.contains("\tat "), r.err);
        assertEquals("", r.out);
    }

    /** The early samplers of runs that stopped at the options are closed, once each, soon. */
    void assertNothingPrintedAndClosed() {
        for (FakeSampler f : made) {
            for (int i = 0; i < 200 && !f.closed; i++) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
            assertEquals(1, f.closes);
            assertTrue(f.calls <= 1, "at most the priming sample");
        }
    }

    @Test
    void batchPrimesBeforeParsingIsDoneAndWaitsTheRest() {
        Result r = run("--json", "-n", "2", "-d", "3");
        assertEquals(0, r.status, r.err);
        assertEquals(3, last().calls, "priming sample and two snapshots");
        // Two waits: what is left of the priming interval after parsing (none if parsing took longer),
        // then the delay between the snapshots.
        assertTrue(sleeps.size() == 2 || sleeps.size() == 1, sleeps.toString());
        if (sleeps.size() == 2) assertTrue(sleeps.get(0) <= 250, "counted from the priming sample: " + sleeps);
        long between = sleeps.get(sleeps.size() - 1);
        assertTrue(between <= 300 && between > 200, sleeps.toString());
        assertEquals(1, last().closes);
    }

    @ParameterizedTest
    @CsvSource({"15,1500", "1,100", "1.5,150", "500ms,500", "2s,2000", "1.5s,1500", "1m,60000", " 20 ,2000",
            "100ms,100", "1h,3600000"})
    void delayForms(String text, long millis) throws Exception {
        assertEquals(millis, Options.parseDelay(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0ms", "-1", "-5s", "abc", "10x", "", "0.1", "49ms", "50ms", "99ms", "2h", "1.2.3", "s"})
    void badDelaysExit2(String text) {
        assertThrows(Options.BadOption.class, () -> Options.parseDelay(text));
        assertUsageError(run("--batch", "-d", text), "-d/--delay");
    }

    @Test
    void delayMessagesSayWhy() {
        assertUsageError(run("-b", "-d", "0"), "must be more than 0");
        assertUsageError(run("-b", "-d", "abc"), "'abc' is not a delay");
        assertUsageError(run("-b", "--delay=10ms"), "too short");
        // one limit for batch and the monitor alike: 50 ms is refused in both, the same way
        assertUsageError(run("-b", "-d", "50ms"), "50ms is too short (at least 100ms)");
        assertUsageError(run("-d", "50ms"), "50ms is too short (at least 100ms)");
        assertUsageError(run("-b", "-d", "2h"), "too long");
    }

    @Test
    void badSortListsTheValidColumns() {
        Result r = run("--batch", "--sort", "bogus");
        assertUsageError(r, "unknown column 'bogus'");
        for (SortColumn c : SortColumn.values()) assertTrue(r.err.contains(c.key()), c.key() + " in " + r.err);
    }

    @ParameterizedTest
    @CsvSource({"cpu,CPU", "CPU,CPU", "Cpu%,CPU", "pid,PID", "user,USER", "PRI,PRI", "ni,NI", "virt,VIRT",
            "RES,RES", "s,STATE", "State,STATE", "mem,MEM", "time,TIME", "TIME+,TIME", "command,COMMAND",
            "Name,COMMAND"})
    void sortNamesAreCaseInsensitive(String name, SortColumn expected) {
        assertEquals(0, run("--batch", "--sort", name).status);
        assertEquals(0, run("--sort", name).status);
        assertEquals(expected.key(), monitorCalls.get(monitorCalls.size() - 1).sort());
    }

    @Test
    void badFilterGivesPositionAndReason() {
        Result r = run("--batch", "--filter", "java cpu>");
        assertUsageError(r, "--filter 'java cpu>': missing value after 'cpu>'");
        assertTrue(r.errLines().get(0).contains("column 10"), r.err);
        assertUsageError(run("--json", "--filter", "\"open"), "unclosed quote (at column 1)");
        assertUsageError(run("--json", "--filter", "state:Q"), "not a process state");
    }

    @Test
    void badFilterWithANewlineStaysOneLine() {
        assertUsageError(run("--json", "--filter", "a\n\"b"), "--filter 'a\\n\"b'");
    }

    @Test
    void otherBadOptions() {
        assertUsageError(run("--bogus"), "--bogus");
        assertUsageError(run("stray"), "stray");
        assertUsageError(run("@/etc/hostname"), "'@/etc/hostname'");
        assertUsageError(run("-b", "-d"), "--delay");
        assertUsageError(run("-b", "-n", "0"), "-n/--iterations: must be at least 1");
        assertUsageError(run("-b", "-n", "two"), "'two' is not a whole number");
        assertUsageError(run("-b", "-p", "1,x"), "-p/--pid: 'x' is not a process id");
        assertUsageError(run("-b", "-p", "0"), "-p/--pid");
        assertUsageError(run("-b", "-p", "1,"), "-p/--pid: '' is not a process id");
        assertUsageError(run("-b", "-u", ""), "-u/--user");
        assertNothingPrintedAndClosed();
    }

    @Test
    void helpAndVersionExit0OnStdout() {
        Result h = run("--help");
        assertEquals(0, h.status);
        assertEquals("", h.err);
        assertTrue(h.out.startsWith("Usage: vigil [OPTIONS]"), h.out);
        for (String opt : List.of("--delay", "--iterations", "--batch", "--json", "--pid", "--user", "--filter",
                "--sort", "--tree", "--no-color", "--ascii", "--readonly", "--debug-timings", "--alert",
                "--help", "--version")) {
            assertTrue(h.out.contains(opt), opt);
        }
        assertEquals(0, run("-h").status);
        Result v = run("--version");
        assertEquals(0, v.status);
        assertEquals("vigil dev\n", v.out, "run from classes: no manifest version");
        assertNothingPrintedAndClosed();
    }

    @Test
    void interactiveGetsEveryOption() {
        Result r = run("-d", "5", "-p", "3,4", "-p", "7", "-u", "alice", "--filter", "java cpu>5", "--sort", "MEM",
                "--tree", "--ascii", "--readonly", "--debug-timings", "--alert", "cpu > 50 for 3s", "--alert", "sys.zombies > 0",
                "--alert-exec", "notify-send 'vigil alert'");
        assertEquals(0, r.status, r.err);
        MonitorOptions o = monitorCalls.get(0);
        assertEquals(new MonitorOptions(500, Set.of(3, 4, 7), "alice", "java cpu>5", "mem", true, false, true,
                true, true, List.of("cpu > 50 for 3s", "sys.zombies > 0"), "notify-send 'vigil alert'"), o);
        assertEquals(1, last().closes);
    }

    @Test
    void interactiveDefaultsAndNoColor() {
        run(Map.of(), new String[0]);
        MonitorOptions o = monitorCalls.get(0);
        assertEquals(0, o.delayMillis(), "0 = not given; the UI's config decides");
        assertNull(o.sort());
        assertNull(o.filter());
        assertNull(o.user());
        assertEquals(Set.of(), o.pids());
        assertFalse(o.noColor());
        run(Map.of("NO_COLOR", "1"), new String[0]);
        assertTrue(monitorCalls.get(1).noColor());
        run(Map.of("NO_COLOR", ""), new String[0]);
        assertFalse(monitorCalls.get(2).noColor(), "no-color.org: an empty NO_COLOR does not count");
        run(Map.of(), "--no-color");
        assertTrue(monitorCalls.get(3).noColor());
    }

    @Test
    void batchAndJsonDoNotStartTheMonitor() {
        assertEquals(0, run("--json").status);
        assertEquals(0, run("-b").status);
        assertTrue(monitorCalls.isEmpty());
    }

    Result runWithRealUsers(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.Wiring w = new Main.Wiring(hermetic(Map.of("LANG", "C.UTF-8")), this::newSampler, sleeps::add,
                (s, o) -> {
                    monitorCalls.add(o);
                    return 0;
                }, Main.Wiring.REAL.users());
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), w);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownUserIsABadArgumentInBatchAndInTheMonitor() {
        for (String[] args : List.of(new String[]{"-b", "-u", "nosuchuser"}, new String[]{"--json", "--user=nosuchuser"},
                new String[]{"-u", "nosuchuser"})) {
            assertUsageError(runWithRealUsers(args), "-u/--user: no user named 'nosuchuser'");
        }
        assertTrue(monitorCalls.isEmpty(), "the monitor never started");
        assertEquals(0, runWithRealUsers("-b", "-u", "root").status);
        assertEquals(0, runWithRealUsers("-b", "-u", "4242").status, "a uid is fine, with or without processes");
        assertEquals(0, runWithRealUsers("-u", System.getProperty("user.name")).status);
    }

    @Test
    void unexpectedFailureIsOneLineExit1() {
        Main.Wiring w = new Main.Wiring(Map.of(), () -> {
            throw new UnsupportedOperationException("sampler not written yet");
        }, sleeps::add, (s, o) -> 0);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[]{"--batch"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), w);
        assertEquals(1, status);
        assertEquals("vigil: UnsupportedOperationException: sampler not written yet\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void failureMidBatchIsOneLineExit1AndTheSamplerIsClosed() {
        failOnCall = 3;
        Result r = run("-b", "-n", "5");
        assertEquals(1, r.status);
        assertEquals("vigil: IllegalStateException: boom\n", r.err);
        assertTrue(r.out.contains("init"), "the snapshot before the failure was printed");
        assertEquals(1, last().closes);
    }

    @Test
    void helpListsTheSubcommandsAndInstallParsesItsOwnArguments() {
        Result h = run("--help");
        assertTrue(h.out.contains("install") && h.out.contains("uninstall"), h.out);
        Result bad = run("install", "--prefx", "/x");
        assertEquals(2, bad.status);
        assertEquals(List.of("vigil install: Unknown options: '--prefx', '/x'",
                "Usage: vigil install [-h] [--prefix=DIR]   (vigil install --help says more)"), bad.errLines());
        Result ih = run("uninstall", "--help");
        assertEquals(0, ih.status);
        assertTrue(ih.out.startsWith("Usage: vigil uninstall [-h] [--prefix=DIR]"), ih.out);
        assertFalse(Main.mayBeInteractive(new String[]{"install"}));
    }

    @Test
    void mayBeInteractiveIsFalseOnlyForBatchJsonHelpAndVersion() {
        assertTrue(Main.mayBeInteractive(new String[0]));
        assertTrue(Main.mayBeInteractive(new String[]{"-d", "10", "--tree", "-u", "root"}));
        for (String a : new String[]{"--batch", "-b", "-bn1", "--json", "-h", "--help", "-V", "--version"}) {
            assertFalse(Main.mayBeInteractive(new String[]{"-d", "5", a}), a);
        }
        assertTrue(Main.mayBeInteractive(new String[]{"--", "--batch"}), "after -- nothing is an option");
    }

    @Test
    void everydayCommandLinesSkipPicocliAndGiveTheSameOptionsAsPicocliWould() throws Exception {
        String[][] quick = {
                {}, {"-d", "10"}, {"--delay", "5"}, {"--delay=2s"}, {"-d", "x"}, {"-u", "root"}, {"--user=0"},
                {"--user", "\"root\""}, {"--sort", "mem"}, {"--sort=nope"}, {"--filter", "cpu>5 !user:root"},
                {"--filter=a=b"}, {"--tree", "--no-color", "--ascii", "--readonly", "--debug-timings"},
                {"-d", "10", "--tree", "-u", "www-data", "--sort", "pid", "--filter", "name:java"},
                {"--user", " "}, {"-d", "100000"}};
        for (String[] args : quick) {
            Options fast = new Options();
            assertTrue(QuickArgs.parse(fast, args), String.join(" ", args));
            Options slow = new Options();
            Args.commandLine(slow).parseArgs(args);
            for (java.lang.reflect.Field f : Options.class.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) continue;
                f.setAccessible(true);
                assertEquals(f.get(slow), f.get(fast), String.join(" ", args) + ": " + f.getName());
            }
            String fastError = validationError(fast);
            assertEquals(validationError(slow), fastError, String.join(" ", args));
        }
        String[][] picocli = {
                {"-d", "1", "-d", "2"}, {"--tree", "--tree"}, {"-d"}, {"-d", "-5"}, {"-d10"}, {"-u=root"},
                {"--delay="}, {"--tree=true"}, {"-b"}, {"--json"}, {"-p", "1"}, {"--alert", "cpu>1"},
                {"--", "x"}, {"-h"}, {"--version"}, {"-d", "1", "--threads"}, {"--filter", "--tree"}, {"x"}};
        for (String[] args : picocli) {
            Options o = new Options();
            assertFalse(QuickArgs.parse(o, args), String.join(" ", args));
            assertNull(o.delayText);
            assertFalse(o.tree);
        }
    }

    private static String validationError(Options o) {
        try {
            o.validate();
            return null;
        } catch (Options.BadOption e) {
            return e.getMessage();
        }
    }

    @Test
    void noArgumentsSkipPicocliAndGiveTheSameOptionsAsPicocliWould() throws Exception {
        Options parsed = new Options();
        new picocli.CommandLine(parsed).parseArgs();
        parsed.validate();
        Options plain = new Options().validate();
        for (java.lang.reflect.Field f : Options.class.getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) continue;
            f.setAccessible(true);
            assertEquals(f.get(parsed), f.get(plain), f.getName());
        }
    }
}
