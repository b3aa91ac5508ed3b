package dev.vigil.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The one door the UI uses to act on processes: signal menu, confirmation, sending, renice,
 * escalation and the action log. Every result comes back as one line of words, is appended to
 * the {@link ActionLog}, and is passed to the result listener. In read-only mode every action
 * answers {@link #READ_ONLY} and sends nothing.
 *
 * <p>Typical use from the key table: on F9/k, {@link #refusal()} (show it and stop if present),
 * else capture {@link Targets} and open {@link #signalMenu()}; on Enter take the menu's
 * {@link SignalMenu#choice()}, ask {@link #confirmReasons} (if not empty, show
 * {@link #confirmPrompt} and wait for y), then {@link #send}. Call {@link #tick()} from the
 * sampler thread after each refresh, show {@link #escalationStatus()} while present, and call
 * {@link #cancelEscalation()} on Esc.
 */
public final class Actions {
    public static final String READ_ONLY = Wording.READ_ONLY;

    private final Kernel kernel;
    private final ActionLog log;
    private final boolean readOnly;
    private final Confirmation.Context context;
    private final EscalationChain chain;
    private final LongSupplier clockMillis;
    private final Escalation escalation;
    private volatile Consumer<String> listener = line -> { };

    /**
     * @param kernel      how to reach the processes ({@link NativeKernel} for real)
     * @param log         where result lines go
     * @param readOnly    refuse every action
     * @param context     vigil's own PID and effective uid, for the confirmation rules
     * @param chain       the configured escalation (the menu's e)
     * @param clockMillis monotonic milliseconds, for escalation deadlines
     */
    public Actions(Kernel kernel, ActionLog log, boolean readOnly, Confirmation.Context context,
                   EscalationChain chain, LongSupplier clockMillis) {
        this.kernel = kernel;
        this.log = log;
        this.readOnly = readOnly;
        this.context = context;
        this.chain = chain;
        this.clockMillis = clockMillis;
        this.escalation = new Escalation(kernel);
    }

    /** With TERM, then KILL after {@code graceMillis} as the configured escalation. */
    public Actions(Kernel kernel, ActionLog log, boolean readOnly, Confirmation.Context context,
                   long graceMillis, LongSupplier clockMillis) {
        this(kernel, log, readOnly, context, EscalationChain.termThenKill(graceMillis), clockMillis);
    }

    /** The real thing: native kernel, log under $XDG_STATE_HOME/vigil, this process's context. */
    public static Actions create(boolean readOnly, EscalationChain chain) {
        ActionLog log = new ActionLog(ActionLog.defaultFile(System.getenv()), ActionLog.DEFAULT_CAPACITY);
        return new Actions(new NativeKernel(), log, readOnly, Confirmation.Context.current(), chain,
                () -> System.nanoTime() / 1_000_000);
    }

    /** Loads the native library on a daemon thread so the first action does not wait ~0.4 s. */
    public void warmUpInBackground() {
        if (readOnly || !(kernel instanceof NativeKernel)) return;
        Thread t = new Thread(NativeKernel::warmUp, "vigil-native-warmup");
        t.setDaemon(true);
        t.start();
    }

    /** Called with every result line, on the thread that produced it (UI or sampler thread). */
    public void onResult(Consumer<String> listener) {
        this.listener = listener == null ? line -> { } : listener;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** The first wait of the configured escalation (the grace period of TERM, then KILL). */
    public long graceMillis() {
        return chain.steps().get(0).waitMillis();
    }

    /** The configured escalation. */
    public EscalationChain chain() {
        return chain;
    }

    public ActionLog log() {
        return log;
    }

    /** How signals are delivered on this machine, in words. */
    public String method() {
        return kernel.method();
    }

    /** In read-only mode: {@link #READ_ONLY} (logged). Otherwise empty: go ahead. */
    public Optional<String> refusal() {
        if (!readOnly) return Optional.empty();
        report(READ_ONLY);
        return Optional.of(READ_ONLY);
    }

    /** A fresh signal menu, TERM selected, the configured escalation as e. */
    public SignalMenu signalMenu() {
        return new SignalMenu(chain);
    }

    /** Why to ask y/n before sending; empty when no confirmation is needed. */
    public List<String> confirmReasons(Targets targets, Choice choice) {
        return Confirmation.reasons(targets, choice, context);
    }

    public String confirmPrompt(Targets targets, Choice choice, List<String> reasons) {
        return Confirmation.prompt(targets, choice, reasons);
    }

    /** Sends the choice to the targets (an escalation starts and returns at once). */
    public Result send(Targets targets, Choice choice) {
        if (readOnly) return refused();
        Result r;
        if (choice instanceof Choice.Escalate e) {
            r = escalation.start(targets, e.chain(), clockMillis.getAsLong());
        } else {
            Signal s = ((Choice.Send) choice).signal();
            List<Outcome> out = new ArrayList<>();
            for (Target t : targets.list()) out.add(kernel.signal(t, s));
            r = new Result(Wording.signal(s, out), out);
        }
        report(r.line());
        return r;
    }

    /** Renices the targets: a step from each one's current nice, or an exact value. */
    public Result renice(Targets targets, NiceChange change) {
        if (readOnly) return refused();
        List<Outcome> out = new ArrayList<>();
        for (Target t : targets.list()) out.add(kernel.renice(t, change));
        Result r = new Result(Wording.renice(change, out), out);
        report(r.line());
        return r;
    }

    /** Sets the CPU affinity of the targets (every thread of each), identity checked first. */
    public Result setAffinity(Targets targets, CpuSet cpus) {
        if (readOnly) return refused();
        CpuSet old = targets.size() == 1 ? ProcFacts.cpusAllowed(targets.list().get(0).pid()) : null;
        List<Outcome> out = new ArrayList<>();
        for (Target t : targets.list()) out.add(kernel.setAffinity(t, cpus));
        Result r = new Result(Wording.affinity(cpus, old, out), out);
        report(r.line());
        return r;
    }

    /** The CPUs the process may run on now (/proc), or null when it cannot be read. */
    public CpuSet affinity(Target target) {
        return kernel.alive(target) ? ProcFacts.cpusAllowed(target.pid()) : null;
    }

    /** Sets the I/O priority of the targets (every thread of each), identity checked first. */
    public Result setIoPriority(Targets targets, IoPriority priority) {
        if (readOnly) return refused();
        IoPriority old = targets.size() == 1 ? kernel.ioPriority(targets.list().get(0)) : null;
        List<Outcome> out = new ArrayList<>();
        for (Target t : targets.list()) out.add(kernel.setIoPriority(t, priority));
        Result r = new Result(Wording.ioPriority(priority, old, out), out);
        report(r.line());
        return r;
    }

    /** The I/O priority of the process now, or null when it cannot be read. */
    public IoPriority ioPriority(Target target) {
        return kernel.ioPriority(target);
    }

    /**
     * Sets a resource limit of one process (prlimit64), its identity checked first. Ask
     * {@link #limitQuestion} before, when the change lowers a limit.
     */
    public Result setLimit(Target target, LimitChange change) {
        if (readOnly) return refused();
        LimitOutcome lo = kernel.setLimit(target, change);
        Result r = new Result(Wording.limit(lo), List.of(lo.outcome()));
        report(r.line());
        return r;
    }

    /**
     * The y/n question when the change lowers the soft limit under what the process uses now
     * (nofile under its open files, as under its virtual size); empty otherwise.
     * {@code currentSoft} is the soft value shown when the prompt opened.
     */
    public Optional<String> limitQuestion(Target target, LimitChange change, long currentSoft) {
        Rlimit r = change.resource();
        long soft = change.softFrom(currentSoft);
        if (!LimitChange.above(currentSoft, soft)) return Optional.empty(); // not lowered: nothing new to fear
        return LimitRisk.question(target, r, soft, LimitRisk.use(target, r));
    }

    /** Advances running escalations (sampler thread, each refresh). Returns the lines produced. */
    public List<String> tick() {
        List<String> lines = escalation.tick(clockMillis.getAsLong());
        for (String l : lines) report(l);
        return lines;
    }

    /** The countdown while an escalation waits, e.g. "escalating: 2 still alive after TERM, KILL in 3 s — Esc cancels". */
    public Optional<String> escalationStatus() {
        return escalation.status(clockMillis.getAsLong());
    }

    public boolean escalating() {
        return escalation.active();
    }

    /** Esc while escalating: stops waiting, sends nothing more. Empty when nothing was waiting. */
    public Optional<String> cancelEscalation() {
        Optional<String> line = escalation.cancel();
        line.ifPresent(this::report);
        return line;
    }

    private Result refused() {
        report(READ_ONLY);
        return new Result(READ_ONLY, List.of());
    }

    private void report(String line) {
        log.add(line);
        listener.accept(line);
    }
}
