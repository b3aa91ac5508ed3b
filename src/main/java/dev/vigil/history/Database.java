package dev.vigil.history;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Opening a history file. The file is created mode 0600 (command lines can hold secrets) in a
 * directory made 0700; SQLite gives its -wal and -shm files the same mode. Every connection
 * runs in WAL mode, so readers (replay, dump, sqlite3) read while the recorder writes, and
 * waits up to {@link #BUSY_MILLIS} for a lock held by another connection.
 */
final class Database {
    static final int BUSY_MILLIS = 5000;

    private Database() {
    }

    /** Makes path's directory (0700) and path itself (0600) when missing; an existing file keeps its mode. */
    static void create(Path path) throws HistoryException {
        Path p = path.toAbsolutePath();
        try {
            Path dir = p.getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            try {
                Files.createFile(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException e) {
                // recorded before: keep it and its mode
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new HistoryException("cannot create " + p + ": " + reason(e));
        }
    }

    /** A connection to path (made by {@link #create}) for a writer, the schema brought up to date. */
    static Connection openWriter(Path path) throws HistoryException {
        Path p = path.toAbsolutePath();
        Connection c = connect(p, false);
        try (Statement st = c.createStatement()) {
            // Only takes effect on a file without tables: freed pages are then given back to
            // the file system by PRAGMA incremental_vacuum (Retention).
            st.execute("PRAGMA auto_vacuum = INCREMENTAL");
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = NORMAL");
            st.execute("PRAGMA journal_size_limit = 8388608");
            Schema.prepare(c, p.toString());
            return c;
        } catch (SQLException e) {
            close(c);
            throw failure(p, e);
        } catch (HistoryException e) {
            close(c);
            throw e;
        }
    }

    /**
     * A connection to path for a reader. A missing file or one of a newer version is refused;
     * an older one is migrated first.
     */
    static Connection openReader(Path path) throws HistoryException {
        Path p = path.toAbsolutePath();
        if (!Files.exists(p)) throw new HistoryException("no history at " + p + " (record some with 'vigil record')");
        if (!Files.isReadable(p)) throw new HistoryException("cannot read " + p + ": permission denied");
        Connection c = connect(p, false);
        try {
            int v = Schema.versionOf(c);
            if (v == 0) throw new HistoryException(p + " holds no vigil history");
            if (v > Schema.current()) throw Schema.newer(p.toString(), v, Schema.current());
            if (v < Schema.current()) Schema.prepare(c, p.toString());
            return c;
        } catch (SQLException e) {
            close(c);
            throw failure(p, e);
        } catch (HistoryException e) {
            close(c);
            throw e;
        }
    }

    private static Connection connect(Path p, boolean readOnly) throws HistoryException {
        Properties props = new Properties();
        props.setProperty("busy_timeout", String.valueOf(BUSY_MILLIS));
        // Writers take the write lock at BEGIN: a transaction that read first and then wants to
        // write could otherwise fail at once with SQLITE_BUSY instead of waiting.
        props.setProperty("transaction_mode", "IMMEDIATE");
        if (readOnly) props.setProperty("open_mode", "1");
        NativeLibrary.prepare();
        try {
            // The driver directly, not DriverManager: its first use loads and initialises every
            // java.sql.Driver service on the class path, a cost paid again at each replay's start.
            return org.sqlite.JDBC.createConnection("jdbc:sqlite:" + p, props);
        } catch (SQLException e) {
            throw failure(p, e);
        }
    }

    static HistoryException failure(Path p, SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (m.contains("file is not a database") || m.contains("SQLITE_NOTADB")) {
            return new HistoryException(p + " is not an SQLite database", e);
        }
        int nl = m.indexOf('\n');
        return new HistoryException(p + ": " + (nl < 0 ? m : m.substring(0, nl)).strip(), e);
    }

    static String reason(Exception e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file or directory";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // nothing to add: the connection is going away
        }
    }
}
