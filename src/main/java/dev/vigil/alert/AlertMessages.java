package dev.vigil.alert;

import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The plain sentences alerts carry. Process names are escaped ({@link Text#escape}). */
final class AlertMessages {
    /** At most this many zombie parents are named in one message. */
    static final int MAX_PARENTS = 5;

    private AlertMessages() {
    }

    /** "PID 4242 (java)" */
    static String who(int pid, String name) {
        return "PID " + pid + " (" + (name == null ? "?" : Text.escape(name)) + ")";
    }

    /** "PID 4242 (java) cpu 97.0 > 90 for 30s"; "PID 12 (dd) state D for 10s". */
    static String process(Rule r, ProcessSample p, double v) {
        StringBuilder sb = new StringBuilder(who(p.pid(), p.name())).append(' ');
        if (r.metric() == Metric.STATE && r.op() == Op.EQ) {
            sb.append("state ").append(r.thresholdText());
        } else {
            condition(sb, r, v);
        }
        return suffix(sb, r);
    }

    /** "sys.mem 93.1 > 90"; for sys.zombies the parents that do not reap follow. */
    static String system(Rule r, double v, List<Parent> parents) {
        StringBuilder sb = new StringBuilder();
        condition(sb, r, v);
        suffix(sb, r);
        if (r.metric() == Metric.SYS_ZOMBIES && !parents.isEmpty()) {
            sb.append("; parents not reaping: ");
            for (int k = 0; k < parents.size() && k < MAX_PARENTS; k++) {
                Parent pa = parents.get(k);
                if (k > 0) sb.append(", ");
                sb.append(who(pa.pid(), pa.sample() == null ? null : pa.sample().name()))
                        .append(' ').append(pa.zombies());
            }
            if (parents.size() > MAX_PARENTS) sb.append(", and ").append(parents.size() - MAX_PARENTS).append(" more");
        }
        return sb.toString();
    }

    /** "PID 4242 (sleep) exited"; "... exited (watched)"; "PID 4242 (java) started". */
    static String event(Rule r, ProcessSample p) {
        String what = r.metric() == Metric.EXIT ? " exited" : " started";
        return who(p.pid(), p.name()) + what + (r.isWatch() ? " (watched)" : "");
    }

    private static void condition(StringBuilder sb, Rule r, double v) {
        sb.append(r.metric().word()).append(' ').append(r.metric().unit().format(v)).append(' ')
                .append(r.op().symbol()).append(' ').append(r.thresholdText());
    }

    private static String suffix(StringBuilder sb, Rule r) {
        if (r.forMillis() > 0) sb.append(" for ").append(Unit.duration(r.forMillis()));
        return sb.toString();
    }

    /** A process with zombie children; sample is null when the parent is not in the snapshot. */
    record Parent(int pid, ProcessSample sample, int zombies) {
    }

    /** Parents of the snapshot's zombies, most zombies first, ties by PID. */
    static List<Parent> zombieParents(Snapshot s) {
        Map<Integer, Integer> count = new HashMap<>();
        Map<Integer, ProcessSample> byPid = new HashMap<>();
        for (ProcessSample p : s.processes()) {
            if (p.isThread()) continue;
            byPid.put(p.pid(), p);
            if (p.state() == 'Z') count.merge(p.ppid(), 1, Integer::sum);
        }
        List<Parent> out = new ArrayList<>();
        count.forEach((pid, n) -> out.add(new Parent(pid, byPid.get(pid), n)));
        out.sort((a, b) -> a.zombies() != b.zombies() ? Integer.compare(b.zombies(), a.zombies())
                : Integer.compare(a.pid(), b.pid()));
        return out;
    }
}
