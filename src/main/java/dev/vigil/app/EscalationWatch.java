package dev.vigil.app;

import dev.vigil.action.Actions;
import dev.vigil.sample.Snapshot;

import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps a waiting "TERM, then KILL" escalation moving without ever blocking the UI thread:
 * {@link #onSnapshot} ticks it on the sampler thread after each refresh (a snapshot listener), and while one waits a
 * daemon thread ticks it every {@link #TICK_MILLIS}, so the countdown in the status line moves
 * and KILL comes on time with a long refresh delay or while paused. The finished escalations'
 * lines go to report (from either thread; a UI posts them to its own thread and adds the
 * countdown there), also when there are none while one still waits.
 */
public final class EscalationWatch implements SnapshotListener {
    public static final long TICK_MILLIS = 500;

    private final Actions actions;
    private final Consumer<List<String>> report;
    private boolean running; // guarded by this

    public EscalationWatch(Actions actions, Consumer<List<String>> report) {
        this.actions = actions;
        this.report = report;
    }

    /** Sampler thread, after each refresh. */
    @Override
    public void onSnapshot(Snapshot s) {
        List<String> lines = actions.tick();
        if (!lines.isEmpty()) report(lines);
    }

    /** UI thread, after sending: starts the ticking thread if an escalation waits and none runs. */
    public void started() {
        synchronized (this) {
            if (running || !actions.escalating()) return;
            running = true;
        }
        Thread t = new Thread(this::tickUntilDone, "vigil-escalation");
        t.setDaemon(true);
        t.start();
    }

    private void tickUntilDone() {
        boolean done = false;
        try {
            while (!done) {
                Thread.sleep(TICK_MILLIS);
                report(actions.tick());
                synchronized (this) {
                    done = !actions.escalating();
                    if (done) running = false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!done) {
                synchronized (this) {
                    running = false;
                }
            }
        }
    }

    /** Any thread: the finished escalations' lines (the countdown is read when it is shown). */
    private void report(List<String> lines) {
        if (lines.isEmpty() && !actions.escalating()) return;
        report.accept(lines);
    }
}
