package dev.vigil.ui.overlays;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.vigil.alert.Rule;
import dev.vigil.ui.AlertUi;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.views.Canvas;
import dev.vigil.ui.views.Layout;
import dev.vigil.ui.views.Theme;

/**
 * After {@code !} added a rule: "save it to the config? y/n" on the bottom line. {@code y}
 * appends an {@code alert=RULE} line to vigil.conf; any other key keeps the rule for this run
 * only.
 */
final class AlertSavePrompt implements Overlay {
    private final AlertUi ui;
    private final Rule rule;

    AlertSavePrompt(AlertUi ui, Rule rule) {
        this.ui = ui;
        this.rule = rule;
    }

    @Override
    public Reaction onKey(Key key, KeyStroke stroke, Session s) {
        s.overlays().close(this);
        if (stroke.getKeyType() == KeyType.Character && !stroke.isCtrlDown()
                && Character.toLowerCase(stroke.getCharacter()) == 'y') {
            String error = ui.save(rule, s);
            if (error == null) s.status("rule '" + rule + "' saved to " + s.prefs().file().path());
            else s.error(error);
        } else {
            s.status("rule '" + rule + "' added for this run only");
        }
        return Reaction.REDRAW;
    }

    @Override
    public boolean usesBottomLine() {
        return true;
    }

    @Override
    public void draw(Canvas screen, Layout layout, Session s) {
        Theme t = screen.theme();
        int row = layout.barRow();
        screen.fill(0, row, screen.width(), 1, t.normal());
        int x = screen.text(0, row, "Rule added. Save it to the config? ", t.prompt());
        x += screen.text(x, row, "y", t.barKey());
        x += screen.text(x, row, " yes, any other key: this run only  ", t.normal());
        screen.text(x, row, rule.toString(), t.dim());
    }
}
