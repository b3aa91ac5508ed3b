package dev.vigil.app;

import dev.vigil.sample.Snapshot;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The snapshot listeners of one run, run in the order they were added. Adding is thread-safe
 * and may happen while snapshots flow; the new listener sees the next one.
 */
public final class Listeners {
    private final List<SnapshotListener> all = new CopyOnWriteArrayList<>();

    public void add(SnapshotListener l) {
        all.add(l);
    }

    public void remove(SnapshotListener l) {
        all.remove(l);
    }

    /** Runs every listener on s (the thread that took s). */
    public void run(Snapshot s) {
        for (SnapshotListener l : all) l.onSnapshot(s);
    }

    /** Tells every listener that the source moved. */
    public void jumped() {
        for (SnapshotListener l : all) l.jumped();
    }

    public int size() {
        return all.size();
    }
}
