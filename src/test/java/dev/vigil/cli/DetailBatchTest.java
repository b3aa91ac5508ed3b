package dev.vigil.cli;

import dev.vigil.detail.DetailFixtures;
import dev.vigil.model.ProcessFilter;
import dev.vigil.model.Query;
import dev.vigil.model.SortColumn;
import dev.vigil.sample.ProcessSample;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * --detail in batch output, against the made-up /proc of DetailFixtures (4242 bash ignores
 * TERM), and the option's rules (batch only, with -p, -u or --filter).
 */
class DetailBatchTest {
    private final MainTest main = new MainTest();

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path home;

    @org.junit.jupiter.api.BeforeEach
    void hermeticHome() {
        main.home = home; // MainTest's runs read and write only a temporary HOME
    }

    private static ProcessSample bash() {
        ProcessSample p = FakeSampler.proc(4242, 4000, "alice", "bash", "-bash --login", 1, 3L << 20);
        return new ProcessSample(p.pid(), p.tgid(), p.ppid(), p.uid(), p.user(), p.state(), p.nice(), p.priority(),
                p.threads(), p.rssBytes(), p.vszBytes(), p.cpuPercent(), p.memPercent(), p.cpuTimeSeconds(),
                DetailFixtures.BASH_START_TICKS, p.startTimeMillis(), p.name(), p.command(), Double.NaN, Double.NaN,
                false, p.realUid());
    }

    private static BatchView onlyBash() {
        return new BatchView(new ProcessFilter(Query.ALL, Set.of(4242, 77), null), SortColumn.PID, false, false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonDetailHasTheDocumentedKeysAndNullForAProcessThatIsGone() {
        DetailFixtures machine = new DetailFixtures();
        StringBuilder sb = new StringBuilder();
        ProcessSample gone = FakeSampler.proc(77, "gone", 0); // not in the fixture /proc
        new JsonReport(onlyBash(), new BatchDetail(machine.reader()))
                .write(FakeSampler.of(List.of(bash(), gone)).sample(), sb);
        Map<String, Object> o = MiniJson.object(sb.toString().trim());
        List<Map<String, Object>> ps = (List<Map<String, Object>>) o.get("processes");
        assertEquals(2, ps.size());
        assertEquals(77.0, ps.get(0).get("pid"));
        assertTrue(ps.get(0).containsKey("detail"), "a vanished process still has the key");
        assertNull(ps.get(0).get("detail"));
        Map<String, Object> d = (Map<String, Object>) ps.get(1).get("detail");
        assertEquals(List.of("signals", "warnings", "nsPid", "cgroup", "exe", "cwd", "fdCount", "fdLimit", "limits",
                "parentChain"), List.copyOf(d.keySet()));
        Map<String, Object> sig = (Map<String, Object>) d.get("signals");
        assertEquals(List.of("caught", "ignored", "blocked", "pending"), List.copyOf(sig.keySet()));
        assertTrue(((List<String>) sig.get("ignored")).contains("TERM"), sig.toString());
        assertTrue(((List<String>) sig.get("caught")).contains("HUP"), sig.toString());
        assertEquals(List.of("TERM is ignored by this process; KILL or a different signal is needed"), d.get("warnings"));
        assertEquals(4242.0, d.get("nsPid"));
        assertEquals("/usr/bin/bash", d.get("exe"));
        assertEquals(11.0, d.get("fdCount"));
        assertEquals(1024.0, d.get("fdLimit"));
        assertEquals(List.of(Map.of("pid", 1.0, "name", "systemd"), Map.of("pid", 4000.0, "name", "sshd")),
                d.get("parentChain"));
        Map<String, Object> files = (Map<String, Object>) ((Map<String, Object>) d.get("limits")).get("Max open files");
        assertEquals(Map.of("soft", 1024.0, "hard", 4096.0, "units", "files"), files);
    }

    @Test
    void jsonWithoutDetailIsUnchanged() {
        StringBuilder with = new StringBuilder();
        StringBuilder without = new StringBuilder();
        new JsonReport(onlyBash()).write(FakeSampler.of(List.of(bash())).sample(), without);
        new JsonReport(onlyBash(), new BatchDetail(new DetailFixtures().reader()))
                .write(FakeSampler.of(List.of(bash())).sample(), with);
        assertFalse(without.toString().contains("\"detail\""));
        assertTrue(with.toString().startsWith(without.substring(0, without.indexOf("}]}"))), with.toString());
    }

    @Test
    void textDetailFollowsTheTable() {
        StringBuilder sb = new StringBuilder();
        new TextReport(onlyBash(), ZoneOffset.UTC, new BatchDetail(new DetailFixtures().exit().reader()))
                .write(FakeSampler.of(List.of(bash())).sample(), sb);
        assertTrue(sb.toString().endsWith("\nDetail of PID 4242 (bash)\n  process exited\n"), sb.toString());

        sb.setLength(0);
        new TextReport(onlyBash(), ZoneOffset.UTC, new BatchDetail(new DetailFixtures().reader()))
                .write(FakeSampler.of(List.of(bash())).sample(), sb);
        String t = sb.toString();
        int table = t.indexOf("   4242 alice");
        int detail = t.indexOf("\nDetail of PID 4242 (bash)\nWarnings\n  ! TERM is ignored by this process");
        assertTrue(table > 0 && detail > table, t);
        for (String s : List.of("\nIdentity\n", "\nSignals\n", "  Ignored           QUIT TERM\n", "\nLimits\n")) {
            assertTrue(t.contains(s), s + " in\n" + t);
        }
        assertFalse(t.contains("History"), "no history in one-shot output:\n" + t);
    }

    @Test
    void refusedWithoutAChoiceOfProcessesOrOutsideBatch() {
        MainTest.assertUsageError(main.run("--json", "--detail"), "--detail needs -p PID, -u USER or --filter QUERY");
        MainTest.assertUsageError(main.run("--json", "--detail", "--filter", ""), "--detail needs -p PID");
        MainTest.assertUsageError(main.run("--detail", "-p", "1"), "--detail is for --json or --batch output");
        main.assertNothingPrintedAndClosed();
    }

    @Test
    void acceptedWithPidUserOrFilter() {
        for (String[] args : List.of(new String[]{"-p", "1"}, new String[]{"-u", "root"}, new String[]{"--filter", "init"})) {
            String[] all = new String[args.length + 2];
            all[0] = "--json";
            all[1] = "--detail";
            System.arraycopy(args, 0, all, 2, args.length);
            MainTest.Result r = main.run(all);
            assertEquals(0, r.status(), r.err());
            assertTrue(r.out().contains("\"detail\":"), r.out());
        }
    }
}
