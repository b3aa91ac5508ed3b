package dev.vigil.ui.views;

import dev.vigil.alert.Alert;
import dev.vigil.alert.Rule;
import dev.vigil.app.AlertBoard;
import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;
import dev.vigil.ui.AlertUi;
import dev.vigil.ui.Session;

import java.util.List;

/**
 * The alert pane beside the table: active alerts newest first (severity, PID and name, value,
 * how long it has held, and the rule), then a short history of cleared ones, the watched
 * processes and the rules in effect, as far as the rows go. On a screen at least
 * {@value #AUTO_WIDTH} columns wide it shows by itself while any alert is active; narrower, a
 * one-line {@link AlertStrip} above the status line says what fired and the table keeps its
 * columns. {@code A} shows or hides the pane at any width, and that choice is saved
 * ({@value #SETTING}=on or off) and holds until {@code A} again.
 */
public final class AlertPane implements Pane {
    /** Cleared alerts listed at most. */
    static final int HISTORY_ROWS = 8;
    /** Screens at least this wide show the pane by itself while an alert is active. */
    public static final int AUTO_WIDTH = 120;
    /** The saved choice of A: on or off; absent means automatic. */
    public static final String SETTING = "alerts.pane";

    private final AlertUi ui;
    private Boolean chosen;             // null: automatic; else A's choice
    private int lastWidth;              // the screen width at the last frame (0: none drawn yet)

    public AlertPane(AlertUi ui) {
        this.ui = ui;
    }

    /** A's saved choice: "on", "off", or anything else (automatic). */
    public void restore(String setting) {
        chosen = "on".equals(setting) ? Boolean.TRUE : "off".equals(setting) ? Boolean.FALSE : null;
    }

    @Override
    public boolean visible(Session s) {
        return visible(s, lastWidth);
    }

    @Override
    public boolean visible(Session s, int screenWidth) {
        lastWidth = screenWidth;
        if (chosen != null) return chosen;
        return screenWidth >= AUTO_WIDTH && !ui.board().active().isEmpty();
    }

    /** A toggles: returns whether the pane is shown now; {@link #setting()} is the value to save. */
    public boolean toggle(Session s) {
        chosen = !visible(s);
        return chosen;
    }

    /** The value to save for {@value #SETTING}. */
    public String setting() {
        return chosen == null ? "auto" : chosen ? "on" : "off";
    }

    @Override
    public Strip strip(Session s) {
        return visible(s) ? null : AlertStrip.of(ui.board(), System.currentTimeMillis());
    }

    @Override
    public int preferredWidth(int screenWidth) {
        return Math.max(30, Math.min(50, screenWidth / 3));
    }

    @Override
    public void draw(Canvas c, Session s) {
        Theme t = c.theme();
        AlertBoard b = ui.board();
        int w = c.width();
        int h = c.height();
        c.fill(0, 0, w, h, t.normal());
        String bar = String.valueOf(c.glyphs().vLine());
        for (int r = 1; r < h; r++) c.text(0, r, bar, 1, t.box(), false);
        String title = b.active().isEmpty() ? "Alerts: none active" : "Alerts: " + b.active().size() + " active";
        c.text(0, 0, " " + title, w, t.tableHeader(), true);
        Canvas in = c.sub(2, 1, w - 2, h - 1);
        long now = System.currentTimeMillis();
        int row = active(in, b, now);
        row = history(in, b, now, row);
        row = watched(in, b, s, row);
        rules(in, b, row);
    }

    /** Per active alert: severity, PID, name, value and held time on one line, then the rule (up to 3 lines). */
    private static int active(Canvas c, AlertBoard b, long now) {
        Theme t = c.theme();
        int w = c.width();
        int row = 0;
        if (b.active().isEmpty()) c.text(0, row++, "no active alerts", w, t.dim(), false);
        int valueWidth = 0;
        int heldWidth = 0;
        boolean anyAck = false;
        for (Alert a : b.active()) {
            valueWidth = Math.max(valueWidth, a.valueText().length());
            heldWidth = Math.max(heldWidth, AlertLook.held(a.heldMillis(now)).length());
            anyAck |= a.acknowledged();
        }
        for (Alert a : b.active()) {
            if (row + 1 >= c.height()) break;
            boolean ack = a.acknowledged();
            Style st = ack ? t.dim() : AlertLook.severityStyle(a.severity(), t);
            String right = (valueWidth == 0 ? "" : pad(a.valueText(), valueWidth) + "  ")
                    + pad(AlertLook.held(a.heldMillis(now)), heldWidth) + (ack ? " ack" : anyAck ? "    " : "");
            line(c, row++, AlertLook.tag(a.severity()) + " " + who(a), right, st, ack ? t.dim() : t.normal());
            for (String part : AlertLook.wrap(AlertLook.clean(c, a.rule().toString()), w - 2, 3, c.glyphs())) {
                if (row >= c.height()) break;
                c.cleanText(2, row++, part, w - 2, ack ? t.dim() : t.normal(), false);
            }
        }
        return row;
    }

    private static int history(Canvas c, AlertBoard b, long now, int row) {
        if (b.history().isEmpty() || row + 2 >= c.height()) return row;
        Theme t = c.theme();
        c.text(0, ++row, "Cleared", c.width(), t.label(), false);
        row++;
        for (int n = 0; n < b.history().size() && n < HISTORY_ROWS && row < c.height(); n++) {
            Alert a = b.history().get(n);
            line(c, row++, who(a) + " " + a.rule(), AlertLook.held(now - a.clearedMillis()) + " ago", t.dim(), t.dim());
        }
        return row;
    }

    private static int watched(Canvas c, AlertBoard b, Session s, int row) {
        if (b.watched().isEmpty() || row + 2 >= c.height()) return row;
        StringBuilder sb = new StringBuilder("Watching:");
        for (Identity id : b.watched()) sb.append(' ').append(id.pid()).append(nameOf(s, id));
        c.text(0, row + 1, sb.toString(), c.width(), c.theme().label(), false);
        return row + 2;
    }

    private static void rules(Canvas c, AlertBoard b, int row) {
        if (row + 2 >= c.height()) return;
        Theme t = c.theme();
        List<Rule> rules = b.rules().stream().filter(r -> !r.isWatch()).toList();
        c.text(0, ++row, "Rules: " + rules.size() + " (! adds one)", c.width(), t.label(), false);
        row++;
        for (int k = 0; k < rules.size() && row < c.height(); k++) {
            c.cleanText(0, row++, AlertLook.cut(AlertLook.clean(c, rules.get(k).toString()), c.width(), c.glyphs()),
                    c.width(), t.dim(), false);
        }
    }

    /** Left text (cut with an ellipsis), and right-aligned text when it fits beside a few columns of it. */
    private static void line(Canvas c, int row, String left, String right, Style ls, Style rs) {
        int w = c.width();
        String l = AlertLook.clean(c, left);
        int rw = Canvas.columns(AlertLook.clean(c, right));
        if (right.isEmpty() || rw + 8 > w) {
            c.cleanText(0, row, AlertLook.cut(l, w, c.glyphs()), w, ls, false);
            return;
        }
        c.cleanText(0, row, AlertLook.cut(l, w - rw - 1, c.glyphs()), w - rw - 1, ls, false);
        c.right(w - rw, row, right, rw, rs);
    }

    /** Right-aligned in n columns, so that values and held times line up down the pane. */
    private static String pad(String text, int n) {
        return " ".repeat(Math.max(0, n - text.length())) + text;
    }

    /** "4242 java", or "system" for machine-wide alerts. */
    static String who(Alert a) {
        return a.pid() > 0 ? a.pid() + " " + (a.name() == null ? "?" : a.name()) : "system";
    }

    private static String nameOf(Session s, Identity id) {
        if (s.snapshot() == null) return "";
        for (ProcessSample p : s.snapshot().processes()) {
            if (p.pid() == id.pid() && p.startTicks() == id.startTicks()) return " (" + p.name() + ")";
        }
        return "";
    }

}
