package dev.vigil.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor.ANSI;
import dev.vigil.alert.Alert;
import dev.vigil.alert.Rule;
import dev.vigil.alert.Severity;
import dev.vigil.model.Row;
import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;

import java.util.List;

/**
 * The alert pane beside the table: active alerts newest first (severity, PID and name, value,
 * how long it has held, and the rule), then a short history of cleared ones, the watched
 * processes and the rules in effect, as far as the rows go. It shows by itself while any alert
 * is active; {@code A} hides it (until a new alert fires) or shows it when there is none.
 */
final class AlertPane implements Pane {
    /** Cleared alerts listed at most. */
    static final int HISTORY_ROWS = 8;

    private final AlertUi ui;
    private boolean hidden;  // A while shown: stays hidden until an alert newer than hiddenAt fires
    private boolean pinned;  // A while hidden: shown even without active alerts
    private long hiddenAt;

    AlertPane(AlertUi ui) {
        this.ui = ui;
    }

    @Override
    public boolean visible(Session s) {
        return !hidden && (pinned || !ui.board().active().isEmpty());
    }

    /** A toggles: returns whether the pane is shown now. */
    boolean toggle(Session s) {
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
    void newBoard(AlertBoard b) {
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
        long now = System.currentTimeMillis();
        c.fill(0, 0, w, h, t.normal());
        String bar = String.valueOf(c.glyphs().vLine());
        for (int r = 1; r < h; r++) c.text(0, r, bar, 1, t.box(), false);
        String title = b.active().isEmpty() ? "Alerts: none active" : "Alerts: " + b.active().size() + " active";
        c.text(0, 0, " " + title, w, t.tableHeader(), true);
        int x = 2;
        int cw = w - x;
        int row = 1;
        if (b.active().isEmpty()) c.text(x, row++, "no active alerts", cw, t.dim(), false);
        for (Alert a : b.active()) {
            if (row + 1 >= h) break;
            Style st = a.acknowledged() ? t.dim() : severityStyle(a.severity(), t);
            String right = join(a.valueText(), held(a.heldMillis(now))) + (a.acknowledged() ? " ack" : "");
            line(c, x, row++, cw, tag(a.severity()) + " " + who(a), right, st, a.acknowledged() ? t.dim() : t.normal());
            c.text(x + 2, row++, a.rule().toString(), cw - 2, a.acknowledged() ? t.dim() : t.normal(), false);
        }
        if (!b.history().isEmpty() && row + 1 < h) {
            row++;
            c.text(x, row++, "Cleared", cw, t.label(), false);
            int n = 0;
            for (Alert a : b.history()) {
                if (row >= h || n++ >= HISTORY_ROWS) break;
                line(c, x, row++, cw, who(a) + " " + a.rule(), held(now - a.clearedMillis()) + " ago", t.dim(), t.dim());
            }
        }
        if (!b.watched().isEmpty() && row + 1 < h) {
            row++;
            StringBuilder sb = new StringBuilder("Watching:");
            for (Identity id : b.watched()) sb.append(' ').append(id.pid()).append(nameOf(s, id));
            c.text(x, row++, sb.toString(), cw, t.label(), false);
        }
        List<Rule> rules = b.rules().stream().filter(r -> !r.isWatch()).toList();
        if (row + 2 < h) {
            row++;
            c.text(x, row++, "Rules: " + rules.size() + " (! adds one)", cw, t.label(), false);
            for (Rule r : rules) {
                if (row >= h) break;
                c.text(x, row++, r.toString(), cw, t.dim(), false);
            }
        }
    }

    /** Left text, and right-aligned text when it fits beside at least a few columns of it. */
    private static void line(Canvas c, int x, int row, int w, String left, String right, Style ls, Style rs) {
        int rw = Canvas.columns(Canvas.clean(right, !c.glyphs().unicode()));
        if (right.isEmpty() || rw + 8 > w) {
            c.text(x, row, left, w, ls, false);
            return;
        }
        c.text(x, row, left, w - rw - 1, ls, false);
        c.right(x + w - rw, row, right, rw, rs);
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "  " + b;
    }

    static String tag(Severity s) {
        return switch (s) {
            case CRITICAL -> "CRIT";
            case WARNING -> "WARN";
            case INFO -> "INFO";
        };
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

    /** 0s, 12s, 4m05s, 2h07m. */
    static String held(long millis) {
        long sec = Math.max(0, millis) / 1000;
        if (sec < 60) return sec + "s";
        if (sec < 3600) return sec / 60 + "m" + (sec % 60 < 10 ? "0" : "") + sec % 60 + "s";
        long m = sec / 60 % 60;
        return sec / 3600 + "h" + (m < 10 ? "0" : "") + m + "m";
    }

    static Style severityStyle(Severity s, Theme t) {
        return switch (s) {
            case CRITICAL -> t.error();
            case WARNING -> t.prompt();
            case INFO -> t.label();
        };
    }

    /**
     * Table rows of processes with an active, unacknowledged alert: red for critical, yellow for
     * warning, blue for info (bold and underlined without color); watched processes underlined in
     * their usual color. Null for other rows.
     */
    static Style rowStyle(AlertBoard b, Row row, Theme t) {
        Severity sev = b.marked().get(row.identity());
        if (sev != null) {
            if (!t.color()) return Style.PLAIN.with(SGR.BOLD, SGR.UNDERLINE);
            return switch (sev) {
                case CRITICAL -> Style.of(ANSI.WHITE_BRIGHT, ANSI.RED).with(SGR.BOLD);
                case WARNING -> Style.of(ANSI.BLACK, ANSI.YELLOW);
                case INFO -> Style.of(ANSI.WHITE_BRIGHT, ANSI.BLUE);
            };
        }
        if (b.watched().contains(row.identity())) return t.forState(row.process().state()).with(SGR.UNDERLINE);
        return null;
    }
}
