package dev.vigil.export;

import dev.vigil.alert.Metric;
import dev.vigil.alert.Op;
import dev.vigil.alert.Rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.vigil.export.PromQl.number;
import static dev.vigil.export.PromQl.selector;

/**
 * vigil's alert rules as PromQL over what {@code vigil serve} exports. vigil tests each process;
 * Prometheus tests each group (the sum over its processes), so a per-process rule becomes a
 * rule on groups: {@code cpu > 90 where name:java} fires when the java group's processes
 * together use more than 90 % of a core. docs/prometheus.md has the whole table.
 */
public final class RuleTranslator {
    /** The window rates are taken over: four scrapes at a 15 s scrape interval. */
    public static final String RATE_WINDOW = "1m";
    private static final String P = "namedprocess_namegroup_";

    private final GroupBy by;
    private final Map<String, Integer> names = new HashMap<>();

    public RuleTranslator(GroupBy by) {
        this.by = by;
    }

    /** Every rule in order, translated or left out. */
    public static List<Translation> translate(List<Rule> rules, GroupBy by) {
        RuleTranslator t = new RuleTranslator(by);
        List<Translation> out = new ArrayList<>();
        for (Rule r : rules) out.add(t.one(r));
        return List.copyOf(out);
    }

    Translation one(Rule r) {
        Metric m = r.metric();
        if (r.isWatch()) {
            return Translation.leftOut(r, "an exit watch on one process (PID " + r.watched().pid()
                    + "); Prometheus sees groups, never one process");
        }
        if (m.isEvent()) {
            return Translation.leftOut(r, "'" + m.word() + "' is an event of one process; Prometheus samples "
                    + "group gauges and cannot see each process " + (m == Metric.EXIT ? "end" : "start"));
        }
        String cmp = " " + r.op().symbol() + " " + number(r.threshold());
        if (m == Metric.SYS_PSI_CPU_FULL) {
            return Translation.leftOut(r, "the machine-wide cpu 'full' line of /proc/pressure is always 0 "
                    + "(the kernel gives it meaning only for cgroups), so there is nothing to translate");
        }
        if (m.kind() == Metric.Kind.SYSTEM) return Translation.of(r, name(m), system(m) + cmp);
        GroupSelector.Result g = GroupSelector.of(r.where(), by);
        if (g.reason() != null) return Translation.leftOut(r, g.reason());
        String s = g.matchers();
        String w = "[" + RATE_WINDOW + "]";
        String expr = switch (m) {
            case CPU -> "sum without (mode) (rate(" + selector(P + "cpu_seconds_total", s, "") + w + ")) * 100" + cmp;
            case MEM -> selector(P + "memory_bytes", s, "memtype=\"resident\"")
                    + " / ignoring (groupname, memtype) group_left vigil_memory_total_bytes * 100" + cmp;
            case RSS -> selector(P + "memory_bytes", s, "memtype=\"resident\"") + cmp;
            case THREADS -> selector(P + "num_threads", s, "") + cmp;
            case IO -> "rate(" + selector(P + "read_bytes_total", s, "") + w + ") + rate("
                    + selector(P + "write_bytes_total", s, "") + w + ")" + cmp;
            case STATE -> state(r, s);
            case AGE -> age(r, s, cmp);
            default -> null;
        };
        if (expr == null) return Translation.leftOut(r, reasonFor(r));
        return Translation.of(r, name(m), expr);
    }

    private static String system(Metric m) {
        return switch (m) {
            case SYS_CPU -> "vigil_cpu_busy_ratio * 100";
            case SYS_MEM -> "vigil_memory_used_bytes / vigil_memory_total_bytes * 100";
            case SYS_SWAP -> "vigil_swap_used_bytes / vigil_swap_total_bytes * 100";
            case SYS_LOAD1 -> "vigil_load1";
            case SYS_LOAD5 -> "vigil_load5";
            case SYS_ZOMBIES -> "vigil_tasks_by_state{state=\"zombie\"}";
            case SYS_TASKS -> "vigil_tasks";
            // PSI from node_exporter's pressure collector (its counters of stalled time: "waiting"
            // is the some line, "stalled" the full one). The kernel's avg10 is a 10-second running
            // average; a rate over the window is the same share of time over a minute.
            case SYS_PSI_CPU -> psi("cpu_waiting");
            case SYS_PSI_MEMORY -> psi("memory_waiting");
            case SYS_PSI_IO -> psi("io_waiting");
            case SYS_PSI_MEMORY_FULL -> psi("memory_stalled");
            case SYS_PSI_IO_FULL -> psi("io_stalled");
            default -> throw new IllegalArgumentException(m.word());
        };
    }

    /** A PSI share in percent from node_exporter's counter node_pressure_WHICH_seconds_total. */
    private static String psi(String which) {
        return "rate(node_pressure_" + which + "_seconds_total[" + RATE_WINDOW + "]) * 100";
    }

    /** state == X: the group has a process in X; state != X: it has one not in X. */
    private static String state(Rule r, String s) {
        String label = switch ((char) r.threshold()) {
            case 'R' -> "Running";
            case 'S' -> "Sleeping";
            case 'D' -> "Waiting";
            case 'Z' -> "Zombie";
            default -> null;
        };
        if (label == null) return null;
        String inState = selector(P + "states", s, "state=\"" + label + "\"");
        if (r.op() == Op.EQ) return inState + " > 0";
        return selector(P + "num_procs", s, "") + " - ignoring (state) " + inState + " > 0";
    }

    /** age > N: the group's oldest process is older than N (groups kept after their last exit excluded). */
    private static String age(Rule r, String s, String cmp) {
        if (r.op() != Op.GT && r.op() != Op.GE) return null;
        return "time() - " + selector(P + "oldest_start_time_seconds", s, "") + cmp
                + " and " + selector(P + "num_procs", s, "") + " > 0";
    }

    private static String reasonFor(Rule r) {
        if (r.metric() == Metric.STATE) {
            return "process-exporter's states count only R, S, D and Z apart; " + (char) r.threshold()
                    + " is inside Other with the rest";
        }
        return "'age " + r.op().symbol() + "' asks about each process's age; a group exports only its oldest start";
    }

    /** VigilCpu, VigilSysMem, ...; a second rule on the same metric gets VigilCpu2. */
    private String name(Metric m) {
        StringBuilder b = new StringBuilder("Vigil");
        for (String part : m.word().split("\\.")) {
            b.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        String base = b.toString();
        int n = names.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + n;
    }
}
