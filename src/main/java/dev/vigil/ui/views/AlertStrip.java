package dev.vigil.ui.views;

import dev.vigil.alert.Alert;
import dev.vigil.alert.Severity;
import dev.vigil.app.AlertBoard;

/**
 * The one-line alert summary shown above the status line when the alert pane is not: the
 * loudest unacknowledged alert (severity, PID and name, value, held time, rule), how
 * many others are open, and the key that opens the pane. Nothing while every alert is
 * acknowledged or none is active.
 */
final class AlertStrip implements Pane.Strip {
    private final Alert first;
    private final int others;
    private final long now;

    private AlertStrip(Alert first, int others, long now) {
        this.first = first;
        this.others = others;
        this.now = now;
    }

    /** The strip for this board at time now (epoch ms), or null when there is nothing to say. */
    static AlertStrip of(AlertBoard b, long now) {
        Alert loudest = null;
        int open = 0;
        for (Alert a : b.active()) {
            if (a.acknowledged()) continue;
            open++;
            if (loudest == null || rank(a.severity()) > rank(loudest.severity())) loudest = a;
        }
        return loudest == null ? null : new AlertStrip(loudest, open - 1, now);
    }

    private static int rank(Severity s) {
        return switch (s) {
            case CRITICAL -> 3;
            case WARNING -> 2;
            case INFO -> 1;
        };
    }

    @Override
    public void draw(Canvas c) {
        Theme t = c.theme();
        int w = c.width();
        c.fill(0, 0, w, 1, t.normal());
        String right = (others > 0 ? "+" + others + " more  " : "") + "A: alert pane";
        String value = first.valueText();
        String left = AlertLook.tag(first.severity()) + " " + AlertPane.who(first) + "  "
                + (value.isEmpty() ? "" : value + " ") + AlertLook.held(first.heldMillis(now)) + "  " + first.rule();
        String l = AlertLook.clean(c, left);
        int rw = Canvas.columns(right);
        if (rw + 20 > w) {
            c.cleanText(0, 0, AlertLook.cut(l, w, c.glyphs()), w, AlertLook.severityStyle(first.severity(), t), true);
            return;
        }
        c.cleanText(0, 0, AlertLook.cut(l, w - rw - 1, c.glyphs()), w - rw - 1,
                AlertLook.severityStyle(first.severity(), t), true);
        c.right(w - rw, 0, right, rw, t.dim());
    }
}
