package dev.vigil.sample;

/**
 * Source of snapshots. One thread calls {@link #sample()} at a time (the sampler thread).
 * A process that vanishes mid-read is left out of that snapshot; unreadable fields are absent
 * (NaN, or the field's documented "unknown" value), never an error.
 */
public interface Sampler extends AutoCloseable {

    /** Takes one snapshot. Rates are measured against the previous call. */
    Snapshot sample();

    /** Whether userland threads are listed as their own rows (htop's H). Off by default. */
    default void setIncludeThreads(boolean include) {
    }

    /**
     * Whether I/O rates are read (on by default). Off, {@code ioReadBytesPerSec} and
     * {@code ioWriteBytesPerSec} are NaN and the per-process io files are not opened.
     */
    default void setIncludeIo(boolean include) {
    }

    /**
     * Whether each process also carries the exporter's {@link ProcessExtra} (off by default):
     * the user/system CPU split, cumulative I/O bytes, open files and their limit, context
     * switches, swap, page faults, executable and cgroup. Costs one more /proc file read and one
     * directory size per process and refresh; only {@code vigil serve} turns it on. Samplers
     * that cannot read these leave it null.
     */
    default void setIncludeExtra(boolean include) {
    }

    /**
     * Which per-process files beyond the usual ones are read ({@link ProcRead}); none by default.
     * Samplers that cannot read them leave the facts unknown.
     */
    default void setOptionalReads(java.util.Set<ProcRead> reads) {
    }

    /**
     * The next sample reads every process in full, even those an incremental sampler would
     * take as unchanged: after vigil acted on processes (a signal, a new nice value), so that
     * the next frame shows what the action did. Samplers that always read everything ignore it.
     */
    default void readInFullNext() {
    }

    @Override
    default void close() {
    }
}
