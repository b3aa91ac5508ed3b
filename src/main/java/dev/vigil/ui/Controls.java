package dev.vigil.ui;

/**
 * What the session can ask of the event loop around it. All methods are thread-safe. (The
 * sampler's schedule is the app's: {@code session.app().sampler()}.)
 */
public interface Controls {
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
     * starts).
     */
    Controls NONE = Runnable::run;
}
