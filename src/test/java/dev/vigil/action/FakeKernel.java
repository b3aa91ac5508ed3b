package dev.vigil.action;

import dev.vigil.sample.Identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A kernel in memory: records what was sent, answers from sets the test controls. */
final class FakeKernel implements Kernel {
    final List<String> sent = new ArrayList<>();
    final Set<Identity> alive = new HashSet<>();
    /** Outcome kinds or errnos to answer for a PID instead of DONE. */
    final Map<Integer, Outcome.Kind> kinds = new HashMap<>();
    final Map<Integer, Integer> errnos = new HashMap<>();
    final Map<Integer, Integer> nice = new HashMap<>();
    /** Targets that exit when they receive TERM (as a process without a handler would). */
    final Set<Identity> exitOnTerm = new HashSet<>();
    /** Targets that exit when they receive this signal (TERM ignored, QUIT handled, say). */
    final Map<Identity, Signal> exitOn = new HashMap<>();

    @Override
    public Outcome signal(Target t, Signal s) {
        Outcome o = answer(t);
        if (!o.done()) return o;
        sent.add(s.name() + " " + t.pid());
        if (s.equals(Signal.KILL) || s.equals(Signal.TERM) && exitOnTerm.contains(t.id())
                || s.equals(exitOn.get(t.id()))) {
            alive.remove(t.id());
        }
        return o;
    }

    @Override
    public Outcome renice(Target t, NiceChange c) {
        Outcome o = answer(t);
        int old = nice.getOrDefault(t.pid(), 0);
        int want = c.apply(old);
        if (!o.done()) return o.withNice(old, want);
        if (want == old) return Outcome.of(t, Outcome.Kind.UNCHANGED).withNice(old, want);
        nice.put(t.pid(), want);
        sent.add("nice " + want + " " + t.pid());
        return o.withNice(old, want);
    }

    private Outcome answer(Target t) {
        if (errnos.containsKey(t.pid())) {
            Outcome o = Outcome.failed(t, errnos.get(t.pid()));
            return o.errno() == Errno.EPERM ? o.withOwner("root") : o;
        }
        return Outcome.of(t, kinds.getOrDefault(t.pid(), Outcome.Kind.DONE));
    }

    @Override
    public boolean alive(Target t) {
        return alive.contains(t.id());
    }

    @Override
    public String method() {
        return "fake";
    }

    static Target target(int pid) {
        return new Target(new Identity(pid, 1000 + pid), 1000, "alice", "proc" + pid);
    }

    static Targets targets(int... pids) {
        List<Target> l = new ArrayList<>();
        for (int p : pids) l.add(target(p));
        return new Targets(l);
    }
}
