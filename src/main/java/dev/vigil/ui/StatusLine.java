package dev.vigil.ui;

/**
 * The message shown on the status line: info for 5 seconds, errors for 15, or until replaced.
 * A message past its time disappears at the next frame.
 */
public final class StatusLine {
    static final long INFO_MILLIS = 5_000;
    static final long ERROR_MILLIS = 15_000;

    private String text;
    private boolean error;
    private long until;

    public void set(String message, boolean isError) {
        text = message;
        error = isError;
        until = System.currentTimeMillis() + (isError ? ERROR_MILLIS : INFO_MILLIS);
    }

    public void clear() {
        text = null;
    }

    /** The current message, or null when none (or expired). */
    public String text() {
        if (text != null && System.currentTimeMillis() > until) text = null;
        return text;
    }

    public boolean error() {
        return error;
    }
}
