package dev.vigil.alert;

import dev.vigil.sample.Identity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's record of alerts: the active ones by id, and a bounded history of cleared ones
 * (newest first). Every change goes through here and becomes a {@link Transition} in the list
 * the caller collects. Not thread-safe: the engine guards it.
 */
final class AlertBook {
    /** Active alerts newest first; ties by PID, then by id. */
    static final Comparator<Alert> NEWEST_FIRST = Comparator.comparingLong(Alert::sinceMillis).reversed()
            .thenComparingInt(Alert::pid).thenComparingLong(Alert::id);

    private final int historyLimit;
    private final Map<Long, Alert> active = new LinkedHashMap<>();
    private final ArrayDeque<Alert> history = new ArrayDeque<>();
    private long nextId = 1;

    AlertBook(int historyLimit) {
        this.historyLimit = historyLimit;
    }

    Alert fire(Rule r, Identity id, int pid, String name, double v, String msg, long now, List<Transition> out) {
        Alert a = new Alert(nextId++, r, Alert.State.ACTIVE, id, pid, name, v, now, 0, false, msg);
        active.put(a.id(), a);
        out.add(new Transition(Transition.Kind.FIRED, a, now, ""));
        return a;
    }

    /** Refreshes an active alert's value, process and message (no transition). */
    void update(long alertId, double v, Identity id, int pid, String name, String msg) {
        Alert a = active.get(alertId);
        if (a != null) active.put(alertId, a.withValue(v, id, pid, name, msg));
    }

    void clear(long alertId, long now, String reason, List<Transition> out) {
        Alert a = active.remove(alertId);
        if (a == null) return;
        Alert c = a.clear(now);
        history.addFirst(c);
        while (history.size() > historyLimit) history.removeLast();
        out.add(new Transition(Transition.Kind.CLEARED, c, now, reason));
    }

    /** Clears every active alert of rule r. */
    void clearRule(Rule r, long now, String reason, List<Transition> out) {
        for (Alert a : new ArrayList<>(active.values())) {
            if (a.rule().equals(r)) clear(a.id(), now, reason, out);
        }
    }

    Transition acknowledge(long alertId, long now) {
        Alert a = active.get(alertId);
        if (a == null || a.acknowledged()) return null;
        Alert acked = a.acknowledge();
        active.put(alertId, acked);
        return new Transition(Transition.Kind.ACKNOWLEDGED, acked, now, "");
    }

    Alert get(long alertId) {
        return active.get(alertId);
    }

    List<Alert> active() {
        List<Alert> l = new ArrayList<>(active.values());
        l.sort(NEWEST_FIRST);
        return List.copyOf(l);
    }

    List<Alert> history() {
        return List.copyOf(history);
    }

    /** For each process with an active alert, the loudest severity among them. */
    Map<Identity, Severity> byIdentity() {
        Map<Identity, Severity> m = new HashMap<>();
        for (Alert a : active.values()) {
            if (a.identity() != null) m.merge(a.identity(), a.severity(), (x, y) -> x.compareTo(y) >= 0 ? x : y);
        }
        return Map.copyOf(m);
    }

    /** Active alerts not yet acknowledged, per severity (every severity present, maybe 0). */
    Map<Severity, Integer> counts() {
        Map<Severity, Integer> m = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) m.put(s, 0);
        for (Alert a : active.values()) {
            if (!a.acknowledged()) m.merge(a.severity(), 1, Integer::sum);
        }
        return m;
    }
}
