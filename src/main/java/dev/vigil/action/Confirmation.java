package dev.vigil.action;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * When to ask y/n before sending, and why, as a pure function. Ask before KILL (or an
 * escalation that may end in KILL); before anything sent to more than one process; before
 * anything sent to PID 1 or to vigil itself; and, when vigil runs as root, before anything sent
 * to another user's process.
 */
public final class Confirmation {
    private Confirmation() {
    }

    /**
     * Who is asking.
     *
     * @param selfPid vigil's own PID
     * @param euid    vigil's effective uid (0 = root); -1 when unknown
     */
    public record Context(long selfPid, int euid) {
        /** This JVM: its PID and effective uid from /proc/self/status. */
        public static Context current() {
            return new Context(ProcessHandle.current().pid(), ProcFacts.effectiveUid());
        }
    }

    /** The reasons to confirm, in words; empty when the choice may be sent without asking. */
    public static List<String> reasons(Targets targets, Choice choice, Context ctx) {
        List<String> why = new ArrayList<>();
        if (choice instanceof Choice.Send s && s.signal().equals(Signal.KILL)) {
            why.add("KILL cannot be caught: no chance to clean up");
        } else if (choice instanceof Choice.Escalate e && e.chain().endsInKill()) {
            why.add("ends with KILL for any still alive after " + Escalation.seconds(e.chain().totalMillis()) + " s");
        }
        if (targets.size() > 1) why.add(many(targets));
        for (Target t : targets.list()) {
            if (t.pid() == 1) why.add("PID 1 is init: the system or container depends on it");
            if (t.pid() == ctx.selfPid()) why.add("PID " + t.pid() + " is vigil itself");
        }
        if (ctx.euid() == 0) {
            List<Target> others = targets.list().stream().filter(t -> t.uid() != 0).toList();
            if (others.size() == 1) {
                Target t = others.get(0);
                why.add("running as root: PID " + t.pid() + " belongs to " + owner(t));
            } else if (!others.isEmpty()) {
                TreeSet<String> names = new TreeSet<>();
                for (Target t : others) names.add(owner(t));
                why.add("running as root: " + others.size() + " targets belong to other users ("
                        + String.join(", ", names) + ")");
            }
        }
        return why;
    }

    private static String owner(Target t) {
        return t.uid() < 0 ? "an unknown user" : t.user();
    }

    private static String many(Targets targets) {
        return "goes to " + targets.size() + " processes";
    }

    /**
     * The y/n question, e.g. "Send KILL to PID 4242 (sleep)? KILL cannot be caught: … (y/n)".
     * The count of targets is said once, by the question ("Send TERM to 6 processes?").
     */
    public static String prompt(Targets targets, Choice choice, List<String> reasons) {
        String q = "Send " + choice.describe() + " to " + targets.describe() + "?";
        List<String> rest = reasons.stream().filter(r -> !r.equals(many(targets))).toList();
        return rest.isEmpty() ? q + " (y/n)" : q + " " + String.join("; ", rest) + ". (y/n)";
    }
}
