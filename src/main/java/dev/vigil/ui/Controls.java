package dev.vigil.ui;

/**
 * What the session can ask of the machinery around it (the sampler thread and the event loop).
 * All methods are thread-safe.
 */
public interface Controls {
    /** Take a snapshot now instead of at the next tick. */
    void requestSample();

    void setDelayMillis(long millis);

    void setPaused(boolean paused);

    void setIncludeThreads(boolean include);

    /** Whether the sampler reads I/O counters (/proc/PID/io); takes effect at the next sample. */
    default void setIncludeIo(boolean include) {
    }

    /** Runs task on the UI thread soon, then redraws. Callable from any thread. */
    void post(Runnable task);

    /** Rings the terminal bell (UI thread). */
    default void bell() {
    }

    /** A Controls that does nothing (tests, and before the loop starts). */
    Controls NONE = new Controls() {
        @Override
        public void requestSample() {
        }

        @Override
        public void setDelayMillis(long millis) {
        }

        @Override
        public void setPaused(boolean paused) {
        }

        @Override
        public void setIncludeThreads(boolean include) {
        }

        @Override
        public void post(Runnable task) {
            task.run();
        }
    };
}
