package dev.vigil.ui.keys;

import dev.vigil.alert.Alert;
import dev.vigil.model.Config;
import dev.vigil.model.Row;
import dev.vigil.sample.ProcessSample;
import dev.vigil.ui.AlertUi;
import dev.vigil.ui.Session;
import dev.vigil.ui.overlays.AlertPrompt;
import dev.vigil.ui.views.AlertPane;

import java.util.ArrayList;
import java.util.List;

/** The alert keys: A (pane), w (watch), ! (add a rule), a (acknowledge). */
public final class AlertKeys {
    private AlertKeys() {
    }

    public static void bind(KeyTable t, AlertUi ui) {
        t.bind("Alerts", "A", "Alerts", "show or hide the alert pane, saved (unset, it shows by itself while an alert is active on"
                        + " screens 120 columns wide or more; narrower, one line above the status line)",
                s -> toggle(s, ui));
        t.bind("Alerts", "w", "Watch", "watch the selected process: an alert fires when it exits (w again stops)",
                s -> watch(s, ui));
        t.bind("Alerts", "!", "Add rule", "add an alert rule, prefilled for the selected process; "
                + "y afterwards saves it to the config", s -> prompt(s, ui));
        t.bind("Alerts", "a", "Acknowledge", "silence the selected process's active alerts (if it has none: all)"
                + " until they clear", s -> acknowledge(s, ui));
    }

    private static boolean ready(Session s, AlertUi ui) {
        if (!ui.attached()) s.error("alerts are not running");
        return ui.attached();
    }

    private static Reaction toggle(Session s, AlertUi ui) {
        if (!ready(s, ui)) return Reaction.REDRAW;
        boolean shown = ui.pane().toggle(s);
        List<Config.Setting> extras = new ArrayList<>();
        for (Config.Setting e : s.prefs().config().extras()) if (!e.key().equals(AlertPane.SETTING)) extras.add(e);
        extras.add(new Config.Setting(AlertPane.SETTING, ui.pane().setting()));
        s.prefs().persist(c -> c.withExtras(extras));
        if (s.prefs().saveError() == null) {
            s.status(shown ? "alert pane shown (A hides it; saved)" : "alert pane hidden: alerts show on one line above"
                    + " the status line (A shows it; saved)");
        }
        return Reaction.REDRAW;
    }

    private static Reaction watch(Session s, AlertUi ui) {
        if (!ready(s, ui)) return Reaction.REDRAW;
        Row r = s.cursor().selectedRow();
        if (r == null) {
            s.status("no process selected");
            return Reaction.REDRAW;
        }
        ProcessSample p = r.process();
        if (p.isThread()) {
            s.error("PID " + p.pid() + " is a thread: select its process (PID " + p.tgid() + ") to watch it");
            return Reaction.REDRAW;
        }
        String who = "PID " + p.pid() + " (" + p.name() + ")";
        if (ui.toggleWatch(r.identity())) s.status("watching " + who + ": an alert fires when it exits (w again stops)");
        else s.status("no longer watching " + who);
        return Reaction.REDRAW;
    }

    private static Reaction prompt(Session s, AlertUi ui) {
        if (!ready(s, ui)) return Reaction.REDRAW;
        Row r = s.cursor().selectedRow();
        String initial = r == null ? "cpu > 90 for 30s" : "cpu > 50 for 10s where pid = " + r.process().tgid();
        s.overlays().open(new AlertPrompt(ui, initial));
        return Reaction.REDRAW;
    }

    private static Reaction acknowledge(Session s, AlertUi ui) {
        if (!ready(s, ui)) return Reaction.REDRAW;
        Row r = s.cursor().selectedRow();
        List<Alert> mine = new ArrayList<>();
        if (r != null) {
            for (Alert a : ui.board().activeFor(r.identity())) if (!a.acknowledged()) mine.add(a);
        }
        if (!mine.isEmpty()) {
            int n = ui.acknowledge(mine);
            s.status("acknowledged " + n + " alert" + (n == 1 ? "" : "s") + " of PID " + r.process().pid()
                    + ": silenced until " + (n == 1 ? "it clears" : "they clear"));
            return Reaction.REDRAW;
        }
        List<Alert> open = new ArrayList<>();
        for (Alert a : ui.board().active()) if (!a.acknowledged()) open.add(a);
        if (open.isEmpty()) {
            s.status("no alerts to acknowledge");
            return Reaction.REDRAW;
        }
        int n = ui.acknowledge(open);
        s.status("acknowledged " + n + " alert" + (n == 1 ? "" : "s") + ": silenced until "
                + (n == 1 ? "it clears" : "they clear"));
        return Reaction.REDRAW;
    }
}
