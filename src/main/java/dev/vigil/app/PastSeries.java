package dev.vigil.app;

import dev.vigil.detail.History;
import dev.vigil.history.HistoryException;
import dev.vigil.history.ProcessSeries;
import dev.vigil.sample.Identity;

import java.nio.file.Path;
import java.util.List;

/**
 * The detail view's sparklines for a past sample, read from a history file: one process's CPU %
 * and RSS in the samples up to a time. The file is opened at the first call; a file that cannot
 * be read gives no series (the view then says so). Thread-safe (one call at a time).
 */
final class PastSeries implements AutoCloseable {
    private final Path db;
    private ProcessSeries reader;
    private boolean failed;

    PastSeries(Path db) {
        this.db = db;
    }

    /** The process's points at or before atMillis (at most max, oldest first); null when none. */
    synchronized History.Series series(Identity id, long atMillis, int max) {
        if (failed) return null;
        try {
            if (reader == null) reader = ProcessSeries.open(db);
            List<ProcessSeries.Point> points = reader.upTo(id.pid(), id.startTicks(), atMillis, max);
            if (points.isEmpty()) return null;
            double[] cpu = new double[points.size()];
            long[] rss = new long[points.size()];
            for (int i = 0; i < cpu.length; i++) {
                cpu[i] = points.get(i).cpuPercent();
                rss[i] = points.get(i).rssBytes();
            }
            return new History.Series(cpu, rss, points.get(0).timeMillis(), points.get(cpu.length - 1).timeMillis());
        } catch (HistoryException e) {
            failed = true;
            return null;
        }
    }

    @Override
    public synchronized void close() {
        if (reader != null) reader.close();
        reader = null;
    }
}
