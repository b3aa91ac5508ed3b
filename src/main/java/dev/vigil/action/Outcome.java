package dev.vigil.action;

/**
 * What happened to one target of one action.
 *
 * @param target  the process aimed at
 * @param kind    what happened
 * @param errno   the kernel's errno for {@link Kind#FAILED}; 0 otherwise
 * @param owner   owner's user name read when the kernel said EPERM; null otherwise
 * @param oldNice nice before a renice (renice outcomes only; 0 for signals)
 * @param newNice nice after a renice, or the value that was refused (renice outcomes only)
 */
public record Outcome(Target target, Kind kind, int errno, String owner, int oldNice, int newNice) {

    /** What happened, in the order a person cares about. */
    public enum Kind {
        /** The signal was sent, or the nice value set. */
        DONE,
        /** The process had exited (or the kernel said ESRCH): nothing was done. */
        EXITED,
        /** The process had exited but its parent has not reaped it (zombie): nothing was done. */
        ZOMBIE,
        /** The PID now belongs to a different process (start time differs): nothing was done. */
        REUSED,
        /** Renice only: already at the value or at the end of the range: nothing was done. */
        UNCHANGED,
        /** The kernel refused; see errno. */
        FAILED,
        /** vigil runs read-only: nothing was done. */
        READ_ONLY
    }

    public static Outcome done(Target t) {
        return new Outcome(t, Kind.DONE, 0, null, 0, 0);
    }

    public static Outcome of(Target t, Kind kind) {
        return new Outcome(t, kind, 0, null, 0, 0);
    }

    public static Outcome failed(Target t, int errno) {
        return new Outcome(t, Kind.FAILED, errno, null, 0, 0);
    }

    public Outcome withNice(int before, int after) {
        return new Outcome(target, kind, errno, owner, before, after);
    }

    public Outcome withOwner(String name) {
        return new Outcome(target, kind, errno, name, oldNice, newNice);
    }

    public boolean done() {
        return kind == Kind.DONE;
    }

    /** True when the process was not there any more (exited, zombie, or PID reused). */
    public boolean gone() {
        return kind == Kind.EXITED || kind == Kind.ZOMBIE || kind == Kind.REUSED;
    }
}
