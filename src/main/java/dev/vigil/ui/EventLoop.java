package dev.vigil.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import dev.vigil.model.RowBuilder;
import dev.vigil.model.Rows;
import dev.vigil.model.ViewState;
import dev.vigil.ui.terminal.TtyTerminal;
import dev.vigil.sample.Snapshot;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.terminal.Suspender;
import dev.vigil.ui.terminal.TerminalGuard;
import dev.vigil.ui.views.Canvas;
import dev.vigil.ui.views.Frame;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The UI thread's loop. Keys (from the input thread), snapshots (from the sampler thread),
 * resizes, posted tasks and quit requests all arrive on one queue; the loop handles every event
 * waiting, then draws one frame. Only this thread touches the screen, and only while the
 * {@link TerminalGuard} says the terminal is still ours.
 *
 * <p>A snapshot's rows are built on the thread that publishes it, from a copy of the view that
 * this thread hands over after each change ({@link ViewState#rowsCopy()}), so that a key pressed
 * meanwhile is not kept waiting behind the rebuild of thousands of rows. When the view changed
 * in between, the session builds them again here.
 */
final class EventLoop implements Controls {
    private record KeyEvent(KeyStroke stroke, long nanos) {
    }

    private record Quit(int status) {
    }

    private record Failure(Throwable error) {
    }

    /** A snapshot with its rows, built for the view's version (rows null: build them here). */
    private record Prepared(Snapshot snapshot, Rows rows, long version, long micros) {
    }

    /** How long the first frame waits for the first snapshot before it shows the table without one. */
    private static final long FIRST_SNAPSHOT_WAIT_MILLIS = 250;

    private static final Object SNAPSHOT = new Object();
    private static final Object RESIZE = new Object();
    private static final Object SUSPEND = new Object();
    private static final Object CONTINUED = new Object();

    private final TerminalScreen screen;
    private final Session session;
    private final TerminalGuard guard;
    private final TimingLog timings;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final AtomicReference<Prepared> pending = new AtomicReference<>();
    private volatile ViewState rowsView; // what the rows are built for, as this thread last handed it over
    private long rowsViewVersion;        // this thread's
    private Suspender suspender;

    EventLoop(TerminalScreen screen, Session session, TerminalGuard guard, TimingLog timings) {
        this.screen = screen;
        this.session = session;
        this.guard = guard;
        this.timings = timings;
        handOverView();
    }

    /** Gives the publishing thread the view's row settings when they changed (UI thread). */
    private void handOverView() {
        ViewState view = session.view();
        if (rowsView == null || view.version() != rowsViewVersion) {
            rowsViewVersion = view.version();
            rowsView = view.rowsCopy();
        }
    }

    /** Called on the sampler thread: builds the rows, keeps only the newest snapshot and wakes the UI. */
    void publish(Snapshot s) {
        ViewState view = rowsView;
        long t0 = System.nanoTime();
        Rows rows = RowBuilder.build(s.processes(), view).indexed();
        Prepared p = new Prepared(s, rows, view.version(), (System.nanoTime() - t0) / 1000);
        if (pending.getAndSet(p) == null) queue.offer(SNAPSHOT);
    }

    void fail(Throwable t) {
        queue.offer(new Failure(t));
    }

    /** Ends the loop with this exit status (signals, lost terminal). Thread-safe. */
    void quit(int status) {
        queue.offer(new Quit(status));
    }

    void resized() {
        queue.offer(RESIZE);
    }

    /** Ctrl-Z and SIGTSTP: handled in turn on the UI thread (thread-safe). */
    @Override
    public void suspend() {
        queue.offer(SUSPEND);
    }

    /** SIGCONT: take the terminal again and redraw whole (thread-safe). */
    void continued() {
        queue.offer(CONTINUED);
    }

    /** Starts the thread that reads keys ({@link KeyInput}); Ctrl-Z suspends through a {@link Suspender}. */
    void startInput(Terminal terminal) {
        suspender = new Suspender(terminal, guard);
        KeyInput.start(terminal, guard, this);
    }

    /** Called on the input thread: a key pressed now. */
    void key(KeyStroke k) {
        queue.offer(new KeyEvent(k, System.nanoTime()));
    }

    /** Runs until quit; returns the exit status. Exceptions from any part end up thrown here. */
    int run() throws Throwable {
        // The first snapshot (the priming sample) is usually on its way: drawn as the first
        // frame, without a "collecting" frame before it that would only delay it.
        Object e = queue.poll(FIRST_SNAPSHOT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        boolean first = e != null;
        if (!first) draw(Screen.RefreshType.COMPLETE, -1, null);
        while (true) {
            if (e == null) e = queue.take();
            Screen.RefreshType refresh = first ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA;
            long keyNanos = -1;
            String keyName = null;
            boolean redraw = first;
            first = false;
            do {
                if (e instanceof KeyEvent k) {
                    if (keyNanos < 0) {
                        keyNanos = k.nanos();
                        Key key = Key.of(k.stroke());
                        keyName = key == null ? k.stroke().toString() : key.name();
                    }
                    Reaction r = session.handleKey(k.stroke());
                    if (r == Reaction.QUIT) return 0;
                    if (r == Reaction.REPAINT) refresh = Screen.RefreshType.COMPLETE;
                    redraw |= r != Reaction.NONE;
                } else if (e == SNAPSHOT) {
                    Prepared p = pending.getAndSet(null);
                    if (p != null) {
                        long t0 = System.nanoTime();
                        session.accept(p.snapshot(), p.rows(), p.version());
                        timings.snapshot(p.snapshot(), p.micros(), (System.nanoTime() - t0) / 1000);
                        redraw = true;
                    }
                } else if (e == RESIZE) {
                    refresh = Screen.RefreshType.COMPLETE;
                    redraw = true;
                } else if (e == SUSPEND || e == CONTINUED) {
                    if (suspender != null) {
                        if (e == SUSPEND) suspender.suspend();
                        else suspender.retake();
                    }
                    screen.getTerminal().getTerminalSize(); // the window may have changed meanwhile
                    refresh = Screen.RefreshType.COMPLETE;
                    redraw = true;
                } else if (e instanceof Runnable task) {
                    task.run();
                    redraw = true;
                } else if (e instanceof Quit q) {
                    return q.status();
                } else if (e instanceof Failure f) {
                    throw f.error();
                }
                e = queue.poll();
            } while (e != null);
            session.hooks().applyNeeds(session.app().sampler());
            handOverView();
            if (redraw) draw(refresh, keyNanos, keyName);
        }
    }

    private void draw(Screen.RefreshType refresh, long keyNanos, String keyName) throws IOException {
        synchronized (guard) {
            if (guard.restored()) return;
            long t0 = System.nanoTime();
            TerminalSize resized = screen.doResizeIfNecessary();
            if (resized != null) refresh = Screen.RefreshType.COMPLETE;
            session.mouse().laidOut(Frame.paint(new Canvas(screen, session.glyphs(), session.theme()), session));
            screen.setCursorPosition(null);
            long t1 = System.nanoTime();
            screen.refresh(refresh);
            long t2 = System.nanoTime();
            timings.frame((t1 - t0) / 1000, (t2 - t1) / 1000, keyNanos < 0 ? -1 : (t2 - keyNanos) / 1000, keyName);
        }
    }

    // ---- Controls ----------------------------------------------------------------------------

    @Override
    public void post(Runnable task) {
        queue.offer(task);
    }

    @Override
    public void mouse(boolean on) {
        synchronized (guard) {
            if (guard.restored() || !(screen.getTerminal() instanceof TtyTerminal t)) return;
            try {
                t.setMouse(on);
            } catch (IOException e) {
                // the terminal may be going; the setting is saved anyway
            }
        }
    }

    @Override
    public void bell() {
        synchronized (guard) {
            if (guard.restored()) return;
            try {
                screen.getTerminal().bell();
                screen.getTerminal().flush();
            } catch (IOException e) {
                // no bell then; the alert is on screen anyway
            }
        }
    }
}
