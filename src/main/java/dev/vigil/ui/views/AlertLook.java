package dev.vigil.ui.views;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor.ANSI;
import dev.vigil.alert.Severity;
import dev.vigil.app.AlertBoard;
import dev.vigil.model.Row;

import java.util.ArrayList;
import java.util.List;

/** How alerts look on screen: severity tags and styles, marked table rows, held times, cut and wrapped text. */
public final class AlertLook {
    private AlertLook() {
    }

    static String clean(Canvas c, String s) {
        return Canvas.clean(s, !c.glyphs().unicode());
    }

    /** Cleaned text cut to width columns, the last one an ellipsis when something was cut. */
    static String cut(String cleaned, int width, Glyphs g) {
        if (Canvas.columns(cleaned) <= width || width <= 0) return cleaned;
        return Canvas.fit(cleaned, width - 1) + (g.unicode() ? "…" : "~");
    }

    /**
     * Cleaned text in lines of at most width columns, broken after a space where one is near,
     * at most max lines; the last one cut with an ellipsis when it still does not fit.
     */
    static List<String> wrap(String cleaned, int width, int max, Glyphs g) {
        List<String> out = new ArrayList<>();
        String rest = cleaned;
        while (!rest.isEmpty() && out.size() < max - 1 && Canvas.columns(rest) > width && width > 8) {
            String head = Canvas.fit(rest, width);
            int space = head.lastIndexOf(' ');
            if (space > width / 2) head = head.substring(0, space + 1);
            out.add(head.stripTrailing());
            rest = rest.substring(head.length()).stripLeading();
        }
        if (!rest.isEmpty()) out.add(cut(rest, width, g));
        return out;
    }

    static String tag(Severity s) {
        return switch (s) {
            case CRITICAL -> "CRIT";
            case WARNING -> "WARN";
            case INFO -> "INFO";
        };
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
    public static Style rowStyle(AlertBoard b, Row row, Theme t) {
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
