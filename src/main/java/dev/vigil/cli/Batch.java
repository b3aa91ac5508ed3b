package dev.vigil.cli;

import dev.vigil.alert.Alert;
import dev.vigil.app.App;
import dev.vigil.app.Settings;
import dev.vigil.sample.Snapshot;

import java.io.PrintStream;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Batch mode, a front-end on the {@link App} that keeps its own schedule on main's thread
 * (no sampler thread): a priming sample, a short wait, then {@code iterations} snapshots
 * {@code delayMillis} apart, each written and flushed whole.
 *
 * <p>CPU % is measured between two samples, so the first printed snapshot needs one before it.
 * The priming wait is {@code min(delay, PRIME_MILLIS)}: long enough that a busy process reads
 * near 100 % rather than a tick-quantised guess (the kernel counts CPU time in 10 ms ticks, so
 * over 250 ms one tick is 4 %), short enough that {@code vigil --json} answers quickly.
 * Later snapshots are taken on a fixed schedule (previous sample start + delay), so with
 * {@code -n 2 -d 10} the second one's rates cover one second.
 *
 * <p>Every sampled snapshot, the priming one included, goes through the app's listeners (the
 * alerts first) in order before it is written, so a rule's {@code for} time is measured over
 * the real samples and each printed snapshot carries the alerts as they stand at it.
 *
 * <p>A failed write is noticed after each snapshot ({@link PrintStream#checkError()}). A reader
 * that went away ({@code | head -1}) ends the loop quietly with status 0; any other error (a full
 * disk) ends it with status 1 and one line naming it ({@link Stdout} keeps the reason).
 */
final class Batch {
    static final long PRIME_MILLIS = 250;

    /** Waits; tests record the requests instead of sleeping. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    static final Sleeper REAL_SLEEP = Thread::sleep;

    private final App app;
    private final SnapshotWriter writer;
    private final PrintStream out;
    private final PrintStream err;
    private final long delayMillis;
    private final int iterations;
    private final boolean debugTimings;
    private final Sleeper sleeper;
    private final LongSupplier nanoClock;

    /** Runs on app, at the delay of its schedule. */
    Batch(App app, SnapshotWriter writer, PrintStream out, PrintStream err, int iterations,
          boolean debugTimings, Sleeper sleeper, LongSupplier nanoClock) {
        this.app = app;
        this.writer = writer;
        this.out = out;
        this.err = err;
        this.delayMillis = app.sampler().delayMillis();
        this.iterations = iterations;
        this.debugTimings = debugTimings;
        this.sleeper = sleeper;
        this.nanoClock = nanoClock;
    }

    static long primeMillis(long delayMillis) {
        return Math.min(delayMillis, PRIME_MILLIS);
    }

    /** Takes the priming sample, then runs the loop; returns the exit status. */
    int run() throws InterruptedException {
        long start = nanoClock.getAsLong();
        Snapshot primed = app.source().next();
        return run(start, primed);
    }

    /**
     * Runs the loop on a sampler whose priming sample was started at primedAtNanos (by the
     * nanoClock), primed being that sample (null when unknown); returns the exit status (0, also
     * when the reader went away; 1 after another write error).
     */
    int run(long primedAtNanos, Snapshot primed) throws InterruptedException {
        waitUntil(primedAtNanos, primeMillis(delayMillis));
        long start;
        StringBuilder sb = new StringBuilder(64 * 1024);
        for (int i = 1; i <= iterations; i++) {
            start = nanoClock.getAsLong();
            Snapshot s = app.source().next();
            if (s == null) return 0; // a recording has no more
            // The config is read and the priming sample evaluated only now, in order, so that
            // setting up the alerts does not compete for the CPU with the processes the first
            // snapshot measures.
            if (i == 1) {
                reportSettings(app.settings());
                if (primed != null) app.listeners().run(primed);
            }
            app.listeners().run(s);
            List<Alert> now = app.alerts().reportAlerts();
            for (String p : app.alerts().problems()) err.println("vigil: " + p);
            long formatStart = nanoClock.getAsLong();
            sb.setLength(0);
            writer.write(s, now, sb);
            out.append(sb);
            out.flush();
            if (out.checkError()) return writeFailed();
            if (debugTimings) {
                err.printf("vigil: snapshot %d: %d processes, collected in %d us, formatted in %d us%n",
                        s.sequence(), s.processes().size(), s.collectMicros(),
                        (nanoClock.getAsLong() - formatStart) / 1000);
            }
            if (i < iterations) waitUntil(start, delayMillis);
        }
        return 0;
    }

    /** 0 when the reader went away (or the reason is unknown), else 1 after saying why. */
    private int writeFailed() {
        if (!(out instanceof Stdout s)) return 0;
        String why = s.failure();
        if (why == null) return 0;
        err.println("vigil: " + why);
        return 1;
    }

    /** What was wrong with the config: one line each on stderr; none stops the run. */
    private void reportSettings(Settings settings) {
        if (settings.problem() != null) {
            err.println("vigil: " + settings.problem());
            return;
        }
        for (String e : settings.alerts().errors()) err.println("vigil: " + settings.file().path() + ": " + e + "; skipped");
    }

    /** Sleeps until millis after the nanoClock reading start (at once if that has passed). */
    private void waitUntil(long start, long millis) throws InterruptedException {
        long left = millis - (nanoClock.getAsLong() - start) / 1_000_000;
        if (left > 0) sleeper.sleep(left);
    }
}
