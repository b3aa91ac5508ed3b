package dev.vigil.detail;

import dev.vigil.detail.ParentChain.Ancestor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The warnings for a process, as a pure function of its detail and of how long it has been in
 * state D (tracked across snapshots by {@link DStateTracker}; pass {@link Duration#ZERO} when
 * unknown). {@link #of} gives the pane's list; {@link #forSignal} what to say in the signal
 * menu before sending one signal.
 */
public final class Warnings {
    private Warnings() {
    }

    /** State D must last this long before it is worth a warning; brief D waits are normal. */
    public static final Duration D_STATE_AFTER = Duration.ofSeconds(3);

    /** The signals the pane checks for being ignored or dropped, in this order. */
    static final int[] STOP_SIGNALS = {Signals.TERM, Signals.HUP, Signals.INT};

    public static String ignored(int sig) {
        return Signals.name(sig) + " is ignored by this process; KILL or a different signal is needed";
    }

    public static String namespaceInit(int sig) {
        return "PID 1 in its namespace: the kernel drops " + Signals.name(sig)
                + " it does not handle; stop the container or use KILL from outside";
    }

    public static String zombie(int parentPid, String parentName) {
        String who = parentName == null ? "PID " + parentPid : "PID " + parentPid + " (" + parentName + ")";
        return "zombie: already dead, cannot be killed; its parent " + who
                + " has not reaped it — signal or restart the parent";
    }

    public static final String UNINTERRUPTIBLE = "uninterruptible (D): signals wait until the I/O finishes";
    public static final String STOPPED = "stopped: send CONT to resume";

    public static String traced(int tracerPid) {
        return tracerPid > 0 ? "traced by PID " + tracerPid : "traced (tracer not visible)";
    }

    /**
     * Everything worth saying at the top of the detail pane. A zombie gets only the zombie
     * warning (nothing else applies to the dead). For PID 1 of a namespace, TERM, HUP and INT
     * that have no handler get the namespace sentence instead of the "ignored" one. Kernel
     * threads ignore every signal by design, so they get no signal warnings.
     */
    public static List<Warning> of(ProcessDetail d, Duration inD) {
        List<Warning> out = new ArrayList<>();
        if (d.state() == 'Z') {
            out.add(zombieWarning(d));
            return out;
        }
        stateWarnings(d, inD, out);
        if (d.stat().kernelThread()) return out;
        for (int sig : STOP_SIGNALS) signalWarning(d, sig, out);
        return out;
    }

    /**
     * What to say before sending {@code sig}: zombie (always, and nothing else); the signal is
     * ignored; PID 1 of a namespace without a handler (not for KILL and STOP, which the kernel
     * forces from outside); D for longer than {@link #D_STATE_AFTER}; stopped, when the signal
     * has a handler or is blocked (it will wait for CONT; an unhandled fatal signal still kills
     * a stopped process); traced.
     */
    public static List<Warning> forSignal(ProcessDetail d, int sig, Duration inD) {
        List<Warning> out = new ArrayList<>();
        if (d.state() == 'Z') {
            out.add(zombieWarning(d));
            return out;
        }
        if (!d.stat().kernelThread()) signalWarning(d, sig, out);
        ProcStatus s = d.status();
        boolean waits = Signals.has(s.sigCgt(), sig) || Signals.has(s.sigBlk(), sig);
        if (longInD(d, inD)) out.add(new Warning(Warning.Kind.UNINTERRUPTIBLE, UNINTERRUPTIBLE, 0, 0));
        if (d.state() == 'T' && sig != Signals.CONT && sig != Signals.KILL && waits) {
            out.add(new Warning(Warning.Kind.STOPPED, STOPPED, 0, 0));
        }
        if (traced(d)) out.add(tracedWarning(d));
        return out;
    }

    /** Whether the process is PID 1 of its PID namespace (host init included). */
    public static boolean isNamespaceInit(ProcessDetail d) {
        return d.nsPid() == 1;
    }

    private static void stateWarnings(ProcessDetail d, Duration inD, List<Warning> out) {
        if (longInD(d, inD)) out.add(new Warning(Warning.Kind.UNINTERRUPTIBLE, UNINTERRUPTIBLE, 0, 0));
        if (d.state() == 'T') out.add(new Warning(Warning.Kind.STOPPED, STOPPED, 0, 0));
        if (traced(d)) out.add(tracedWarning(d));
    }

    private static void signalWarning(ProcessDetail d, int sig, List<Warning> out) {
        if (sig == Signals.KILL || sig == Signals.STOP) return;
        ProcStatus s = d.status();
        if (isNamespaceInit(d) && !Signals.has(s.sigCgt(), sig)) {
            out.add(new Warning(Warning.Kind.NAMESPACE_INIT, namespaceInit(sig), 0, sig));
        } else if (Signals.has(s.sigIgn(), sig)) {
            out.add(new Warning(Warning.Kind.SIGNAL_IGNORED, ignored(sig), 0, sig));
        }
    }

    private static boolean longInD(ProcessDetail d, Duration inD) {
        return d.state() == 'D' && inD != null && inD.compareTo(D_STATE_AFTER) >= 0;
    }

    private static boolean traced(ProcessDetail d) {
        return d.state() == 't' || d.status().tracerPid() != 0;
    }

    private static Warning tracedWarning(ProcessDetail d) {
        int tracer = d.status().tracerPid();
        return new Warning(Warning.Kind.TRACED, traced(tracer), tracer, 0);
    }

    private static Warning zombieWarning(ProcessDetail d) {
        int ppid = d.stat().ppid();
        Ancestor parent = d.parent();
        return new Warning(Warning.Kind.ZOMBIE, zombie(ppid, parent == null ? null : parent.name()), ppid, 0);
    }
}
