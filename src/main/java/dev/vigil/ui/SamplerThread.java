package dev.vigil.ui;

import dev.vigil.sample.Sampler;
import dev.vigil.sample.Snapshot;

import java.util.List;
import java.util.function.Consumer;

/**
 * The timer thread: takes a snapshot every delay, runs the snapshot listeners, and hands the
 * whole snapshot to the UI through publish. The first snapshot goes to the UI before its
 * listeners run (at start they run interpreted, 15-35 ms); its alerts follow a moment later.
 * It never touches the screen. Pausing stops sampling; resuming, a thread toggle or
 * {@link #requestSample} samples at once. The second sample comes soon after the first, so CPU
 * percentages (which need two samples) show quickly.
 */
final class SamplerThread {
    private static final long SECOND_SAMPLE_MILLIS = 500;

    private final Sampler sampler;
    private final List<Consumer<Snapshot>> listeners;
    private final Consumer<Snapshot> publish;
    private final Consumer<Throwable> failure;
    private final Object lock = new Object();
    private final Thread thread;

    // guarded by lock
    private long delayMillis;
    private boolean paused;
    private boolean includeThreads;
    private boolean includeIo;
    private boolean wake;
    private boolean stopped;

    SamplerThread(Sampler sampler, long delayMillis, boolean includeThreads, boolean includeIo,
                  List<Consumer<Snapshot>> listeners, Consumer<Snapshot> publish, Consumer<Throwable> failure) {
        this.sampler = sampler;
        this.delayMillis = delayMillis;
        this.includeThreads = includeThreads;
        this.includeIo = includeIo;
        this.listeners = listeners;
        this.publish = publish;
        this.failure = failure;
        this.thread = new Thread(this::loop, "vigil-sampler");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void stop() {
        synchronized (lock) {
            stopped = true;
            lock.notifyAll();
        }
    }

    /** Waits up to millis for the thread to finish its current sample. */
    void join(long millis) throws InterruptedException {
        thread.join(millis);
    }

    void setDelayMillis(long ms) {
        synchronized (lock) {
            delayMillis = ms;
            lock.notifyAll();
        }
    }

    void setPaused(boolean p) {
        synchronized (lock) {
            paused = p;
            if (!p) wake = true;
            lock.notifyAll();
        }
    }

    void setIncludeThreads(boolean on) {
        synchronized (lock) {
            includeThreads = on;
            lock.notifyAll();
        }
    }

    /** Only a change is applied; the I/O rates start again from the next pair of samples. */
    void setIncludeIo(boolean on) {
        synchronized (lock) {
            includeIo = on;
        }
    }

    void requestSample() {
        synchronized (lock) {
            wake = true;
            lock.notifyAll();
        }
    }

    private void loop() {
        boolean threadsApplied = false;
        boolean ioApplied = false;
        long count = 0;
        long last = 0;
        try {
            while (true) {
                boolean threads;
                boolean io;
                synchronized (lock) {
                    while (true) {
                        if (stopped) return;
                        long gap = count == 1 ? Math.min(delayMillis, SECOND_SAMPLE_MILLIS) : delayMillis;
                        long wait = count == 0 ? 0 : last + gap - System.currentTimeMillis();
                        if (!paused && (wake || wait <= 0)) break;
                        lock.wait(paused ? 0 : wait);
                    }
                    wake = false;
                    threads = includeThreads;
                    io = includeIo;
                }
                if (io != ioApplied || count == 0) {
                    sampler.setIncludeIo(io);
                    ioApplied = io;
                }
                if (threads != threadsApplied || count == 0) {
                    sampler.setIncludeThreads(threads);
                    threadsApplied = threads;
                }
                last = System.currentTimeMillis();
                Snapshot s = sampler.sample();
                count++;
                if (count == 1) publish.accept(s); // the first frame waits for no listener
                for (Consumer<Snapshot> l : listeners) l.accept(s);
                if (count > 1) publish.accept(s);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            failure.accept(t);
        }
    }
}
