package dev.vigil.app;

import dev.vigil.alert.Alert;
import dev.vigil.alert.AlertEngine;
import dev.vigil.alert.Rule;
import dev.vigil.alert.Severity;
import dev.vigil.sample.Identity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the screen shows of the alerts, copied whole from the engine in one step (on the sampler
 * thread after an evaluation, or on the UI thread after a key) and never changed: the UI thread
 * draws from it without touching the engine. A board with a higher version replaces a lower one.
 *
 * @param version  counts up with each copy; an older board never replaces a newer one
 * @param active   active alerts, newest first
 * @param history  cleared alerts, newest first
 * @param marked   processes with an active, unacknowledged alert, and the loudest severity
 * @param watched  processes marked with {@code w}
 * @param rules    the rules in effect (configured, then watch rules)
 * @param newestId the highest alert id seen (0 for none): tells a new alert from an old one
 */
public record AlertBoard(long version, List<Alert> active, List<Alert> history, Map<Identity, Severity> marked,
                         Set<Identity> watched, List<Rule> rules, long newestId) {
    public static final AlertBoard EMPTY = new AlertBoard(0, List.of(), List.of(), Map.of(), Set.of(), List.of(), 0);

    public AlertBoard {
        active = List.copyOf(active);
        history = List.copyOf(history);
        marked = Map.copyOf(marked);
        watched = Set.copyOf(watched);
        rules = List.copyOf(rules);
    }

    /** Copies the engine's state; the caller holds the engine's lock so the parts agree. */
    static AlertBoard of(AlertEngine engine, long version) {
        List<Alert> active = engine.active();
        List<Alert> history = engine.history();
        Map<Identity, Severity> marked = new HashMap<>();
        long newest = 0;
        for (Alert a : active) {
            newest = Math.max(newest, a.id());
            if (a.identity() == null || a.acknowledged()) continue;
            marked.merge(a.identity(), a.severity(), (x, y) -> x.compareTo(y) >= 0 ? x : y);
        }
        for (Alert a : history) newest = Math.max(newest, a.id());
        return new AlertBoard(version, active, history, marked, engine.watched(), engine.rules(), newest);
    }

    /** Whether a rule reads per-process I/O rates (the io metric, or io in its where query). */
    public boolean usesIo() {
        for (Rule r : rules) {
            if (r.metric() == dev.vigil.alert.Metric.IO || r.where().usesIo()) return true;
        }
        return false;
    }

    /** Active alerts not acknowledged, per severity (every severity a key). */
    Map<Severity, Integer> counts() {
        Map<Severity, Integer> m = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) m.put(s, 0);
        for (Alert a : active) if (!a.acknowledged()) m.merge(a.severity(), 1, Integer::sum);
        return m;
    }

    int acknowledged() {
        int n = 0;
        for (Alert a : active) if (a.acknowledged()) n++;
        return n;
    }

    /** Active alerts about one process. */
    public List<Alert> activeFor(Identity id) {
        List<Alert> out = new ArrayList<>();
        for (Alert a : active) if (id.equals(a.identity())) out.add(a);
        return out;
    }

    /** "Alerts: 1 critical, 2 warning" (loudest first), "Alerts: 2 acknowledged", or null for none. */
    public String headerNote() {
        if (active.isEmpty()) return null;
        Map<Severity, Integer> c = counts();
        StringBuilder sb = new StringBuilder("Alerts: ");
        boolean any = false;
        Severity[] loudFirst = {Severity.CRITICAL, Severity.WARNING, Severity.INFO};
        for (Severity s : loudFirst) {
            if (c.get(s) == 0) continue;
            sb.append(any ? ", " : "").append(c.get(s)).append(' ').append(s.word());
            any = true;
        }
        int acked = acknowledged();
        if (acked > 0) sb.append(any ? ", " : "").append(acked).append(" acknowledged");
        return sb.toString();
    }
}
