package dev.vigil.ui;

/**
 * What the session can ask of the machinery around it (the sampler thread and the event loop).
 * All methods are thread-safe.
 */
public interface Controls {
    /** Take a snapshot now instead of at the next tick. */
    default void requestSample() {
    }

    default void setDelayMillis(long millis) {
    }

    default void setPaused(boolean paused) {
    }

    default void setIncludeThreads(boolean include) {
    }

    /** Whether the sampler reads I/O counters (/proc/PID/io); takes effect at the next sample. */
    default void setIncludeIo(boolean include) {
    }

    /** Runs task on the UI thread soon, then redraws. Callable from any thread. */
    void post(Runnable task);

    /** Gives the terminal back and stops vigil until it is continued (Ctrl-Z), then redraws. */
    default void suspend() {
    }

    /** Rings the terminal bell (UI thread). */
    default void bell() {
    }

    /**
     * A Controls that does nothing but run posted tasks at once (tests, and before the loop
     * starts). The other methods default to nothing, so a test's Controls overrides only what it
     * records.
     */
    Controls NONE = Runnable::run;
}
