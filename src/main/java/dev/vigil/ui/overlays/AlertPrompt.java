package dev.vigil.ui.overlays;

import dev.vigil.alert.Rule;
import dev.vigil.model.QueryException;
import dev.vigil.ui.AlertUi;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.Reaction;

/**
 * {@code !}: adds an alert rule at run time, prefilled for the selected process
 * ({@code cpu > 50 for 10s where pid = 1234}). While typing, the status line says whether the
 * rule parses. Enter adds a good rule (then asks whether to save it to the config, see
 * {@link AlertSavePrompt}); on a bad one the rules stay as they were, the status line says where
 * and why, and the prompt stays open with the text to fix. Esc cancels.
 */
public final class AlertPrompt extends LinePrompt {
    private final AlertUi ui;

    public AlertPrompt(AlertUi ui, String initial) {
        super("Alert rule", initial);
        this.ui = ui;
    }

    @Override
    protected Reaction changed(Session s) {
        try {
            Rule.parse(text());
            s.statusLine().clear();
        } catch (QueryException e) {
            s.status("column " + e.position() + ": " + e.reason());
        }
        return Reaction.REDRAW;
    }

    @Override
    protected Reaction accept(Session s) {
        Rule r;
        try {
            r = Rule.parse(text());
        } catch (QueryException e) {
            s.error("rule not added (the rules stay as they were): column " + e.position() + ": " + e.reason());
            s.overlays().open(this);
            return Reaction.REDRAW;
        }
        if (!ui.addRule(r)) {
            s.status("already a rule: " + r);
            return Reaction.REDRAW;
        }
        s.overlays().open(new AlertSavePrompt(ui, r));
        return Reaction.REDRAW;
    }

    @Override
    protected Reaction cancel(Session s) {
        s.statusLine().clear();
        return Reaction.REDRAW;
    }

    @Override
    protected String keys() {
        return "Enter add  Esc cancel";
    }

    @Override
    protected String hint() {
        return "(METRIC OP VALUE [for 30s] [where QUERY] [severity critical])";
    }
}
