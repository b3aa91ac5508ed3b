package dev.vigil.cli;

import dev.vigil.sample.Sampler;
import dev.vigil.sample.Snapshot;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Creates the sampler and takes its priming sample on a thread of its own, started first thing
 * in main, so that both overlap the parsing of the command line (picocli's start-up costs more
 * than 100 ms). The priming wait of batch mode then counts from {@link #primedAtNanos()}, and the
 * interactive monitor's first refresh already has a previous sample to measure CPU % against.
 * A run that never samples (--help, a bad option) {@link #discard()}s it without waiting.
 */
final class EarlySampler {
    private final Thread thread;
    private Sampler sampler;          // written by the thread, read after join()
    private RuntimeException failure; // idem
    private Error error;              // idem
    private long primedAtNanos;       // idem: nanoClock reading just before the priming sample
    private Snapshot primed;          // idem: the priming sample (alerts evaluate it too)
    private boolean discarded;        // guarded by this
    private boolean done;             // guarded by this

    private EarlySampler(Supplier<Sampler> factory, LongSupplier nanoClock) {
        thread = new Thread(() -> {
            try {
                Sampler s = factory.get();
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

    static EarlySampler start(Supplier<Sampler> factory, LongSupplier nanoClock) {
        EarlySampler e = new EarlySampler(factory, nanoClock);
        e.thread.start();
        return e;
    }

    /** Waits for the sampler; throws what creating or priming it threw. The caller closes it. */
    Sampler get() throws InterruptedException {
        thread.join();
        if (error != null) throw error;
        if (failure != null) {
            if (sampler != null) sampler.close();
            throw failure;
        }
        return sampler;
    }

    /**
     * This sampler as the monitor takes it: without waiting for the priming sample, so that the
     * terminal and screen are set up meanwhile (at +5000 processes the first read of every
     * process takes longer than the command line's parse). The first call waits, then passes
     * every call on; what creating or priming threw comes out of that first call, on the
     * sampler thread, which the monitor reports after giving the terminal back.
     */
    Sampler deferred() {
        return new Sampler() {
            private Sampler ready() {
                try {
                    return get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the first sample was taken", e);
                }
            }

            @Override
            public Snapshot sample() {
                return ready().sample();
            }

            @Override
            public void setIncludeThreads(boolean include) {
                ready().setIncludeThreads(include);
            }

            @Override
            public void setIncludeIo(boolean include) {
                ready().setIncludeIo(include);
            }

            @Override
            public void close() {
                try {
                    ready().close();
                } catch (RuntimeException e) {
                    // creating or priming failed: the first call reported it, and get() closed it
                }
            }
        };
    }

    /** When the priming sample was started, by the nanoClock given; valid after {@link #get()}. */
    long primedAtNanos() {
        return primedAtNanos;
    }

    /** The priming snapshot; valid after {@link #get()}. */
    Snapshot primed() {
        return primed;
    }

    /** Not needed after all: whoever comes last (this or the thread) closes the sampler. */
    synchronized void discard() {
        discarded = true;
        if (done && sampler != null) sampler.close();
    }

    private synchronized void finish() {
        done = true;
        if (discarded && sampler != null) sampler.close();
    }
}
