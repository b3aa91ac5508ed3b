package dev.vigil.action;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the outcomes of one batch into one line of words for the status line and the action
 * log, e.g. "sent STOP to 3 processes", "PID 4242 exited before the signal; nothing sent",
 * "not permitted: PID 1 belongs to root (EPERM)". Pure.
 */
public final class Wording {
    /** Exactly what every action answers in read-only mode. */
    public static final String READ_ONLY = "read-only mode: no signals, renice, affinity, I/O priority or limit changes";

    private static final int PIDS_SHOWN = 4;

    private Wording() {
    }

    /** The line for sending {@code signal} with these outcomes (one per target). */
    public static String signal(Signal signal, List<Outcome> outcomes) {
        if (outcomes.isEmpty()) return "no process to signal; nothing sent";
        if (anyReadOnly(outcomes)) return READ_ONLY;
        long done = outcomes.stream().filter(Outcome::done).count();
        String success = null;
        if (done > 0) {
            String verb = "sent " + signal.name() + " to ";
            if (outcomes.size() == 1) success = verb + outcomes.get(0).target().label();
            else if (done == outcomes.size()) success = verb + done + " processes";
            else success = verb + done + " of " + outcomes.size() + " processes";
        }
        return compose(success, outcomes, "the signal", "nothing sent", "signal");
    }

    /** The line for a renice with these outcomes (one per target). */
    public static String renice(NiceChange change, List<Outcome> outcomes) {
        if (outcomes.isEmpty()) return "no process to renice; nothing changed";
        if (anyReadOnly(outcomes)) return READ_ONLY;
        List<Outcome> ok = outcomes.stream().filter(Outcome::done).toList();
        String success = null;
        if (outcomes.size() == 1 && ok.size() == 1) {
            Outcome o = ok.get(0);
            success = "nice of " + o.target().label() + " set to " + o.newNice() + " (was " + o.oldNice() + ")";
        } else if (!ok.isEmpty()) {
            String what = change.relative() ? change.describe() + " on " : "nice set to " + change.value() + " on ";
            success = what + (ok.size() == outcomes.size() ? ok.size() + " processes"
                    : ok.size() + " of " + outcomes.size() + " processes");
        }
        return compose(success, outcomes, "renice", "nothing changed", "renice");
    }

    /**
     * The line for setting the CPU affinity, e.g. "affinity of PID 4242 (sleep) set to CPU 0 (was
     * CPUs 0-3)", "affinity set to CPUs 0,2 on 3 processes". {@code old}: the single target's
     * set before, or null.
     */
    public static String affinity(CpuSet cpus, CpuSet old, List<Outcome> outcomes) {
        return tuning("affinity", cpus.describe(), old == null ? null : old.describe(), outcomes);
    }

    /** The line for setting the I/O priority, as {@link #affinity}. */
    public static String ioPriority(IoPriority p, IoPriority old, List<Outcome> outcomes) {
        return tuning("I/O priority", p.describe(), old == null ? null : old.describe(), outcomes);
    }

    private static String tuning(String what, String value, String old, List<Outcome> outcomes) {
        if (outcomes.isEmpty()) return "no process to change; nothing changed";
        if (anyReadOnly(outcomes)) return READ_ONLY;
        long ok = outcomes.stream().filter(Outcome::done).count();
        String success = null;
        if (outcomes.size() == 1 && ok == 1) {
            success = what + " of " + outcomes.get(0).target().label() + " set to " + value
                    + (old == null ? "" : " (was " + old + ")");
        } else if (ok > 0) {
            success = what + " set to " + value + " on "
                    + (ok == outcomes.size() ? ok + " processes" : ok + " of " + outcomes.size() + " processes");
        }
        return compose(success, outcomes, "the change", "nothing changed", what.equals("affinity") ? "affinity" : "ioprio");
    }

    /**
     * The line for a limit change, e.g. "nofile of PID 4242 (sleep) set to 4096:8192 (was
     * 1024:524288)", "raising the hard limit of nofile needs root or CAP_SYS_RESOURCE (EPERM);
     * nothing changed".
     */
    public static String limit(LimitOutcome lo) {
        Outcome o = lo.outcome();
        Rlimit r = lo.change().resource();
        String who = o.target().label();
        return switch (o.kind()) {
            case DONE -> r.shortName + " of " + who + " set to " + pair(r, lo.newSoft(), lo.newHard())
                    + " (was " + pair(r, lo.oldSoft(), lo.oldHard()) + ")";
            case UNCHANGED -> r.shortName + " of " + who + " is already " + pair(r, lo.oldSoft(), lo.oldHard())
                    + "; nothing changed";
            case READ_ONLY -> READ_ONLY;
            case FAILED -> limitFailure(lo, r) + "; nothing changed";
            default -> compose(null, List.of(o), "the change", "nothing changed", "limit");
        };
    }

    private static String limitFailure(LimitOutcome lo, Rlimit r) {
        Outcome o = lo.outcome();
        if (o.errno() == Errno.EPERM && o.owner() != null) {
            return "not permitted: PID " + o.target().pid() + " belongs to " + o.owner() + " (EPERM)";
        }
        if (o.errno() == Errno.EPERM) {
            return (lo.raisesHard() ? "raising the hard limit of " + r.shortName + " to " + r.format(lo.newHard())
                    : "changing " + r.shortName) + " needs root or CAP_SYS_RESOURCE"
                    + (r == Rlimit.NOFILE ? " (and stays under fs.nr_open)" : "") + " (EPERM)";
        }
        if (o.errno() == Errno.EINVAL) {
            return "soft " + r.format(lo.newSoft()) + " above hard " + r.format(lo.newHard())
                    + ": the soft limit may not exceed the hard one (EINVAL)";
        }
        return "PID " + o.target().pid() + ": " + Errno.words(o.errno()) + " (" + Errno.name(o.errno()) + ")";
    }

    private static String pair(Rlimit r, long soft, long hard) {
        return r.format(soft) + ":" + r.format(hard);
    }

    private static boolean anyReadOnly(List<Outcome> outcomes) {
        return outcomes.stream().anyMatch(o -> o.kind() == Outcome.Kind.READ_ONLY);
    }

    /** action: signal, renice, limit, affinity or ioprio (for the words of EINVAL and EACCES). */
    private static String compose(String success, List<Outcome> outcomes, String before,
                                  String nothing, String action) {
        boolean single = outcomes.size() == 1;
        List<String> parts = new ArrayList<>();
        if (success != null) parts.add(success);
        boolean identityTrouble = false;
        // Group failures by what a person would say about them, keeping first-seen order.
        Map<String, List<Outcome>> groups = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            if (o.done()) continue;
            String key = switch (o.kind()) {
                case FAILED -> o.errno() == Errno.EPERM ? "EPERM " + o.owner() : "E" + o.errno();
                case UNCHANGED -> "UNCHANGED " + o.newNice();
                default -> o.kind().name();
            };
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
            if (o.kind() != Outcome.Kind.FAILED) identityTrouble = true;
        }
        for (List<Outcome> g : groups.values()) parts.add(phrase(g, before, action, single));
        if (success == null && identityTrouble) parts.add(nothing);
        return String.join("; ", parts);
    }

    private static String phrase(List<Outcome> g, String before, String action, boolean single) {
        Outcome first = g.get(0);
        boolean many = g.size() > 1;
        String pids = pids(g);
        return switch (first.kind()) {
            case EXITED -> pids + " exited before " + before;
            case ZOMBIE -> pids + " exited before " + before + " (" + (many ? "zombies" : "a zombie")
                    + " not yet reaped by " + (many ? "their parents" : "its parent") + ")";
            case REUSED -> pids + (many ? " are now different processes" : " is now a different process");
            case UNCHANGED -> pids + (many ? " are" : " is") + " already at nice " + first.newNice();
            case FAILED -> failure(g, pids, action, single);
            default -> pids + ": " + first.kind().name().toLowerCase();
        };
    }

    private static String failure(List<Outcome> g, String pids, String action, boolean single) {
        boolean renice = action.equals("renice");
        int errno = g.get(0).errno();
        String prefix = single ? "" : pids + ": ";
        if (errno == Errno.EPERM) {
            String owner = g.get(0).owner() == null ? "another user" : g.get(0).owner();
            return "not permitted: " + pids + (g.size() > 1 ? " belong to " : " belongs to ") + owner + " (EPERM)";
        }
        if (errno == Errno.EACCES && renice) {
            return prefix + "lowering nice needs root or CAP_SYS_NICE (EACCES)";
        }
        if (errno == Errno.EINVAL) {
            return prefix + switch (action) {
                case "renice" -> "invalid nice value";
                case "affinity" -> "none of these CPUs is allowed to it (its cpuset)";
                case "ioprio" -> "invalid I/O priority";
                default -> "invalid signal";
            } + " (EINVAL)";
        }
        if (single) prefix = pids + ": ";
        return prefix + Errno.words(errno) + " (" + Errno.name(errno) + ")";
    }

    /** "PID 4242", "PIDs 1, 2, 3", "PIDs 1, 2, 3, 4 and 5 more". */
    static String pids(List<Outcome> g) {
        if (g.size() == 1) return "PID " + g.get(0).target().pid();
        StringBuilder sb = new StringBuilder("PIDs ");
        for (int i = 0; i < g.size() && i < PIDS_SHOWN; i++) {
            if (i > 0) sb.append(", ");
            sb.append(g.get(i).target().pid());
        }
        if (g.size() > PIDS_SHOWN) sb.append(" and ").append(g.size() - PIDS_SHOWN).append(" more");
        return sb.toString();
    }
}
