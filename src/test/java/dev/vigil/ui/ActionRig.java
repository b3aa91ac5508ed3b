package dev.vigil.ui;

import dev.vigil.action.ActionLog;
import dev.vigil.action.Actions;
import dev.vigil.action.Confirmation;
import dev.vigil.action.Kernel;
import dev.vigil.action.NiceChange;
import dev.vigil.action.Outcome;
import dev.vigil.action.Signal;
import dev.vigil.action.Target;
import dev.vigil.ui.keys.DetailKeys;
import dev.vigil.ui.keys.KeyTable;
import dev.vigil.ui.keys.MainKeys;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A session with the action keys wired to a kernel in memory (nothing real is ever signalled),
 * a fake clock for escalation, and controls that queue posted tasks until the test runs them.
 */
final class ActionRig {
    /** Records what was sent; a PID in {@link #gone} answers "exited". */
    static final class RecordingKernel implements Kernel {
        final List<String> sent = Collections.synchronizedList(new ArrayList<>());
        final Set<Integer> gone = Collections.synchronizedSet(new HashSet<>());
        final Map<Integer, Integer> nice = Collections.synchronizedMap(new HashMap<>());

        @Override
        public Outcome signal(Target t, Signal s) {
            if (gone.contains(t.pid())) return Outcome.of(t, Outcome.Kind.EXITED);
            sent.add(s.name() + " " + t.pid());
            if (s.equals(Signal.KILL)) gone.add(t.pid());
            return Outcome.done(t);
        }

        @Override
        public Outcome renice(Target t, NiceChange c) {
            int old = nice.getOrDefault(t.pid(), 0);
            int want = c.apply(old);
            if (gone.contains(t.pid())) return Outcome.of(t, Outcome.Kind.EXITED).withNice(old, want);
            if (want == old) return Outcome.of(t, Outcome.Kind.UNCHANGED).withNice(old, want);
            nice.put(t.pid(), want);
            sent.add("nice " + want + " " + t.pid());
            return Outcome.done(t).withNice(old, want);
        }

        /** Records "limit nofile 2 PID" and answers as if the limit was 1024:4096 before. */
        @Override
        public dev.vigil.action.LimitOutcome setLimit(Target t, dev.vigil.action.LimitChange c) {
            if (gone.contains(t.pid())) return dev.vigil.action.LimitOutcome.of(Outcome.of(t, Outcome.Kind.EXITED), c);
            sent.add("limit " + c.describe() + " " + t.pid());
            return new dev.vigil.action.LimitOutcome(Outcome.done(t), c, 1024, 4096, c.softFrom(1024), c.hardFrom(4096));
        }

        /** Records "affinity 0-1 PID". */
        @Override
        public Outcome setAffinity(Target t, dev.vigil.action.CpuSet cpus) {
            if (gone.contains(t.pid())) return Outcome.of(t, Outcome.Kind.EXITED);
            sent.add("affinity " + cpus.format() + " " + t.pid());
            return Outcome.done(t);
        }

        final Map<Integer, dev.vigil.action.IoPriority> io = Collections.synchronizedMap(new HashMap<>());

        /** Records "ioprio best-effort 4 PID". */
        @Override
        public Outcome setIoPriority(Target t, dev.vigil.action.IoPriority p) {
            if (gone.contains(t.pid())) return Outcome.of(t, Outcome.Kind.EXITED);
            sent.add("ioprio " + p.describe() + " " + t.pid());
            io.put(t.pid(), p);
            return Outcome.done(t);
        }

        @Override
        public dev.vigil.action.IoPriority ioPriority(Target t) {
            return io.getOrDefault(t.pid(), dev.vigil.action.IoPriority.NONE);
        }

        @Override
        public boolean alive(Target t) {
            return !gone.contains(t.pid());
        }

        @Override
        public String method() {
            return "recording";
        }
    }

    /** Queues posted tasks (as the event loop would). */
    static final class QueueControls implements Controls {
        final ConcurrentLinkedQueue<Runnable> posted = new ConcurrentLinkedQueue<>();

        @Override
        public void post(Runnable task) {
            posted.add(task);
        }

        /** Runs what was posted, on the calling (test = UI) thread. Returns how many ran. */
        int drain() {
            int n = 0;
            for (Runnable r; (r = posted.poll()) != null; n++) r.run();
            return n;
        }

        /** Waits up to 5 s for something to be posted, then runs it all. */
        void awaitAndDrain() throws InterruptedException {
            long end = System.currentTimeMillis() + 5000;
            while (posted.isEmpty() && System.currentTimeMillis() < end) Thread.sleep(10);
            if (drain() == 0) throw new AssertionError("nothing was posted to the UI thread");
        }
    }

    final RecordingKernel kernel = new RecordingKernel();
    final AtomicLong clock = new AtomicLong(1_000_000);
    final ActionLog log;
    final QueueControls controls = new QueueControls();
    final Session session;
    final ProcessControl control;

    ActionRig(Path dir, Map<String, String> env, MonitorOptions o) {
        this(dir, env, o, null);
    }

    /** With the action log also written to logFile (null: memory only). */
    ActionRig(Path dir, Map<String, String> env, MonitorOptions o, Path logFile) {
        log = new ActionLog(logFile, ActionLog.DEFAULT_CAPACITY);
        KeyTable keys = MainKeys.table();
        // a non-root vigil with a PID of its own, so that only the rules for KILL and batches apply
        Confirmation.Context ctx = new Confirmation.Context(999_999, 1000);
        control = ProcessControl.addTo(keys, (ro, grace) -> new Actions(kernel, log, ro, ctx, grace, clock::get));
        session = VirtualScreen.session(dir, env, o, keys);
        session.setControls(controls);
        control.attach(session, DetailKeys.install(session));
    }

    ActionRig(Path dir) {
        this(dir, VirtualScreen.utf8Env(), VirtualScreen.options());
    }

    /** As the sampler thread does for each snapshot: listeners first (here on this thread). */
    void sampled(dev.vigil.sample.Snapshot snap) {
        session.app().listeners().run(snap);
        session.accept(snap);
    }
}
