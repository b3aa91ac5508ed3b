package dev.vigil.app;

import dev.vigil.sample.Snapshot;

/**
 * Where snapshots come from: the live machine ({@link LiveSource}), or a recording read back.
 * Nothing above this interface may assume "live": ask {@link #live()}. One thread uses a source
 * (the {@link SamplerThread}, or batch's main thread); it need not be thread-safe.
 *
 * <p>A live source only goes forward. A recorded one can also move: {@link #step} and
 * {@link #seek} return the snapshot they land on, and the next {@link #next()} continues from
 * there. After a move, listeners are told with {@link SnapshotListener#jumped()} before the
 * snapshot, since it does not follow the one they saw last.
 */
public interface SnapshotSource extends AutoCloseable {
    /**
     * The next snapshot: live, a fresh sample of the machine; recorded, the one after the last
     * handed out, or null when the recording has no more. May block while it is read.
     */
    Snapshot next();

    /** True when snapshots show the machine now (signals and renice make sense only then). */
    boolean live();

    /** Whether per-thread rows are read; a recording has what it has, and ignores this. */
    default void setIncludeThreads(boolean include) {
    }

    /** Whether /proc/PID/io is read (for I/O rates); a recording ignores this. */
    default void setIncludeIo(boolean include) {
    }

    /** Which optional per-process files are read (cgroup, oom_score); a recording ignores this. */
    default void setOptionalReads(java.util.Set<dev.vigil.sample.ProcRead> reads) {
    }

    /**
     * The next snapshot reads every process in full (after an action on processes: see
     * {@link dev.vigil.sample.Sampler#readInFullNext()}); a recording ignores this.
     */
    default void readInFullNext() {
    }

    /** True when {@link #step} and {@link #seek} can move (a recording); false for the live machine. */
    default boolean seekable() {
        return false;
    }

    /**
     * Moves delta snapshots from the last one handed out (negative: back) and returns the one
     * there, clamped to the first and last; null when this source cannot move.
     */
    default Snapshot step(int delta) {
        return null;
    }

    /** Moves to the last snapshot taken at or before timestampMillis and returns it; null when it cannot. */
    default Snapshot seek(long timestampMillis) {
        return null;
    }

    /**
     * True when a move shows the past while sampling goes on underneath (the live view rewound):
     * the listeners hear only the live snapshots, never the ones moved to, and while
     * {@link #live()} is false the live snapshots are not shown. False for a recording, whose
     * moves are what the listeners hear.
     */
    default boolean rewinds() {
        return false;
    }

    /**
     * What the source has to say since the last call, each once: what a move could not do (the
     * oldest sample held reached), a recorder's trouble (a full disk). A screen shows them.
     */
    default java.util.List<String> notices() {
        return java.util.List.of();
    }

    /**
     * The CPU % and RSS of one process in the samples up to the one at atMillis (at most max,
     * oldest first), as recorded: the detail view's sparklines for a past sample. Null when the
     * source has none for it (the live machine: the detail feed has them).
     */
    default dev.vigil.detail.History.Series series(dev.vigil.sample.Identity id, long atMillis, int max) {
        return null;
    }

    /** Snapshot listeners the source brings along (a rewind's memory, a recorder); the app adds them. */
    default java.util.List<SnapshotListener> listeners() {
        return java.util.List.of();
    }

    /** Releases what the source holds (open /proc files, a database); idempotent. */
    @Override
    void close();
}
