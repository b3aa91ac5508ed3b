package dev.vigil.action;

/**
 * What one limit change did to one process.
 *
 * @param outcome what happened (DONE, UNCHANGED, FAILED with the errno, or why the process was not there)
 * @param change  what was asked
 * @param oldSoft soft value before, in the kernel's units ({@link Rlimit#UNLIMITED}); -2 when not read
 * @param oldHard hard value before; -2 when not read
 * @param newSoft soft value asked for (or refused); -2 when not known
 * @param newHard hard value asked for (or refused); -2 when not known
 */
public record LimitOutcome(Outcome outcome, LimitChange change, long oldSoft, long oldHard, long newSoft, long newHard) {
    public static final long UNKNOWN = -2;

    /** An outcome before the old values were read. */
    public static LimitOutcome of(Outcome o, LimitChange change) {
        return new LimitOutcome(o, change, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN);
    }

    /** True when the change asked to raise the hard limit (which needs CAP_SYS_RESOURCE). */
    public boolean raisesHard() {
        return oldHard != UNKNOWN && newHard != UNKNOWN && LimitChange.above(newHard, oldHard);
    }
}
