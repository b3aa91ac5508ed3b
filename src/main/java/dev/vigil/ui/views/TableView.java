package dev.vigil.ui.views;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.vigil.model.Row;
import dev.vigil.model.Rows;
import dev.vigil.model.SortColumn;
import dev.vigil.model.ViewState;
import dev.vigil.ui.Session;

import java.util.List;

/**
 * The process table: a heading row that marks the sort column and its direction, then one line
 * per visible row, colored by state (selection, tags and row stylers first).
 */
final class TableView {
    private TableView() {
    }

    static void draw(Canvas c, Session s) {
        Theme t = c.theme();
        List<SortColumn> cols = s.prefs().columns();
        ViewState view = s.view();
        int w = c.width();
        int commandWidth = commandWidth(cols, w);

        c.fill(0, 0, w, 1, t.tableHeader());
        int x = 0;
        for (SortColumn col : cols) {
            int cw = col == SortColumn.COMMAND ? commandWidth : Cells.width(col);
            boolean sorted = col == view.sort();
            Style st = sorted ? t.sortedHeader() : t.tableHeader();
            if (Cells.rightAligned(col)) c.right(x, 0, col.title(), cw, st);
            else c.text(x, 0, col.title(), cw, st, true);
            if (sorted) {
                String arrow = view.descending() ? c.glyphs().down() : c.glyphs().up();
                int ax = Cells.rightAligned(col) || col == SortColumn.STATE ? x + cw : x + col.title().length();
                c.text(ax, 0, arrow, 1, st, false);
            }
            x += cw + 1;
        }

        int bodyRows = c.height() - 1;
        if (s.snapshot() == null) {
            c.text(1, 1, "collecting the first sample...", w - 1, t.dim(), false);
            return;
        }
        Rows rows = s.rows();
        if (rows.isEmpty()) {
            c.text(1, 1, emptyReason(view), w - 1, t.dim(), false);
            return;
        }
        int first = s.cursor().scrollFor(bodyRows);
        int sel = s.cursor().selectedIndex();
        StringBuilder line = new StringBuilder(w + 16);
        boolean anyTagged = !view.tagged().isEmpty();
        for (int i = 0; i < bodyRows && first + i < rows.size(); i++) {
            Row r = rows.get(first + i);
            boolean tagged = anyTagged && view.isTagged(r.identity());
            line.setLength(0);
            for (SortColumn col : cols) {
                int cw = col == SortColumn.COMMAND ? commandWidth : Cells.width(col);
                String cell = col == SortColumn.COMMAND ? Cells.command(r, c.glyphs(), tagged, cw, rows.command(r.process()))
                        : Cells.text(col, r, c.glyphs());
                String text = Canvas.fit(Canvas.clean(cell, !c.glyphs().unicode()), cw);
                int pad = cw - Canvas.columns(text);
                if (Cells.rightAligned(col)) line.append(" ".repeat(pad)).append(text);
                else line.append(text).append(" ".repeat(pad));
                line.append(' ');
            }
            Style st = first + i == sel ? t.selection() : rowStyle(s, r, t);
            c.cleanText(0, 1 + i, line.toString(), w, st, true);
        }
    }

    private static Style rowStyle(Session s, Row r, Theme t) {
        for (RowStyler styler : s.hooks().rowStylers()) {
            Style st = styler.style(r, t);
            if (st != null) return st;
        }
        if (s.view().isTagged(r.identity())) return t.tagged();
        Style st = t.forState(r.process().state());
        // userland threads set apart as htop does: green, and bold without color
        if (r.process().isThread() && st.equals(t.normal())) return t.color() ? THREAD : t.normal().with(SGR.BOLD);
        return st;
    }

    private static final Style THREAD = Style.fg(TextColor.ANSI.GREEN);

    /** Columns left for COMMAND after the fixed-width ones (at least 0). */
    static int commandWidth(List<SortColumn> cols, int width) {
        int fixed = 0;
        for (SortColumn col : cols) if (col != SortColumn.COMMAND) fixed += Cells.width(col) + 1;
        return Math.max(0, width - fixed);
    }

    private static String emptyReason(ViewState v) {
        if (!v.filter().isEmpty()) return "no process matches the filter '" + v.filter().text() + "' (F4 to change)";
        if (v.user() != null) return "no process of user " + v.user() + " (u to change)";
        if (!v.pids().isEmpty()) return "none of the PIDs given is running";
        return "no processes";
    }
}
