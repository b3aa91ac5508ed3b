package dev.vigil.alert;

import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Evaluates rules over successive snapshots. Pure: the time comes in with each call, so tests
 * drive it with a fake clock. Call {@link #evaluate} once per snapshot (any thread); the query
 * methods may be called from another thread (all methods are synchronized and return copies).
 *
 * <p>State is kept per (rule, process {@link Identity}), so a reused PID never inherits an
 * alert, and per rule for system metrics. A rule fires when its condition has held on every
 * sample for its {@code for} time and its cooldown since the last clear for that process has
 * passed; it clears when the condition (with {@link Rule#holds hysteresis}) is false for one
 * sample or the process ends. {@code exit} fires when a process that matched disappears,
 * {@code start} when a process matches for the first time (not for those present at the rule's
 * first evaluation); both stay active for {@link #EVENT_HOLD_MILLIS} or until pushed out by
 * {@link #EVENT_LIMIT} newer events. Thread rows are ignored: rules are about processes.
 */
public final class AlertEngine {
    /** How long an exit/start alert stays active. */
    public static final long EVENT_HOLD_MILLIS = 60_000;
    /** Most event alerts active at once; the oldest clear first. */
    public static final int EVENT_LIMIT = 200;
    /** Cleared alerts kept for the pane. */
    public static final int HISTORY_LIMIT = 50;
    private static final long NEVER = Long.MIN_VALUE;

    /** One rule's state for one process, or for the machine. Times are epoch ms. */
    private static final class Track {
        long pendingSince = NEVER; // first sample of the current unbroken run where it held
        long alertId;              // its active alert, 0 when none
        long clearedAt = NEVER;    // when its last alert cleared (for the cooldown)
    }

    private final Consumer<Transition> listener;
    private final AlertBook book = new AlertBook(HISTORY_LIMIT);
    private List<Rule> rules = List.of();
    private final Map<Identity, Rule> watched = new LinkedHashMap<>();
    private final Map<Rule, Map<Identity, Track>> procTracks = new HashMap<>();
    private final Map<Rule, Track> sysTracks = new HashMap<>();
    private final Map<Rule, Set<Identity>> startSeen = new HashMap<>();
    private Map<Identity, ProcessSample> previous = Map.of();
    private List<Alert> clearedLast = List.of();

    public AlertEngine(List<Rule> rules) {
        this(rules, t -> { });
    }

    /** listener receives every transition (fired, cleared, acknowledged), e.g. log and exec. */
    public AlertEngine(List<Rule> rules, Consumer<Transition> listener) {
        this.rules = List.copyOf(new LinkedHashSet<>(rules));
        this.listener = listener;
    }

    /** Applies one snapshot taken at nowMillis; returns what changed, in rule then PID order. */
    public synchronized List<Transition> evaluate(Snapshot s, long nowMillis) {
        List<Transition> out = new ArrayList<>();
        List<ProcessSample> procs = new ArrayList<>();
        Map<Identity, ProcessSample> present = new HashMap<>();
        for (ProcessSample p : s.processes()) {
            if (p.isThread()) continue;
            procs.add(p);
            present.put(p.identity(), p);
        }
        procs.sort(Comparator.comparingInt(ProcessSample::pid));
        for (Rule r : allRules()) {
            switch (r.metric().kind()) {
                case PROCESS -> processRule(r, procs, present, nowMillis, out);
                case SYSTEM -> systemRule(r, s, nowMillis, out);
                case EVENT -> {
                    if (r.metric() == Metric.EXIT) exitRule(r, present, nowMillis, out);
                    else startRule(r, procs, present, nowMillis, out);
                }
            }
        }
        watched.keySet().removeIf(id -> !present.containsKey(id));
        expireEvents(nowMillis, out);
        previous = present;
        List<Alert> cleared = new ArrayList<>();
        for (Transition t : out) if (t.kind() == Transition.Kind.CLEARED) cleared.add(t.alert());
        clearedLast = List.copyOf(cleared);
        return emit(out);
    }

    private void processRule(Rule r, List<ProcessSample> procs, Map<Identity, ProcessSample> present,
                             long now, List<Transition> out) {
        Map<Identity, Track> tracks = procTracks.computeIfAbsent(r, k -> new HashMap<>());
        for (ProcessSample p : procs) {
            // Most rules hold for no process: then no identity is made or looked up per process.
            Track t = tracks.isEmpty() ? null : tracks.get(p.identity());
            double v = r.metric().value(p, now);
            boolean holds = r.matches(p) && r.holds(v, t != null && t.alertId != 0);
            if (!holds && t == null) continue;
            if (t == null) tracks.put(p.identity(), t = new Track());
            String msg = holds ? AlertMessages.process(r, p, v) : null;
            step(t, r, holds, v, p.identity(), p.pid(), p.name(), msg, now, out);
            if (t.alertId == 0 && t.pendingSince == NEVER && cooled(t, r, now)) tracks.remove(p.identity());
        }
        tracks.entrySet().removeIf(e -> {
            if (present.containsKey(e.getKey())) return false;
            if (e.getValue().alertId != 0) book.clear(e.getValue().alertId, now, "process ended", out);
            return true;
        });
    }

    private void systemRule(Rule r, Snapshot s, long now, List<Transition> out) {
        Track t = sysTracks.computeIfAbsent(r, k -> new Track());
        double v = r.metric().value(s);
        boolean holds = r.holds(v, t.alertId != 0);
        List<AlertMessages.Parent> parents = holds && r.metric() == Metric.SYS_ZOMBIES
                ? AlertMessages.zombieParents(s) : List.of();
        ProcessSample who = parents.isEmpty() ? null : parents.get(0).sample();
        String msg = holds ? AlertMessages.system(r, v, parents) : null;
        step(t, r, holds, v, who == null ? null : who.identity(), who == null ? 0 : who.pid(),
                who == null ? null : who.name(), msg, now, out);
    }

    /** The shared state machine: pending → fired (after for and cooldown) → cleared. */
    private void step(Track t, Rule r, boolean holds, double v, Identity id, int pid, String name,
                      String msg, long now, List<Transition> out) {
        if (!holds) {
            t.pendingSince = NEVER;
            if (t.alertId != 0) {
                book.clear(t.alertId, now, "condition false", out);
                t.alertId = 0;
                t.clearedAt = now;
            }
            return;
        }
        if (t.pendingSince == NEVER) t.pendingSince = now;
        if (t.alertId != 0) {
            book.update(t.alertId, v, id, pid, name, msg);
        } else if (now - t.pendingSince >= r.forMillis() && cooled(t, r, now)) {
            t.alertId = book.fire(r, id, pid, name, v, msg, now, out).id();
        }
    }

    private static boolean cooled(Track t, Rule r, long now) {
        return t.clearedAt == NEVER || now - t.clearedAt >= r.cooldownMillis();
    }

    private void exitRule(Rule r, Map<Identity, ProcessSample> present, long now, List<Transition> out) {
        List<ProcessSample> gone = new ArrayList<>();
        for (ProcessSample p : previous.values()) {
            if (!present.containsKey(p.identity()) && r.matches(p)) gone.add(p);
        }
        gone.sort(Comparator.comparingInt(ProcessSample::pid));
        for (ProcessSample p : gone) {
            book.fire(r, p.identity(), p.pid(), p.name(), Double.NaN, AlertMessages.event(r, p), now, out);
        }
    }

    private void startRule(Rule r, List<ProcessSample> procs, Map<Identity, ProcessSample> present,
                           long now, List<Transition> out) {
        Set<Identity> seen = startSeen.get(r);
        boolean baseline = seen == null;
        if (baseline) startSeen.put(r, seen = new HashSet<>());
        for (ProcessSample p : procs) {
            if (r.matches(p) && seen.add(p.identity()) && !baseline) {
                book.fire(r, p.identity(), p.pid(), p.name(), Double.NaN, AlertMessages.event(r, p), now, out);
            }
        }
        seen.retainAll(present.keySet());
    }

    private void expireEvents(long now, List<Transition> out) {
        List<Alert> events = new ArrayList<>();
        for (Alert a : book.active()) if (a.rule().metric().isEvent()) events.add(a);
        // book.active() is newest first: the tail is the oldest.
        for (int k = events.size() - 1; k >= 0; k--) {
            Alert a = events.get(k);
            if (now - a.sinceMillis() >= EVENT_HOLD_MILLIS) book.clear(a.id(), now, "event shown", out);
            else if (k >= EVENT_LIMIT) book.clear(a.id(), now, "too many events", out);
        }
    }

    private List<Rule> allRules() {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(watched.values());
        return all;
    }

    private List<Transition> emit(List<Transition> out) {
        for (Transition t : out) listener.accept(t);
        return List.copyOf(out);
    }

    /**
     * Replaces the configured rules (watch rules stay). State is kept for rules present in both
     * lists (equal canonical text); alerts of removed rules clear with reason "rule removed".
     */
    public synchronized List<Transition> setRules(List<Rule> newRules, long nowMillis) {
        List<Rule> next = List.copyOf(new LinkedHashSet<>(newRules));
        Set<Rule> keep = new HashSet<>(next);
        List<Transition> out = new ArrayList<>();
        for (Rule r : rules) {
            if (keep.contains(r)) continue;
            book.clearRule(r, nowMillis, "rule removed", out);
            procTracks.remove(r);
            sysTracks.remove(r);
            startSeen.remove(r);
        }
        rules = next;
        return emit(out);
    }

    /** The configured rules, then the watch rules. */
    public synchronized List<Rule> rules() {
        return List.copyOf(allRules());
    }

    /** Marks a process as watched: its exit fires an alert. Returns the watch rule. */
    public synchronized Rule watch(Identity id) {
        return watched.computeIfAbsent(id, Rule::watchExit);
    }

    /** Stops watching; false when it was not watched. An exit alert already fired stays. */
    public synchronized boolean unwatch(Identity id) {
        return watched.remove(id) != null;
    }

    public synchronized boolean isWatched(Identity id) {
        return watched.containsKey(id);
    }

    public synchronized Set<Identity> watched() {
        return Set.copyOf(watched.keySet());
    }

    /** Silences an active alert until it clears; null when it is not active or already acknowledged. */
    public synchronized Transition acknowledge(long alertId, long nowMillis) {
        Transition t = book.acknowledge(alertId, nowMillis);
        if (t != null) emit(List.of(t));
        return t;
    }

    /** Acknowledges every active alert not yet acknowledged. */
    public synchronized List<Transition> acknowledgeAll(long nowMillis) {
        List<Transition> out = new ArrayList<>();
        for (Alert a : book.active()) {
            Transition t = book.acknowledge(a.id(), nowMillis);
            if (t != null) out.add(t);
        }
        return emit(out);
    }

    /** Active alerts, newest first (ties by PID). */
    public synchronized List<Alert> active() {
        return book.active();
    }

    /** Cleared alerts, newest first, at most {@link #HISTORY_LIMIT}. */
    public synchronized List<Alert> history() {
        return book.history();
    }

    /**
     * What one snapshot's batch output lists under "alerts": the active alerts (newest first),
     * then those that cleared in the last {@link #evaluate}.
     */
    public synchronized List<Alert> reportAlerts() {
        List<Alert> l = new ArrayList<>(book.active());
        l.addAll(clearedLast);
        return List.copyOf(l);
    }

    /** Processes with an active alert and the loudest severity among them (to mark rows). */
    public synchronized Map<Identity, Severity> activeByIdentity() {
        return book.byIdentity();
    }

    /** Active, unacknowledged alerts per severity (for the header); every severity is a key. */
    public synchronized Map<Severity, Integer> counts() {
        return book.counts();
    }
}
