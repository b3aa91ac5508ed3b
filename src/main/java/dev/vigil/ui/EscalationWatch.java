package dev.vigil.ui;

import dev.vigil.action.Actions;

import java.util.List;

/**
 * Keeps a waiting "TERM, then KILL" escalation moving without ever blocking the UI thread:
 * {@link #sampled} ticks it on the sampler thread after each refresh, and while one waits a
 * daemon thread ticks it every {@link #TICK_MILLIS}, so the countdown in the status line moves
 * and KILL comes on time with a long refresh delay or while paused. Results and the countdown
 * are handed to the UI thread through {@link Controls#post}.
 */
final class EscalationWatch {
    static final long TICK_MILLIS = 500;

    private final Actions actions;
    private final Session session;
    private boolean running; // guarded by this

    EscalationWatch(Actions actions, Session session) {
        this.actions = actions;
        this.session = session;
    }

    /** Sampler thread, after each refresh. */
    void sampled() {
        List<String> lines = actions.tick();
        if (!lines.isEmpty()) report(lines);
    }

    /** UI thread, after sending: starts the ticking thread if an escalation waits and none runs. */
    void started() {
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

    /** Any thread: the finished escalations' lines, then the countdown as of when it is shown. */
    private void report(List<String> lines) {
        if (lines.isEmpty() && !actions.escalating()) return;
        Session s = session;
        s.controls().post(() -> {
            for (String l : lines) s.status(ProcessControl.plain(s, l));
            actions.escalationStatus().ifPresent(c -> s.status(ProcessControl.plain(s, c)));
        });
    }
}
