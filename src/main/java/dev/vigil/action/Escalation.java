package dev.vigil.action;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Escalation chains ("TERM, then QUIT after 5 s, then KILL after 5 s") without blocking anyone:
 * {@link #start} sends the first signal and returns; {@link #tick} (called from the sampler
 * thread each refresh) drops targets that have exited and, once a step's wait is over, sends the
 * next signal to those still alive and still the same process. Several escalations may run at
 * once; Esc cancels them all. Time is passed in (milliseconds on any monotonic clock), so tests
 * drive it with a fake clock and a fake kernel. Thread-safe.
 */
public final class Escalation {
    public static final long DEFAULT_GRACE_MILLIS = dev.vigil.model.Limits.DEFAULT_GRACE_MILLIS;

    private final Kernel kernel;
    private final List<Batch> batches = new ArrayList<>();

    /** One escalation: what is still watched, out of how many, which step was sent last, when the next is due. */
    private static final class Batch {
        final EscalationChain chain;
        final List<Target> watched;
        final int sent;
        final int firstPid;
        int step;
        long deadline;

        Batch(EscalationChain chain, List<Target> watched, long deadline) {
            this.chain = chain;
            this.watched = watched;
            this.sent = watched.size();
            this.firstPid = watched.get(0).pid();
            this.deadline = deadline;
        }

        EscalationChain.Step current() {
            return chain.steps().get(step);
        }

        Signal next() {
            return chain.steps().get(step + 1).signal();
        }
    }

    public Escalation(Kernel kernel) {
        this.kernel = kernel;
    }

    /** TERM, then KILL after {@code graceMillis}: {@link #start(Targets, EscalationChain, long)}. */
    public Result start(Targets targets, long graceMillis, long nowMillis) {
        return start(targets, EscalationChain.termThenKill(graceMillis), nowMillis);
    }

    /** Sends the chain's first signal now and starts watching the targets it reached. Returns its line. */
    public synchronized Result start(Targets targets, EscalationChain chain, long nowMillis) {
        List<Outcome> outcomes = new ArrayList<>();
        List<Target> reached = new ArrayList<>();
        Signal first = chain.first();
        for (Target t : targets.list()) {
            Outcome o = kernel.signal(t, first);
            outcomes.add(o);
            if (o.done()) reached.add(t);
        }
        String line = Wording.signal(first, outcomes);
        if (!reached.isEmpty()) {
            Batch b = new Batch(chain, reached, nowMillis + chain.steps().get(0).waitMillis());
            batches.add(b);
            line += "; " + upcoming(b, reached.size());
        }
        return new Result(line, outcomes);
    }

    /** "KILL in 5 s if still alive", "QUIT in 5 s to any still alive, then KILL after 5 s". */
    private static String upcoming(Batch b, int alive) {
        String s = b.next().name() + " in " + seconds(b.current().waitMillis()) + " s "
                + (alive == 1 ? "if still alive" : "to any still alive");
        List<EscalationChain.Step> steps = b.chain.steps();
        for (int i = b.step + 2; i < steps.size(); i++) {
            s += ", then " + steps.get(i).signal().name() + " after " + seconds(steps.get(i - 1).waitMillis()) + " s";
        }
        return s;
    }

    /** Checks the watched processes; sends the next step where due. Returns the lines it produced. */
    public synchronized List<String> tick(long nowMillis) {
        List<String> lines = new ArrayList<>();
        for (Iterator<Batch> it = batches.iterator(); it.hasNext(); ) {
            Batch b = it.next();
            b.watched.removeIf(t -> !kernel.alive(t));
            if (b.watched.isEmpty()) {
                lines.add("escalation: " + (b.sent == 1 ? "PID " + b.firstPid + " exited" : "all " + b.sent + " processes exited")
                        + " after " + b.current().signal().name() + "; no " + b.chain.namesFrom(b.step + 1) + " needed");
                it.remove();
            } else if (nowMillis >= b.deadline) {
                Signal next = b.next();
                List<Outcome> outs = new ArrayList<>();
                List<Target> reached = new ArrayList<>();
                for (Target t : b.watched) {
                    Outcome o = kernel.signal(t, next);
                    outs.add(o);
                    if (o.done()) reached.add(t);
                }
                String alive = b.sent == 1 ? "PID " + b.watched.get(0).pid()
                        : b.watched.size() + " of " + b.sent;
                String line = "escalation: " + alive + " still alive " + seconds(b.current().waitMillis()) + " s after "
                        + b.current().signal().name() + "; " + Wording.signal(next, outs);
                b.step++;
                b.watched.retainAll(reached);
                if (b.step == b.chain.steps().size() - 1 || b.watched.isEmpty()) {
                    it.remove();
                } else {
                    b.deadline = nowMillis + b.current().waitMillis();
                    line += "; " + upcoming(b, b.watched.size());
                }
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * The countdown for the status line while any escalation waits, naming the step it waits in,
     * e.g. "escalating: 2 still alive after TERM, KILL in 3 s — Esc cancels"; empty when none.
     */
    public synchronized Optional<String> status(long nowMillis) {
        if (batches.isEmpty()) return Optional.empty();
        int alive = 0;
        Batch soonest = null;
        Target one = null;
        for (Batch b : batches) {
            alive += b.watched.size();
            if (soonest == null || b.deadline < soonest.deadline) soonest = b;
            if (!b.watched.isEmpty()) one = b.watched.get(0);
        }
        long left = soonest.deadline - nowMillis;
        String who = alive == 1 && one != null ? "PID " + one.pid() : Integer.toString(alive);
        String step = soonest.current().signal().name();
        if (soonest.chain.steps().size() > 2) step += " (step " + (soonest.step + 1) + " of " + soonest.chain.steps().size() + ")";
        String next = soonest.next().name();
        String when = left > 0 ? next + " in " + seconds(left) + " s" : next + " now";
        return Optional.of("escalating: " + who + " still alive after " + step + ", " + when + " — Esc cancels");
    }

    /** Stops every waiting escalation; nothing more is sent. Returns the line, or empty when none waited. */
    public synchronized Optional<String> cancel() {
        if (batches.isEmpty()) return Optional.empty();
        List<Target> alive = new ArrayList<>();
        Set<String> skipped = new LinkedHashSet<>();
        for (Batch b : batches) {
            for (Target t : b.watched) {
                if (kernel.alive(t)) alive.add(t);
            }
            skipped.add(b.chain.namesFrom(b.step + 1));
        }
        batches.clear();
        String who = alive.size() == 1 ? "PID " + alive.get(0).pid() : Integer.toString(alive.size());
        return Optional.of("escalation cancelled: " + who + " still alive, no " + String.join(" or ", skipped) + " sent");
    }

    public synchronized boolean active() {
        return !batches.isEmpty();
    }

    /** Whole seconds, rounded up: 4001 ms is "5". */
    static long seconds(long millis) {
        return (millis + 999) / 1000;
    }
}
