package dev.vigil.export;

import dev.vigil.alert.Rule;
import dev.vigil.sample.Identity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** vigil rules as PromQL: the issue's example exactly, each metric, and what is left out and why. */
class RuleTranslatorTest {
    private static Translation one(String rule, GroupBy by) throws Exception {
        return new RuleTranslator(by).one(Rule.parse(rule));
    }

    private static String expr(String rule) throws Exception {
        Translation t = one(rule, GroupBy.NAME);
        assertNull(t.reason(), rule);
        return t.expr();
    }

    @Test
    void theIssuesExample() throws Exception {
        Translation t = one("cpu > 90 for 2m where name:java severity critical", GroupBy.NAME);
        assertEquals("VigilCpu", t.alert());
        assertEquals("sum without (mode) (rate(namedprocess_namegroup_cpu_seconds_total{groupname=~\"(?i).*java.*\"}[1m]))"
                + " * 100 > 90", t.expr());
        String yaml = RuleFile.yaml(List.of(t));
        assertTrue(yaml.contains("        for: 2m\n"), yaml);
        assertTrue(yaml.contains("          severity: critical\n"), yaml);
        assertTrue(yaml.contains("          vigil_rule: 'cpu > 90 for 2m where name:java severity critical'\n"), yaml);
    }

    @Test
    void eachProcessMetric() throws Exception {
        assertEquals("namedprocess_namegroup_memory_bytes{memtype=\"resident\"} > 1073741824", expr("rss > 1G"));
        assertEquals("namedprocess_namegroup_num_threads{groupname!~\"(?i).*a\\\\.b.*\"} >= 500",
                expr("threads >= 500 where !name:a.b"));
        assertEquals("rate(namedprocess_namegroup_read_bytes_total[1m]) + rate(namedprocess_namegroup_write_bytes_total[1m])"
                + " > 10485760", expr("io > 10M"));
        assertEquals("namedprocess_namegroup_states{state=\"Waiting\"} > 0", expr("state == D for 10s"));
        assertEquals("namedprocess_namegroup_num_procs - ignoring (state) namedprocess_namegroup_states{state=\"Running\"} > 0",
                expr("state != R"));
        assertEquals("namedprocess_namegroup_memory_bytes{memtype=\"resident\"} / ignoring (groupname, memtype) group_left "
                + "vigil_memory_total_bytes * 100 > 12.5", expr("mem > 12.5"));
        assertEquals("time() - namedprocess_namegroup_oldest_start_time_seconds > 3600 and namedprocess_namegroup_num_procs > 0",
                expr("age > 1h"));
    }

    @Test
    void systemRules() throws Exception {
        assertEquals("vigil_cpu_busy_ratio * 100 > 95", expr("sys.cpu > 95"));
        assertEquals("vigil_memory_used_bytes / vigil_memory_total_bytes * 100 > 90", expr("sys.mem > 90"));
        assertEquals("vigil_swap_used_bytes / vigil_swap_total_bytes * 100 > 50", expr("sys.swap > 50"));
        assertEquals("vigil_load1 > 4", expr("sys.load1 > 4"));
        assertEquals("vigil_load5 > 2.5", expr("sys.load5 > 2.5"));
        assertEquals("vigil_tasks_by_state{state=\"zombie\"} > 0", expr("sys.zombies > 0"));
        assertEquals("vigil_tasks > 1000", expr("sys.tasks > 1000"));
    }

    @Test
    void userMatchesExactlyWhenGroupedByUser() throws Exception {
        assertEquals("namedprocess_namegroup_num_threads{groupname=\"postgres\"} > 100",
                one("threads > 100 where user:postgres", GroupBy.USER).expr());
        assertTrue(one("threads > 100 where user:postgres", GroupBy.NAME).reason().contains("--group-by user"));
        assertTrue(one("cpu > 1 where name:java", GroupBy.EXE).reason().contains("--group-by name"));
    }

    @Test
    void whatHasNoFaithfulTranslationIsLeftOutWithAReason() throws Exception {
        assertTrue(new RuleTranslator(GroupBy.NAME).one(Rule.watchExit(new Identity(4242, 99))).reason().contains("PID 4242"));
        assertTrue(one("exit where name:nginx", GroupBy.NAME).reason().contains("event"));
        assertTrue(one("start", GroupBy.NAME).reason().contains("event"));
        assertTrue(one("cpu > 5 where cmd:--token", GroupBy.NAME).reason().contains("command lines"));
        assertTrue(one("cpu > 5 where java", GroupBy.NAME).reason().contains("command lines"));
        assertTrue(one("cpu > 5 where pid:1", GroupBy.NAME).reason().contains("one process"));
        assertTrue(one("cpu > 5 where rss > 1G", GroupBy.NAME).reason().contains("rss"));
        assertTrue(one("state == T", GroupBy.NAME).reason().contains("Other"));
        assertTrue(one("age < 10s", GroupBy.NAME).reason().contains("oldest"));
    }

    @Test
    void fileCommentsTheLeftOutAndNamesStayUnique() throws Exception {
        List<Rule> rules = new ArrayList<>();
        for (String r : List.of("cpu > 90", "cpu > 50 where name:x", "exit where name:nginx")) rules.add(Rule.parse(r));
        String yaml = RuleFile.yaml(RuleTranslator.translate(rules, GroupBy.NAME));
        assertTrue(yaml.contains("- alert: VigilCpu\n"), yaml);
        assertTrue(yaml.contains("- alert: VigilCpu2\n"), yaml);
        assertTrue(yaml.contains("# left out: exit where name:nginx: 'exit' is an event"), yaml);
        assertTrue(RuleFile.yaml(List.of()).endsWith("    rules:\n      []\n"));
    }

    @Test
    void quotingAndTemplates() {
        assertEquals("'it''s'", RuleFile.quote("it's"));
        assertEquals("\"a\\x0ab\"", RuleFile.quote("a\nb"));
        assertEquals("x{{ \"{{\" }}y{{ \"}}\" }}", RuleFile.template("x{{y}}"));
    }

    @Test
    void pressureGoesToNodeExportersCounters() throws Exception {
        assertEquals("rate(node_pressure_cpu_waiting_seconds_total[1m]) * 100 > 20", expr("sys.psi.cpu > 20 for 1m"));
        assertEquals("rate(node_pressure_memory_waiting_seconds_total[1m]) * 100 > 10", expr("sys.psi.memory > 10"));
        assertEquals("rate(node_pressure_io_stalled_seconds_total[1m]) * 100 >= 5", expr("sys.psi.io.full >= 5"));
        assertEquals("rate(node_pressure_memory_stalled_seconds_total[1m]) * 100 > 1", expr("sys.psi.memory.full > 1"));
        assertEquals("VigilSysPsiCpu", one("sys.psi.cpu > 20", GroupBy.NAME).alert());
        assertTrue(one("sys.psi.cpu.full > 1", GroupBy.NAME).reason().contains("always 0"));
    }
}
