package dev.vigil.app;

import dev.vigil.model.Limits;
import dev.vigil.sample.Snapshot;

import java.util.function.Consumer;

/**
 * The timer thread and its schedule: takes a snapshot from the source every delay, runs the
 * snapshot listeners, and hands the whole snapshot to the front-end through publish. The delay
 * lives here (within {@link Limits}), not in any front-end. The first snapshot goes to the UI before its
 * listeners run (at start they run interpreted, 15-35 ms); its alerts follow a moment later.
 * It never touches the screen. Pausing stops sampling; resuming, a thread toggle or
 * {@link #requestSample} samples at once. The second sample comes soon after the first, so CPU
 * percentages (which need two samples) show quickly. A source that can move (a recording) is
 * moved here too, on this thread ({@link #step}, {@link #seek}): the listeners hear
 * {@link SnapshotListener#jumped()} and then get the snapshot moved to. When a recording has no
 * more, the thread pauses. A live view that rewinds ({@link SnapshotSource#rewinds()}) goes on
 * sampling while it shows the past: the listeners get only the live snapshots, and those are
 * published again once it is back to live.
 */
public final class SamplerThread {
    private static final long SECOND_SAMPLE_MILLIS = 500;

    private final SnapshotSource source;
    private final Listeners listeners;
    private final Object lock = new Object();
    private final Thread thread;

    // guarded by lock
    private long delayMillis;
    private boolean paused;
    private boolean includeThreads;
    private boolean includeIo;
    private java.util.Set<dev.vigil.sample.ProcRead> reads = java.util.Set.of();
    private boolean wake;
    private boolean inFull; // the sample asked for reads every process in full
    private boolean stopped;
    private boolean started;
    private Consumer<Snapshot> publish = s -> { };
    private Consumer<Throwable> failure = t -> { };
    private Move move; // a step or seek waiting for the thread

    /** A move of a recorded source: by delta snapshots, or to a time. */
    private record Move(int delta, long timestampMillis) {
    }

    SamplerThread(SnapshotSource source, Listeners listeners, long delayMillis) {
        this.source = source;
        this.listeners = listeners;
        this.delayMillis = Limits.delay(delayMillis);
        this.thread = new Thread(this::loop, "vigil-sampler");
        thread.setDaemon(true);
    }

    /**
     * Starts the thread: each snapshot goes to publish (any thread may be the front-end's), and
     * what the source or a listener throws to failure, which ends the thread.
     */
    public void start(Consumer<Snapshot> publish, Consumer<Throwable> failure) {
        synchronized (lock) {
            if (started) throw new IllegalStateException("started already");
            started = true;
            this.publish = publish;
            this.failure = failure;
        }
        thread.start();
    }

    public void stop() {
        synchronized (lock) {
            stopped = true;
            lock.notifyAll();
        }
    }

    /** Waits up to millis for the thread to finish its current sample. */
    public void join(long millis) throws InterruptedException {
        thread.join(millis);
    }

    /** The refresh delay now. */
    public long delayMillis() {
        synchronized (lock) {
            return delayMillis;
        }
    }

    /** Sets the delay, brought within {@link Limits#delay}; returns the delay set. */
    public long setDelayMillis(long ms) {
        synchronized (lock) {
            delayMillis = Limits.delay(ms);
            lock.notifyAll();
            return delayMillis;
        }
    }

    public boolean paused() {
        synchronized (lock) {
            return paused;
        }
    }

    public void setPaused(boolean p) {
        synchronized (lock) {
            paused = p;
            if (!p) wake = true;
            lock.notifyAll();
        }
    }

    public void setIncludeThreads(boolean on) {
        synchronized (lock) {
            includeThreads = on;
            lock.notifyAll();
        }
    }

    /** Only a change is applied; the I/O rates start again from the next pair of samples. */
    public void setIncludeIo(boolean on) {
        synchronized (lock) {
            includeIo = on;
        }
    }

    /** Which optional per-process files to read; applied before the next sample. */
    public void setOptionalReads(java.util.Set<dev.vigil.sample.ProcRead> r) {
        synchronized (lock) {
            reads = java.util.Set.copyOf(r);
        }
    }

    /** Whether per-thread rows are asked for. */
    public boolean includeThreads() {
        synchronized (lock) {
            return includeThreads;
        }
    }

    /** Whether a snapshot was asked for ahead of the schedule and is not taken yet. */
    public boolean sampleDue() {
        synchronized (lock) {
            return wake;
        }
    }

    /**
     * Takes a snapshot now instead of at the next tick, reading every process in full (it
     * follows an action on processes, whose effect the next frame must show).
     */
    public void requestSample() {
        synchronized (lock) {
            wake = true;
            inFull = true;
            lock.notifyAll();
        }
    }

    /** A recorded source: moves delta snapshots (negative: back), on this thread; ignored when live. */
    public void step(int delta) {
        requestMove(new Move(delta, -1));
    }

    /** A recorded source: moves to the last snapshot at or before timestampMillis; ignored when live. */
    public void seek(long timestampMillis) {
        requestMove(new Move(0, timestampMillis));
    }

    private void requestMove(Move m) {
        if (!source.seekable()) return;
        synchronized (lock) {
            move = m;
            lock.notifyAll();
        }
    }

    private void loop() {
        boolean threadsApplied = false;
        boolean ioApplied = false;
        java.util.Set<dev.vigil.sample.ProcRead> readsApplied = java.util.Set.of();
        long count = 0;
        long last = 0;
        try {
            while (true) {
                boolean threads;
                boolean io;
                java.util.Set<dev.vigil.sample.ProcRead> optional;
                boolean full;
                Move m;
                synchronized (lock) {
                    while (true) {
                        if (stopped) return;
                        if (move != null) break;
                        long gap = count == 1 ? Math.min(delayMillis, SECOND_SAMPLE_MILLIS) : delayMillis;
                        long wait = count == 0 ? 0 : last + gap - System.currentTimeMillis();
                        if (!paused && (wake || wait <= 0)) break;
                        lock.wait(paused ? 0 : wait);
                    }
                    m = move;
                    move = null;
                    if (m == null) wake = false;
                    full = m == null && inFull;
                    if (full) inFull = false;
                    threads = includeThreads;
                    io = includeIo;
                    optional = reads;
                }
                if (m != null) {
                    Snapshot s = m.timestampMillis() >= 0 ? source.seek(m.timestampMillis()) : source.step(m.delta());
                    if (s != null) {
                        if (!source.rewinds()) { // a rewound live view: the listeners stay with the present
                            listeners.jumped();
                            listeners.run(s);
                        }
                        publish.accept(s);
                    }
                    continue;
                }
                if (io != ioApplied || count == 0) {
                    source.setIncludeIo(io);
                    ioApplied = io;
                }
                if (!optional.equals(readsApplied) || count == 0) {
                    source.setOptionalReads(optional);
                    readsApplied = optional;
                }
                if (threads != threadsApplied || count == 0) {
                    source.setIncludeThreads(threads);
                    threadsApplied = threads;
                }
                if (full) source.readInFullNext();
                last = System.currentTimeMillis();
                Snapshot s = source.next();
                if (s == null) { // a recording has no more
                    setPaused(true);
                    continue;
                }
                count++;
                boolean shown = source.live() || !source.rewinds(); // rewound: the past stays on screen
                if (count == 1 && shown) publish.accept(s); // the first frame waits for no listener
                listeners.run(s);
                if (count > 1 && shown) publish.accept(s);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            failure.accept(t);
        }
    }
}
