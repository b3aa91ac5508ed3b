package dev.vigil.app;

import dev.vigil.history.HistoryException;
import dev.vigil.history.HistoryReader;
import dev.vigil.history.SamplePoint;
import dev.vigil.sample.Snapshot;

/**
 * A history file as a {@link SnapshotSource}: the monitor replays it with every view of the live
 * screen. It stays on the sample the user chose: the first {@link #next()} gives the sample at
 * the start time, later ones give nothing new (null, so the sampler thread rests), and the user
 * moves with {@link #step} and {@link #seek}. A file still being recorded grows meanwhile; a
 * step forward reaches the new samples. A read error is an {@link IllegalStateException} with
 * a one-line message (the monitor reports it and restores the terminal).
 */
public final class RecordedSource implements SnapshotSource {
    private final HistoryReader reader;
    private final PastSeries series;
    private SamplePoint at;
    private boolean started;

    private RecordedSource(HistoryReader reader, SamplePoint at) {
        this.reader = reader;
        this.series = new PastSeries(reader.path());
        this.at = at;
    }

    /**
     * Opens reader's file at the last sample taken at or before startMillis (the first sample
     * when startMillis is before it). Refused when the file holds no sample.
     */
    public static RecordedSource open(HistoryReader reader, long startMillis) throws HistoryException {
        SamplePoint p = reader.at(startMillis);
        if (p == null) p = reader.first();
        if (p == null) throw new HistoryException(reader.path() + " holds no samples yet");
        return new RecordedSource(reader, p);
    }

    /** The sample shown now. */
    public synchronized SamplePoint position() {
        return at;
    }

    @Override
    public synchronized Snapshot next() {
        if (started) return null;
        started = true;
        return read(at);
    }

    @Override
    public boolean live() {
        return false;
    }

    @Override
    public boolean seekable() {
        return true;
    }

    @Override
    public synchronized Snapshot step(int delta) {
        try {
            SamplePoint p = at;
            for (int i = 0; i < Math.abs(delta); i++) {
                SamplePoint q = delta < 0 ? reader.previous(p) : reader.next(p);
                if (q == null) break;
                p = q;
            }
            at = p;
            return read(p);
        } catch (HistoryException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public synchronized Snapshot seek(long timestampMillis) {
        try {
            SamplePoint p = reader.at(timestampMillis);
            if (p == null) p = reader.first();
            if (p == null) return null;
            at = p;
            return read(p);
        } catch (HistoryException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private Snapshot read(SamplePoint p) {
        try {
            Snapshot s = reader.snapshot(p);
            if (s != null) return s;
            // deleted by retention meanwhile: the oldest sample left
            SamplePoint first = reader.first();
            if (first == null) throw new IllegalStateException(reader.path() + " holds no samples any more");
            at = first;
            return reader.snapshot(first);
        } catch (HistoryException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The recorded CPU % and RSS of one process up to atMillis (a connection of its own: any thread). */
    @Override
    public dev.vigil.detail.History.Series series(dev.vigil.sample.Identity id, long atMillis, int max) {
        return series.series(id, atMillis, max);
    }

    @Override
    public void close() {
        series.close();
        reader.close();
    }
}
