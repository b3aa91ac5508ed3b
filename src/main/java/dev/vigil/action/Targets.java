package dev.vigil.action;

import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The processes an action applies to, frozen when the menu or prompt opens: the tagged set if
 * there is one, else the selected process. Never re-read from the selection afterwards. Ordered
 * by PID; a thread row stands for its whole process; no process twice.
 *
 * @param list the targets, by ascending PID
 */
public record Targets(List<Target> list) {
    public Targets {
        list = List.copyOf(list);
    }

    public static final Targets NONE = new Targets(List.of());

    /**
     * Captures targets now. {@code tagged} are the tagged identities (may be empty);
     * {@code selected} the selected row (may be null); {@code processes} the rows of the
     * snapshot on screen, used to find owner and name. A tagged process missing from the
     * snapshot is still captured (acting on it will say it exited).
     */
    public static Targets capture(Collection<Identity> tagged, ProcessSample selected,
                                  Collection<ProcessSample> processes) {
        Map<Integer, ProcessSample> byPid = new HashMap<>();
        for (ProcessSample p : processes) {
            if (!p.isThread()) byPid.put(p.pid(), p);
        }
        Map<Identity, Target> out = new LinkedHashMap<>();
        if (tagged != null && !tagged.isEmpty()) {
            Map<Identity, ProcessSample> byId = new HashMap<>();
            for (ProcessSample p : processes) byId.put(p.identity(), p);
            for (Identity id : tagged) {
                ProcessSample p = byId.get(id);
                Target t = p != null ? of(p, byPid) : new Target(id, -1, "?", "?");
                out.putIfAbsent(t.id(), t);
            }
        } else if (selected != null) {
            Target t = of(selected, byPid);
            out.put(t.id(), t);
        }
        List<Target> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparingInt(Target::pid).thenComparingLong(t -> t.id().startTicks()));
        return new Targets(list);
    }

    /** Targets for these rows (thread rows become their process). */
    public static Targets of(Collection<ProcessSample> rows) {
        return capture(rows.stream().map(ProcessSample::identity).toList(), null, rows);
    }

    private static Target of(ProcessSample p, Map<Integer, ProcessSample> byPid) {
        if (p.isThread()) {
            ProcessSample owner = byPid.get(p.tgid());
            if (owner != null) return target(owner);
            ProcFacts.Stat st = ProcFacts.stat(p.tgid());
            if (st != null) return new Target(new Identity(p.tgid(), st.startTicks()), p.uid(), p.user(), p.name());
        }
        return target(p);
    }

    private static Target target(ProcessSample p) {
        return new Target(p.identity(), p.uid(), p.user(), p.name());
    }

    public int size() {
        return list.size();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Identity> identities() {
        return list.stream().map(Target::id).toList();
    }

    /** "PID 4242 (sleep)" for one target, "3 processes" for several, "no process" for none. */
    public String describe() {
        return switch (list.size()) {
            case 0 -> "no process";
            case 1 -> list.get(0).label();
            default -> list.size() + " processes";
        };
    }
}
