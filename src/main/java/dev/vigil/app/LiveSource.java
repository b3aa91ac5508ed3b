package dev.vigil.app;

import dev.vigil.sample.Sampler;
import dev.vigil.sample.Snapshot;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The live machine as a {@link SnapshotSource}: each {@link #next()} is a fresh sample.
 *
 * <p>{@link #start} creates the sampler and takes its priming sample on a thread of its own,
 * started first thing in main, so that both overlap the parsing of the command line (picocli's
 * start-up costs more than 100 ms). Batch's priming wait then counts from
 * {@link #primedAtNanos()}, and the monitor's first refresh already has a previous sample to
 * measure CPU % against. The monitor does not wait for the priming sample before it sets up the
 * screen (at +5000 processes the first read of every process takes longer than the parse): the
 * first {@link #next()} waits, and what creating or priming threw comes out of that call, on the
 * sampler thread. A run that never samples (--help, a bad option) {@link #discard()}s it.
 *
 * <p>The monitor shows the priming sample itself ({@link #primedFirst()}): the table is on the
 * screen as soon as the processes are read, and CPU % fills in at the first refresh, as in htop
 * 3.5. That needs the priming sample taken with the settings the monitor runs with: threads as
 * rows off, I/O off ({@link #start(Supplier, LongSupplier, boolean, boolean)}).
 */
public final class LiveSource implements SnapshotSource {
    private final Thread thread;      // null when the sampler was given ready
    private Sampler sampler;          // written by the thread, read after join()
    private RuntimeException failure; // idem
    private Error error;              // idem
    private long primedAtNanos;       // idem: nanoClock reading just before the priming sample
    private Snapshot primed;          // idem: the priming sample (alerts evaluate it too)
    private boolean discarded;        // guarded by this
    private boolean done;             // guarded by this
    private boolean closed;           // the caller's thread only
    private final boolean primingThreads; // what the priming sample was taken with
    private final boolean primingIo;
    private boolean threads;          // what the sampler was told since (the caller's thread)
    private boolean io;
    private boolean handOutPrimed;    // the first next() returns the priming sample

    private LiveSource(Supplier<Sampler> factory, LongSupplier nanoClock, boolean threads, boolean io) {
        primingThreads = this.threads = threads;
        primingIo = this.io = io;
        thread = new Thread(() -> {
            try {
                Sampler s = factory.get();
                if (threads) s.setIncludeThreads(true);
                if (!io) s.setIncludeIo(false);
                sampler = s;
                primedAtNanos = nanoClock.getAsLong();
                primed = s.sample();
            } catch (RuntimeException e) {
                failure = e;
            } catch (Error e) {
                error = e;
            } finally {
                finish();
            }
        }, "vigil-prime");
        thread.setDaemon(true);
    }

    private LiveSource(Sampler ready) {
        primingThreads = false;
        primingIo = io = true;
        thread = null;
        sampler = ready;
        done = true;
    }

    /** Starts creating the sampler and taking the priming sample, on a thread of its own. */
    public static LiveSource start(Supplier<Sampler> factory, LongSupplier nanoClock) {
        return start(factory, nanoClock, false, true);
    }

    /**
     * The same, the priming sample taken with threads as rows (batch's --threads) and with I/O
     * read or not (the sampler's default is on; the monitor reads it only when asked).
     */
    public static LiveSource start(Supplier<Sampler> factory, LongSupplier nanoClock, boolean threads, boolean io) {
        LiveSource e = new LiveSource(factory, nanoClock, threads, io);
        e.thread.start();
        return e;
    }

    /**
     * The first {@link #next()} returns the priming sample (CPU % and I/O rates not known yet)
     * instead of a new one, when the sampler's settings are still those it was taken with;
     * otherwise it samples as usual. Call before the first next(), on the thread that calls it
     * or before starting that thread.
     */
    public LiveSource primedFirst() {
        handOutPrimed = thread != null;
        return this;
    }

    /** A sampler made already, without a priming sample (tests, tools). */
    public static LiveSource of(Sampler sampler) {
        return new LiveSource(sampler);
    }

    /**
     * Waits for the sampler and its priming sample; throws what creating or priming threw (and
     * closes what was made).
     */
    public void awaitPrimed() throws InterruptedException {
        if (thread != null) thread.join();
        if (error != null) throw error;
        if (failure != null) {
            if (sampler != null) sampler.close();
            throw failure;
        }
    }

    private Sampler ready() {
        try {
            awaitPrimed();
            return sampler;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the first sample was taken", e);
        }
    }

    @Override
    public Snapshot next() {
        Sampler s = ready();
        if (handOutPrimed) {
            handOutPrimed = false;
            if (primed != null && threads == primingThreads && io == primingIo) return primed;
        }
        return s.sample();
    }

    @Override
    public boolean live() {
        return true;
    }

    @Override
    public void setIncludeThreads(boolean include) {
        threads = include;
        ready().setIncludeThreads(include);
    }

    @Override
    public void setIncludeIo(boolean include) {
        io = include;
        ready().setIncludeIo(include);
    }

    @Override
    public void setOptionalReads(java.util.Set<dev.vigil.sample.ProcRead> reads) {
        if (!reads.isEmpty()) handOutPrimed = false; // the priming sample read none of them
        ready().setOptionalReads(reads);
    }

    @Override
    public void readInFullNext() {
        ready().readInFullNext();
    }

    /** When the priming sample was started, by the nanoClock given; valid after {@link #awaitPrimed()}. */
    public long primedAtNanos() {
        return primedAtNanos;
    }

    /** The priming snapshot (null without one); valid after {@link #awaitPrimed()}. */
    public Snapshot primed() {
        return primed;
    }

    /** Not needed after all: whoever comes last (this or the thread) closes the sampler. */
    public synchronized void discard() {
        discarded = true;
        if (done && sampler != null) sampler.close();
    }

    private synchronized void finish() {
        done = true;
        if (discarded && sampler != null) sampler.close();
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            ready().close();
        } catch (RuntimeException e) {
            // creating or priming failed: the first call reported it, and awaitPrimed() closed it
        }
    }
}
