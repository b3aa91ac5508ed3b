package dev.vigil.ui;

import dev.vigil.alert.Alert;
import dev.vigil.alert.AlertConfig;
import dev.vigil.alert.AlertEngine;
import dev.vigil.alert.Rule;
import dev.vigil.alert.Severity;
import dev.vigil.alert.Transition;
import dev.vigil.app.AlertBoard;
import dev.vigil.app.Alerts;
import dev.vigil.model.Config;
import dev.vigil.sample.Identity;
import dev.vigil.ui.keys.AlertKeys;
import dev.vigil.ui.keys.KeyTable;
import dev.vigil.ui.views.AlertLook;
import dev.vigil.ui.views.AlertPane;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The alerts on the screen. The app's {@link Alerts} evaluate each snapshot on the sampler
 * thread and write the log and --alert-exec; each result reaches the UI thread as one immutable
 * {@link AlertBoard}, through {@link Controls#post}; the pane, the row marks and the header note
 * draw from that board only. Keys (see {@link AlertKeys}) change the engine on the UI thread in
 * small steps (watch, acknowledge, add a rule) and take a fresh board at once.
 * {@code alerts.bell=on} rings the bell on a new critical alert; problems with the log or the
 * command go to the status line.
 *
 * <p>Wiring, in Monitor.run: {@code AlertUi alerts = AlertUi.addTo(keys)} before the session is
 * made, {@code alerts.attach(session)} after, {@link #close()} at the end.
 */
public final class AlertUi {
    private final AlertPane pane = new AlertPane(this);
    private Alerts alerts;
    private Session session;
    private AlertBoard board = AlertBoard.EMPTY; // UI thread only

    private AlertUi() {
    }

    /** Binds the alert keys to t; {@link #attach} the result to the session made with t. */
    public static AlertUi addTo(KeyTable t) {
        AlertUi ui = new AlertUi();
        AlertKeys.bind(t, ui);
        return ui;
    }

    /** Starts the app's alerts, then hooks the pane, row marks and header note into s. */
    public void attach(Session s) {
        session = s;
        alerts = s.app().alerts();
        board = alerts.start(); // the rules, before the first sample
        AlertConfig config = alerts.config();
        if (!config.ok()) s.error("config: " + config.errors().get(0) + "; that rule is skipped");
        s.hooks().addIoNeed(() -> board.usesIo());        // io rules need /proc/PID/io read
        alerts.onBoard((b, ts) -> {
            boolean ring = alerts.config().bell() && Transition.anyFired(ts, Severity.CRITICAL);
            session.controls().post(() -> show(b, ring));
        });
        List<String> paneChoice = s.prefs().config().extra(AlertPane.SETTING);
        pane.restore(paneChoice.isEmpty() ? null : paneChoice.get(paneChoice.size() - 1));
        s.hooks().addPane(pane);
        s.hooks().addRowStyler((row, theme) -> AlertLook.rowStyle(board, row, theme));
        s.hooks().addHeaderNote(x -> board.headerNote());
    }

    /** UI thread: takes a board (unless a newer one is shown already) and reports problems. */
    private void show(AlertBoard b, boolean ring) {
        if (b.version() > board.version()) board = b;
        if (ring) session.controls().bell();
        for (String p : alerts.problems()) session.error(p);
    }

    /** Runs a change of the engine on the UI thread and shows the board after it. */
    private <T> T change(Function<AlertEngine, T> f) {
        T result = alerts.change(f);
        show(alerts.board(), false);
        return result;
    }

    public boolean attached() {
        return alerts != null;
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
    public int acknowledge(List<Alert> list) {
        long now = System.currentTimeMillis();
        return change(e -> {
            int n = 0;
            for (Alert a : list) if (e.acknowledge(a.id(), now) != null) n++;
            return n;
        });
    }

    /** Adds a rule for this run; false when it is in effect already. */
    public boolean addRule(Rule r) {
        if (!alerts.addRule(r)) return false;
        show(alerts.board(), false);
        return true;
    }

    /** Saves a rule added with the prompt as an alert= line; returns the error, or null when saved. */
    public String save(Rule r, Session s) {
        if (!s.prefs().file().writable()) {
            return "not saved: " + s.prefs().file().path() + " is invalid and left alone; the rule holds for this run";
        }
        List<Config.Setting> extras = new ArrayList<>(s.prefs().config().extras());
        extras.add(new Config.Setting(AlertConfig.RULE_KEY, r.toString()));
        s.prefs().persist(c -> c.withExtras(extras));
        if (s.prefs().saveError() != null) return s.prefs().saveError();
        alerts.saved(r);
        return null;
    }

    /** Lets --alert-exec commands still starting finish, and closes the log. */
    public void close() {
        if (alerts != null) alerts.close(500);
    }
}
