package dev.vigil.sample;

/**
 * Per-process files read only while something needs them ({@link Sampler#setOptionalReads}):
 * each costs about one more file read per process and refresh.
 */
public enum ProcRead {
    /** /proc/PID/cgroup, for {@link ProcessAttrs#cgroup()}. */
    CGROUP,
    /** /proc/PID/oom_score, for {@link ProcessAttrs#oomScore()}. */
    OOM_SCORE
}
