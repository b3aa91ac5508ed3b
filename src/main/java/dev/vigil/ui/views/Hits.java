package dev.vigil.ui.views;

import dev.vigil.model.SortColumn;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.ActionKeys;
import dev.vigil.ui.keys.Binding;

import java.util.ArrayList;
import java.util.List;

/**
 * What is drawn where, for the mouse: the column heading under a column of the table, the
 * function-bar entry under a column of the bottom line. Computed the way {@link TableView} and
 * {@link Frame} draw them, so a click lands on what the eye sees.
 */
public final class Hits {
    private Hits() {
    }

    /** The column whose heading (or its separating blank) covers x in a table w wide; null past the last. */
    public static SortColumn columnAt(Session s, int w, int x) {
        List<SortColumn> cols = s.prefs().columns();
        int commandWidth = TableView.commandWidth(cols, w);
        int at = 0;
        for (SortColumn col : cols) {
            int cw = col == SortColumn.COMMAND ? commandWidth : Cells.width(col);
            if (x >= at && x <= at + cw) return col;
            at += cw + 1;
        }
        return null;
    }

    /** One entry of the function-key bar: columns from (inclusive) to (exclusive). */
    public record BarItem(Binding binding, int from, int to) {
    }

    /** The function-key bar as drawn in w columns (in --readonly without the action keys). */
    public static List<BarItem> bar(Session s, int w) {
        List<BarItem> out = new ArrayList<>();
        int x = 0;
        boolean readonly = s.options().readonly();
        for (Binding b : s.keys().functionBar()) {
            if (readonly && b.group().equals(ActionKeys.GROUP)) continue; // --readonly: F7-F9 would only refuse
            String key = b.functionKey().name();
            if (x + key.length() >= w) break;
            int end = Math.min(w, x + key.length() + Math.max(6, b.label().length()));
            out.add(new BarItem(b, x, end));
            x = end;
        }
        return out;
    }

    /** The bar entry under x, or null. */
    public static Binding barAt(Session s, int w, int x) {
        for (BarItem i : bar(s, w)) if (x >= i.from() && x < i.to()) return i.binding();
        return null;
    }
}
