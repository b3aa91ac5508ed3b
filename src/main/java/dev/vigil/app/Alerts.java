package dev.vigil.app;

import dev.vigil.alert.Alert;
import dev.vigil.alert.AlertConfig;
import dev.vigil.alert.AlertEngine;
import dev.vigil.alert.AlertExec;
import dev.vigil.alert.AlertLog;
import dev.vigil.alert.Rule;
import dev.vigil.alert.Transition;
import dev.vigil.sample.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The alerts of one run, for every front-end: the rules (the built-in defaults unless the config
 * says {@code alerts.defaults=off}, the config's {@code alert=} lines, {@code --alert}, then rules
 * added at run time), the engine evaluating each snapshot at its own timestamp (a snapshot
 * listener), and the side effects of its transitions: every transition to the alert log
 * (alerts.jsonl), and fired ones to {@code --alert-exec}. The {@code alert} package stays pure;
 * the files and processes are here.
 *
 * <p>After each evaluation (and each change) one immutable {@link AlertBoard} is made; a
 * front-end that draws takes boards with {@link #onBoard}. Problems with the log or the command
 * are collected for the front-end to show ({@link #problems()}); none stops the run.
 * Thread-safe: snapshots come on the sampler thread, changes from a UI thread.
 */
public final class Alerts implements SnapshotListener {
    /** How long batch's end waits for --alert-exec commands still running. */
    public static final long EXEC_WAIT_MILLIS = AlertExec.DEFAULT_TIMEOUT_MILLIS + 1000;

    private final Object lock = new Object(); // engine state and board versions change together
    private final Supplier<AlertConfig> configSource;
    private final List<Rule> cliRules;
    private final List<Rule> added = new CopyOnWriteArrayList<>(); // at run time, not (yet) saved
    private final AlertLog log;   // null: no log
    private final AlertExec exec; // null: no --alert-exec
    private final List<BiConsumer<AlertBoard, List<Transition>>> boardListeners = new CopyOnWriteArrayList<>();
    private volatile AlertConfig config;
    private volatile AlertBoard board = AlertBoard.EMPTY;
    private AlertEngine engine;   // guarded by lock; made by start() or the first evaluation
    private long version;         // guarded by lock
    private String shownLogError; // guarded by this
    private String shownExecNote; // guarded by this

    /**
     * @param config   the config's alert settings, asked for when the engine is made
     * @param cliRules rules from --alert
     * @param log      the alert log, or null for none
     * @param exec     the --alert-exec command, or null for none
     */
    public Alerts(Supplier<AlertConfig> config, List<Rule> cliRules, AlertLog log, AlertExec exec) {
        this.configSource = config;
        this.cliRules = List.copyOf(cliRules);
        this.log = log;
        this.exec = exec;
    }

    /** No rules, no log, no command (tests of a front-end's loop alone). */
    public static Alerts none() {
        return new Alerts(() -> new AlertConfig(List.of(), false, false, List.of()), List.of(), null, null);
    }

    /** Makes the engine now (reading the config's alert settings) and returns the first board. */
    public AlertBoard start() {
        synchronized (lock) {
            engine();
            return board;
        }
    }

    private AlertEngine engine() {
        if (engine == null) {
            config = configSource.get();
            engine = new AlertEngine(config.effectiveRules(all()), this::transition);
            board = AlertBoard.of(engine, ++version); // the rules, before the first sample
        }
        return engine;
    }

    /** The config's alert settings in effect (after {@link #start()} or the first snapshot). */
    public AlertConfig config() {
        synchronized (lock) {
            engine();
            return config;
        }
    }

    /** Called with each new board and the transitions that made it (on the thread that made it). */
    public void onBoard(BiConsumer<AlertBoard, List<Transition>> l) {
        boardListeners.add(l);
    }

    private void transition(Transition t) {
        if (log != null) log.accept(t);
        if (exec != null) exec.accept(t);
    }

    /** Evaluates one snapshot (the sampler thread, or batch's main thread). */
    @Override
    public void onSnapshot(Snapshot s) {
        List<Transition> ts;
        AlertBoard b;
        synchronized (lock) {
            ts = engine().evaluate(s, s.timestampMillis());
            b = AlertBoard.of(engine, ++version);
            board = b;
        }
        for (var l : boardListeners) l.accept(b, ts);
    }

    /** The newest board. */
    public AlertBoard board() {
        return board;
    }

    /** What batch output lists under "alerts" now: active alerts, then those cleared at the last snapshot. */
    public List<Alert> reportAlerts() {
        synchronized (lock) {
            return engine().reportAlerts();
        }
    }

    /** Runs a change of the engine (watch, acknowledge…); returns its result. The new board is {@link #board()}. */
    public <T> T change(Function<AlertEngine, T> f) {
        synchronized (lock) {
            T result = f.apply(engine());
            board = AlertBoard.of(engine, ++version);
            return result;
        }
    }

    /** Adds a rule for this run; false when it is in effect already. */
    public boolean addRule(Rule r) {
        if (board.rules().contains(r)) return false;
        added.add(r);
        change(e -> e.setRules(config.effectiveRules(all()), System.currentTimeMillis()));
        return true;
    }

    /** A rule added at run time was saved to the config: it is one of the config's rules now. */
    public void saved(Rule r) {
        List<Rule> rules = new ArrayList<>(config.rules());
        rules.add(r);
        config = new AlertConfig(rules, config.defaults(), config.bell(), config.errors());
        added.remove(r);
    }

    private List<Rule> all() {
        List<Rule> l = new ArrayList<>(cliRules);
        l.addAll(added);
        return l;
    }

    /** New problems since the last call: the log's error, the command's note (each once while it lasts). */
    public synchronized List<String> problems() {
        List<String> out = new ArrayList<>(2);
        String e = log == null ? null : log.error();
        if (e != null && !e.equals(shownLogError)) out.add(e);
        shownLogError = e;
        String note = exec == null ? null : exec.note();
        if (note != null && !note.equals(shownExecNote)) out.add(note);
        shownExecNote = note;
        return out;
    }

    /**
     * Waits up to waitMillis for --alert-exec commands still running, then closes the command
     * and the log; returns what the end has to say (commands still running, their failures).
     */
    public List<String> close(long waitMillis) {
        List<String> out = new ArrayList<>();
        if (exec != null) {
            try {
                if (!exec.awaitIdle(waitMillis)) out.add("alert-exec: commands still running at exit");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exec.close();
            String note = exec.note();
            synchronized (this) {
                if (note != null && !note.equals(shownExecNote)) out.add(note);
            }
        }
        if (log != null) log.close();
        return out;
    }
}
