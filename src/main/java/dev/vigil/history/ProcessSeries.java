package dev.vigil.history;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One process's CPU % and RSS over the recorded samples, for the detail view's sparklines on a
 * past sample. Reads the stable view {@code process_history}, on a connection of its own (so it
 * can be used beside a {@link HistoryReader} from another thread). Not thread-safe.
 */
public final class ProcessSeries implements AutoCloseable {
    /**
     * One recorded sample of the process.
     *
     * @param timeMillis when the sample was taken, epoch ms
     * @param cpuPercent CPU % (NaN when it was unreadable)
     * @param rssBytes   resident set size
     */
    public record Point(long timeMillis, double cpuPercent, long rssBytes) {
    }

    private final Path path;
    private final Connection c;
    private final PreparedStatement points;

    private ProcessSeries(Path path, Connection c) throws SQLException {
        this.path = path;
        this.c = c;
        points = c.prepareStatement("SELECT time, cpu_percent, rss_bytes FROM process_history"
                + " WHERE pid = ? AND start_ticks = ? AND time <= ? ORDER BY time DESC LIMIT ?");
    }

    /** Opens path for reading (refused as {@link HistoryReader#open} refuses). */
    public static ProcessSeries open(Path path) throws HistoryException {
        Connection c = Database.openReader(path);
        try {
            return new ProcessSeries(path.toAbsolutePath(), c);
        } catch (SQLException e) {
            Database.close(c);
            throw Database.failure(path, e);
        }
    }

    /**
     * The samples of the process PID + startTicks taken at or before toMillis, at most max of
     * them (the newest), oldest first; empty when none.
     */
    public List<Point> upTo(int pid, long startTicks, long toMillis, int max) throws HistoryException {
        try {
            points.setInt(1, pid);
            points.setLong(2, startTicks);
            // a sample's time is stored in seconds with millisecond precision: include toMillis itself
            points.setDouble(3, (toMillis + 0.5) / 1000.0);
            points.setInt(4, max);
            List<Point> out = new ArrayList<>();
            try (ResultSet r = points.executeQuery()) {
                while (r.next()) {
                    double cpu = r.getDouble(2);
                    if (r.wasNull()) cpu = Double.NaN;
                    out.add(new Point(HistoryReader.millis(r.getDouble(1)), cpu, r.getLong(3)));
                }
            }
            Collections.reverse(out);
            return out;
        } catch (SQLException e) {
            throw Database.failure(path, e);
        }
    }

    @Override
    public void close() {
        Database.close(c);
    }
}
