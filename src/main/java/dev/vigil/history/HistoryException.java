package dev.vigil.history;

/**
 * A history file that cannot be used as asked: missing, from a newer vigil, held by another
 * recorder, unreadable. The message is one line, without a "vigil: " prefix, fit for the user.
 */
public final class HistoryException extends Exception {
    public HistoryException(String message) {
        super(message, null, false, false);
    }

    public HistoryException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
