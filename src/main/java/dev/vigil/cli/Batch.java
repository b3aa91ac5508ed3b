package dev.vigil.cli;

import dev.vigil.alert.Alert;
import dev.vigil.sample.Sampler;
import dev.vigil.sample.Snapshot;

import java.io.PrintStream;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Batch mode's loop: a priming sample, a short wait, then {@code iterations} snapshots
 * {@code delayMillis} apart, each written and flushed whole.
 *
 * <p>CPU % is measured between two samples, so the first printed snapshot needs one before it.
 * The priming wait is {@code min(delay, PRIME_MILLIS)}: long enough that a busy process reads
 * near 100 % rather than a tick-quantised guess (the kernel counts CPU time in 10 ms ticks, so
 * over 250 ms one tick is 4 %), short enough that {@code vigil --json} answers quickly.
 * Later snapshots are taken on a fixed schedule (previous sample start + delay), so with
 * {@code -n 2 -d 10} the second one's rates cover one second.
 *
 * <p>Every sampled snapshot, the priming one included, goes through the {@link BatchAlerts}
 * in order before it is written, so a rule's {@code for} time is measured over the real samples
 * and each printed snapshot carries the alerts as they stand at it.
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

    private final Sampler sampler;
    private final SnapshotWriter writer;
    private final PrintStream out;
    private final PrintStream err;
    private final long delayMillis;
    private final int iterations;
    private final boolean debugTimings;
    private final Sleeper sleeper;
    private final LongSupplier nanoClock;
    private final BatchAlerts alerts;

    Batch(Sampler sampler, SnapshotWriter writer, PrintStream out, PrintStream err, long delayMillis,
          int iterations, boolean debugTimings, Sleeper sleeper, LongSupplier nanoClock) {
        this(sampler, writer, out, err, delayMillis, iterations, debugTimings, sleeper, nanoClock,
                BatchAlerts.none(err));
    }

    Batch(Sampler sampler, SnapshotWriter writer, PrintStream out, PrintStream err, long delayMillis,
          int iterations, boolean debugTimings, Sleeper sleeper, LongSupplier nanoClock, BatchAlerts alerts) {
        this.alerts = alerts;
        this.sampler = sampler;
        this.writer = writer;
        this.out = out;
        this.err = err;
        this.delayMillis = delayMillis;
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
        Snapshot primed = sampler.sample();
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
            Snapshot s = sampler.sample();
            // The priming sample is evaluated only now, in order, so that setting up the alerts
            // does not compete for the CPU with the processes the first snapshot measures.
            if (i == 1 && primed != null) alerts.evaluate(primed);
            List<Alert> now = alerts.evaluate(s);
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

    /** Sleeps until millis after the nanoClock reading start (at once if that has passed). */
    private void waitUntil(long start, long millis) throws InterruptedException {
        long left = millis - (nanoClock.getAsLong() - start) / 1_000_000;
        if (left > 0) sleeper.sleep(left);
    }
}
