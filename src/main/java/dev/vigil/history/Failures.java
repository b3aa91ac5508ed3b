package dev.vigil.history;

import java.sql.SQLException;

/** SQLite's result codes in words a person understands. */
final class Failures {
    static final int SQLITE_IOERR = 10;
    static final int SQLITE_FULL = 13;

    private Failures() {
    }

    static boolean diskFull(SQLException e) {
        return (e.getErrorCode() & 0xff) == SQLITE_FULL || String.valueOf(e.getMessage()).contains("SQLITE_FULL");
    }

    static String describe(SQLException e) {
        if (diskFull(e)) return "the disk is full";
        String m = e.getMessage() == null ? "error " + e.getErrorCode() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
