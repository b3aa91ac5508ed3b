package dev.vigil.action;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * "TERM, then KILL after N s", without blocking anyone: {@link #start} sends TERM and returns;
 * {@link #tick} (called from the sampler thread each refresh) drops targets that have exited
 * and, once the grace period is over, sends KILL to those still alive and still the same
 * process. Several escalations may run at once; Esc cancels them all. Time is passed in
 * (milliseconds on any monotonic clock), so tests drive it with a fake clock and a fake kernel.
 * Thread-safe.
 */
public final class Escalation {
    public static final long DEFAULT_GRACE_MILLIS = 5000;

    private final Kernel kernel;
    private final List<Batch> batches = new ArrayList<>();

    /** One escalation: what is still watched, out of how many, and when KILL is due. */
    private static final class Batch {
        final List<Target> watched;
        final int sent;
        final int firstPid;
        final long graceMillis;
        final long deadline;

        Batch(List<Target> watched, long graceMillis, long deadline) {
            this.watched = watched;
            this.sent = watched.size();
            this.firstPid = watched.get(0).pid();
            this.graceMillis = graceMillis;
            this.deadline = deadline;
        }
    }

    public Escalation(Kernel kernel) {
        this.kernel = kernel;
    }

    /** Sends TERM to the targets now and starts watching those it reached. Returns the TERM line. */
    public synchronized Result start(Targets targets, long graceMillis, long nowMillis) {
        List<Outcome> outcomes = new ArrayList<>();
        List<Target> reached = new ArrayList<>();
        for (Target t : targets.list()) {
            Outcome o = kernel.signal(t, Signal.TERM);
            outcomes.add(o);
            if (o.done()) reached.add(t);
        }
        String line = Wording.signal(Signal.TERM, outcomes);
        if (!reached.isEmpty()) {
            batches.add(new Batch(reached, graceMillis, nowMillis + graceMillis));
            line += "; KILL in " + seconds(graceMillis) + " s " + (reached.size() == 1 ? "if still alive" : "to any still alive");
        }
        return new Result(line, outcomes);
    }

    /** Checks the watched processes; sends KILL where due. Returns the lines of finished escalations. */
    public synchronized List<String> tick(long nowMillis) {
        List<String> lines = new ArrayList<>();
        for (Iterator<Batch> it = batches.iterator(); it.hasNext(); ) {
            Batch b = it.next();
            b.watched.removeIf(t -> !kernel.alive(t));
            if (b.watched.isEmpty()) {
                lines.add("escalation: " + (b.sent == 1 ? "PID " + b.firstPid + " exited" : "all " + b.sent + " processes exited")
                        + " after TERM; no KILL needed");
                it.remove();
            } else if (nowMillis >= b.deadline) {
                List<Outcome> kills = new ArrayList<>();
                for (Target t : b.watched) kills.add(kernel.signal(t, Signal.KILL));
                String alive = b.sent == 1 ? "PID " + b.watched.get(0).pid()
                        : b.watched.size() + " of " + b.sent;
                lines.add("escalation: " + alive + " still alive after " + seconds(b.graceMillis) + " s; "
                        + Wording.signal(Signal.KILL, kills));
                it.remove();
            }
        }
        return lines;
    }

    /**
     * The countdown for the status line while any escalation waits, e.g.
     * "escalating: 2 still alive, KILL in 3 s — Esc cancels"; empty when none.
     */
    public synchronized Optional<String> status(long nowMillis) {
        if (batches.isEmpty()) return Optional.empty();
        int alive = 0;
        long due = Long.MAX_VALUE;
        Target one = null;
        for (Batch b : batches) {
            alive += b.watched.size();
            due = Math.min(due, b.deadline);
            if (!b.watched.isEmpty()) one = b.watched.get(0);
        }
        long left = due - nowMillis;
        String who = alive == 1 && one != null ? "PID " + one.pid() : Integer.toString(alive);
        String when = left > 0 ? "KILL in " + seconds(left) + " s" : "KILL now";
        return Optional.of("escalating: " + who + " still alive, " + when + " — Esc cancels");
    }

    /** Stops every waiting escalation; no KILL is sent. Returns the line, or empty when none waited. */
    public synchronized Optional<String> cancel() {
        if (batches.isEmpty()) return Optional.empty();
        List<Target> alive = new ArrayList<>();
        for (Batch b : batches) {
            for (Target t : b.watched) {
                if (kernel.alive(t)) alive.add(t);
            }
        }
        batches.clear();
        String who = alive.size() == 1 ? "PID " + alive.get(0).pid() : Integer.toString(alive.size());
        return Optional.of("escalation cancelled: " + who + " still alive, no KILL sent");
    }

    public synchronized boolean active() {
        return !batches.isEmpty();
    }

    /** Whole seconds, rounded up: 4001 ms is "5". */
    static long seconds(long millis) {
        return (millis + 999) / 1000;
    }
}
