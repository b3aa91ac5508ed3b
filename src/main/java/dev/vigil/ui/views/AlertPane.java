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
 * processes and the rules in effect, as far as the rows go. It shows by itself while any alert
 * is active; {@code A} hides it (until a new alert fires) or shows it when there is none.
 */
public final class AlertPane implements Pane {
    /** Cleared alerts listed at most. */
    static final int HISTORY_ROWS = 8;

    private final AlertUi ui;
    private boolean hidden;  // A while shown: stays hidden until an alert newer than hiddenAt fires
    private boolean pinned;  // A while hidden: shown even without active alerts
    private long hiddenAt;

    public AlertPane(AlertUi ui) {
        this.ui = ui;
    }

    @Override
    public boolean visible(Session s) {
        return !hidden && (pinned || !ui.board().active().isEmpty());
    }

    /** A toggles: returns whether the pane is shown now. */
    public boolean toggle(Session s) {
        if (visible(s)) {
            hidden = true;
            pinned = false;
            hiddenAt = ui.board().newestId();
        } else {
            hidden = false;
            pinned = true;
        }
        return !hidden;
    }

    /** A new alert brings a hidden pane back. */
    public void newBoard(AlertBoard b) {
        if (!hidden) return;
        for (Alert a : b.active()) {
            if (a.id() > hiddenAt) {
                hidden = false;
                return;
            }
        }
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
        for (Alert a : b.active()) {
            if (row + 1 >= c.height()) break;
            boolean ack = a.acknowledged();
            Style st = ack ? t.dim() : AlertLook.severityStyle(a.severity(), t);
            String right = join(a.valueText(), AlertLook.held(a.heldMillis(now))) + (ack ? " ack" : "");
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

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "  " + b;
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
