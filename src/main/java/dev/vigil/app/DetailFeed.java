package dev.vigil.app;

import dev.vigil.detail.DStateTracker;
import dev.vigil.detail.DetailReader;
import dev.vigil.detail.DetailResult;
import dev.vigil.detail.History;
import dev.vigil.detail.HistoryFeed;
import dev.vigil.sample.Identity;
import dev.vigil.sample.Snapshot;

import java.time.Duration;

/**
 * The sampler-side half of the detail view, a snapshot listener (runs on the sampler thread,
 * before the UI gets the snapshot): it tracks how long processes stay in state D, feeds the
 * bounded CPU/RSS history ({@link HistoryFeed}), and re-reads /proc for the ONE process whose
 * pane is open, so that the UI finds a fresh read waiting when the snapshot arrives. With no
 * pane open it reads nothing. Thread-safe.
 */
public final class DetailFeed implements SnapshotListener {
    /** A read of the open process, tagged with the identity it was made for. */
    record Read(Identity identity, DetailResult result) {
    }

    private final DetailReader reader;
    private final HistoryFeed history = new HistoryFeed();
    private final DStateTracker dState = new DStateTracker(); // guarded by itself
    private volatile Identity open;
    private volatile Read latest;

    public DetailFeed(DetailReader reader) {
        this.reader = reader;
    }

    public DetailReader reader() {
        return reader;
    }

    @Override
    public void onSnapshot(Snapshot s) {
        synchronized (dState) {
            dState.update(s);
        }
        Identity id = open;
        history.update(s, id);
        if (id == null) return;
        DetailResult r = reader.read(id);
        latest = new Read(id, r);
        if (r instanceof DetailResult.Exited) stopReading(id); // gone for good: its PID+start time never returns
    }

    /** Starts reading this process on each snapshot (the pane opened). */
    public void startReading(Identity id) {
        latest = null;
        open = id;
    }

    /** Stops reading it (the pane closed, or the process exited). */
    public void stopReading(Identity id) {
        if (id.equals(open)) open = null;
    }

    /** The open process, or null. */
    public Identity reading() {
        return open;
    }

    /** The newest read made on the sampler thread for id, or null (none yet, or of another process). */
    public DetailResult latest(Identity id) {
        Read r = latest;
        return r != null && r.identity().equals(id) ? r.result() : null;
    }

    public History.Series series(Identity id) {
        return history.series(id);
    }

    /** How long id has been in state D, up to the latest snapshot. */
    public Duration inD(Identity id) {
        synchronized (dState) {
            return dState.inD(id);
        }
    }

    /** Processes with a history ring now (bounded by HistoryFeed.MAX_WATCHED). */
    public int watched() {
        return history.size();
    }
}
