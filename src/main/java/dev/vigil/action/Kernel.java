package dev.vigil.action;

/**
 * The door to the operating system for actions. Each call re-checks that the PID still belongs
 * to the captured process (same start time) before acting, and says what happened; it never
 * throws for a process that vanished. {@link NativeKernel} is the real one; tests use fakes.
 */
public interface Kernel {

    /** Sends the signal to the target's process if it is still that process. */
    Outcome signal(Target target, Signal signal);

    /** Sets the nice of every thread of the target's process if it is still that process. */
    Outcome renice(Target target, NiceChange change);

    /**
     * Sets the soft and/or hard value of one resource limit of the target's process
     * (prlimit64) if it is still that process; the old values are read first.
     */
    default LimitOutcome setLimit(Target target, LimitChange change) {
        return LimitOutcome.of(Outcome.failed(target, Errno.ENOSYS), change);
    }

    /** Sets the CPU affinity of every thread of the target's process if it is still that process. */
    default Outcome setAffinity(Target target, CpuSet cpus) {
        return Outcome.failed(target, Errno.ENOSYS);
    }

    /** Sets the I/O priority of every thread of the target's process if it is still that process. */
    default Outcome setIoPriority(Target target, IoPriority priority) {
        return Outcome.failed(target, Errno.ENOSYS);
    }

    /** The I/O priority of the target's process (ioprio_get); null when it cannot be read. */
    default IoPriority ioPriority(Target target) {
        return null;
    }

    /** True if the target's process still runs as the same process (not gone, not a zombie). */
    default boolean alive(Target target) {
        ProcFacts.Stat st = ProcFacts.stat(target.pid());
        return st != null && st.startTicks() == target.id().startTicks() && !st.ended();
    }

    /** How signals are delivered here, in words (for logs and the about screen). */
    String method();
}
