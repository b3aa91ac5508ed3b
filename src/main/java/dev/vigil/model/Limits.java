package dev.vigil.model;

/**
 * The one set of limits for each value a user can set, used alike by the command line, the
 * config file and the monitor's keys, so that a value means the same wherever it is given.
 * (Nice values have theirs in {@code action.NiceChange}: only the monitor's keys set them.)
 */
public final class Limits {
    /** Refresh delay: htop's smallest step (one tenth) to an hour; 1.5 s by default (htop's 15). */
    public static final long MIN_DELAY_MILLIS = 100;
    public static final long MAX_DELAY_MILLIS = 3_600_000;
    public static final long DEFAULT_DELAY_MILLIS = 1500;

    /** The wait of "TERM, then KILL" between the two signals. */
    public static final long MIN_GRACE_MILLIS = 1000;
    public static final long MAX_GRACE_MILLIS = 3_600_000;
    public static final long DEFAULT_GRACE_MILLIS = 5000;

    private Limits() {
    }

    /** A delay brought within the limits. */
    public static long delay(long millis) {
        return Math.max(MIN_DELAY_MILLIS, Math.min(MAX_DELAY_MILLIS, millis));
    }

    public static boolean delayAllowed(long millis) {
        return millis >= MIN_DELAY_MILLIS && millis <= MAX_DELAY_MILLIS;
    }

    public static boolean graceAllowed(long millis) {
        return millis >= MIN_GRACE_MILLIS && millis <= MAX_GRACE_MILLIS;
    }
}
