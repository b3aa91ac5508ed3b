package dev.vigil.ui;

import dev.vigil.alert.Alert;
import dev.vigil.alert.AlertConfig;
import dev.vigil.alert.AlertEngine;
import dev.vigil.alert.AlertExec;
import dev.vigil.alert.AlertLog;
import dev.vigil.alert.Rule;
import dev.vigil.alert.Severity;
import dev.vigil.alert.Transition;
import dev.vigil.model.Config;
import dev.vigil.model.QueryException;
import dev.vigil.sample.Identity;
import dev.vigil.sample.Snapshot;
import dev.vigil.ui.keys.AlertKeys;
import dev.vigil.ui.keys.KeyTable;
import dev.vigil.ui.views.AlertLook;
import dev.vigil.ui.views.AlertPane;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The alerts in the interactive monitor. The engine evaluates each snapshot on the sampler
 * thread (a snapshot listener) and the result reaches the UI thread as one immutable
 * {@link AlertBoard}, through {@link Controls#post}; the pane, the row marks and the header note
 * draw from that board only. Keys (see {@link AlertKeys}) change the engine on the UI thread in
 * small steps (watch, acknowledge, add a rule) and take a fresh board at once.
 *
 * <p>Rules: the built-in defaults unless the config says {@code alerts.defaults=off}, the
 * config's {@code alert=} lines, {@code --alert}, then those added with {@code !} (kept for the
 * run, or saved to the config). Every transition goes to the alert log and, when fired, to
 * {@code --alert-exec}. {@code alerts.bell=on} rings the bell on a new critical alert.
 *
 * <p>Wiring, in Monitor.run: {@code AlertUi alerts = AlertUi.addTo(keys)} before the session is
 * made, {@code alerts.attach(session, logFile)} after, {@link #close()} at the end.
 */
public final class AlertUi {
    private final Object lock = new Object(); // engine state and board versions change together
    private final AlertPane pane = new AlertPane(this);
    private final List<Rule> cliRules = new ArrayList<>();
    private final List<Rule> added = new ArrayList<>(); // from the prompt, not (yet) saved
    private volatile AlertConfig config = AlertConfig.DEFAULT; // replaced on the UI thread, read by the sampler's
    private AlertEngine engine;
    private AlertLog log;
    private AlertExec exec;
    private Session session;
    private long version;                               // guarded by lock
    private AlertBoard board = AlertBoard.EMPTY;        // UI thread only
    private String shownLogError;
    private String shownExecNote;

    private AlertUi() {
    }

    /** Binds the alert keys to t; {@link #attach} the result to the session made with t. */
    public static AlertUi addTo(KeyTable t) {
        AlertUi ui = new AlertUi();
        AlertKeys.bind(t, ui);
        return ui;
    }

    /** Reads the rules, then hooks the engine, pane, row marks and header note into s. */
    public void attach(Session s, Path logFile) {
        session = s;
        config = s.configFile().writable() ? AlertConfig.read(s.configFile().path()) : AlertConfig.DEFAULT;
        if (!config.ok()) s.error("config: " + config.errors().get(0) + "; that rule is skipped");
        for (String text : s.options().alertRules()) {
            try {
                cliRules.add(Rule.parse(text));
            } catch (QueryException e) {
                s.error("--alert '" + text + "': " + e.getMessage());
            }
        }
        log = new AlertLog(logFile);
        String cmd = s.options().alertExec();
        if (cmd != null) {
            try {
                exec = AlertExec.create(cmd);
            } catch (IllegalArgumentException e) {
                s.error("--alert-exec: " + e.getMessage());
            }
        }
        engine = new AlertEngine(config.effectiveRules(cliRules), this::transition);
        synchronized (lock) {
            board = AlertBoard.of(engine, ++version); // the rules, before the first sample
        }
        s.addIoNeed(() -> board.usesIo());        // io rules need /proc/PID/io read
        s.addSnapshotListener(this::evaluate);
        s.addPane(pane);
        s.addRowStyler((row, theme) -> AlertLook.rowStyle(board, row, theme));
        s.addHeaderNote(x -> board.headerNote());
    }

    private void transition(Transition t) {
        log.accept(t);
        if (exec != null) exec.accept(t);
    }

    /** Sampler thread: the heavy part, then one whole board for the UI thread. */
    private void evaluate(Snapshot s) {
        List<Transition> ts;
        AlertBoard b;
        synchronized (lock) {
            ts = engine.evaluate(s, s.timestampMillis());
            b = AlertBoard.of(engine, ++version);
        }
        boolean ring = config.bell() && Transition.anyFired(ts, Severity.CRITICAL);
        session.controls().post(() -> show(b, ring));
    }

    /** UI thread: takes a board (unless a newer one is shown already) and reports problems. */
    private void show(AlertBoard b, boolean ring) {
        if (b.version() > board.version()) {
            pane.newBoard(b);
            board = b;
        }
        if (ring) session.controls().bell();
        String e = log.error();
        if (e != null && !e.equals(shownLogError)) session.error(e);
        shownLogError = e;
        String note = exec == null ? null : exec.note();
        if (note != null && !note.equals(shownExecNote)) session.error(note);
        shownExecNote = note;
    }

    /** Runs a change of the engine on the UI thread and shows the board after it. */
    private <T> T change(java.util.function.Function<AlertEngine, T> f) {
        T result;
        AlertBoard b;
        synchronized (lock) {
            result = f.apply(engine);
            b = AlertBoard.of(engine, ++version);
        }
        show(b, false);
        return result;
    }

    public boolean attached() {
        return engine != null;
    }

    public AlertBoard board() {
        return board;
    }

    public AlertPane pane() {
        return pane;
    }

    /** Watches id, or stops watching it; true when it is watched now. */
    public boolean toggleWatch(Identity id) {
        return change(e -> {
            if (e.unwatch(id)) return false;
            e.watch(id);
            return true;
        });
    }

    /** Acknowledges these active alerts; returns how many were not acknowledged before. */
    public int acknowledge(List<Alert> alerts) {
        long now = System.currentTimeMillis();
        return change(e -> {
            int n = 0;
            for (Alert a : alerts) if (e.acknowledge(a.id(), now) != null) n++;
            return n;
        });
    }

    /** Adds a rule for this run; false when it is in effect already. */
    public boolean addRule(Rule r) {
        if (board.rules().contains(r)) return false;
        added.add(r);
        change(e -> e.setRules(config.effectiveRules(all()), System.currentTimeMillis()));
        return true;
    }

    /** Saves a rule added with the prompt as an alert= line; returns the error, or null when saved. */
    public String save(Rule r, Session s) {
        if (!s.configFile().writable()) {
            return "not saved: " + s.configFile().path() + " is invalid and left alone; the rule holds for this run";
        }
        List<Config.Setting> extras = new ArrayList<>(s.config().extras());
        extras.add(new Config.Setting(AlertConfig.RULE_KEY, r.toString()));
        s.persist(c -> c.withExtras(extras));
        if (s.saveError() != null) return s.saveError();
        List<Rule> saved = new ArrayList<>(config.rules());
        saved.add(r);
        config = new AlertConfig(saved, config.defaults(), config.bell(), config.errors());
        added.remove(r);
        return null;
    }

    private List<Rule> all() {
        List<Rule> l = new ArrayList<>(cliRules);
        l.addAll(added);
        return l;
    }

    /** Lets --alert-exec commands still starting finish, and closes the log. */
    public void close() {
        if (exec != null) {
            try {
                exec.awaitIdle(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exec.close();
        }
        if (log != null) log.close();
    }
}
