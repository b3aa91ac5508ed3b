package dev.vigil.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The column list of F2's setup, as htop's: the shown columns in their order, then the others
 * (in the order of {@link SortColumn}). A shown column can move up or down among the shown ones;
 * a column turned on goes last, before COMMAND when COMMAND ends the row.
 */
public final class ColumnOrder {
    private ColumnOrder() {
    }

    /** The shown columns in order, then the hidden ones. */
    public static List<SortColumn> listing(List<SortColumn> shown) {
        List<SortColumn> out = new ArrayList<>(shown);
        for (SortColumn c : SortColumn.values()) if (!shown.contains(c)) out.add(c);
        return out;
    }

    /** Shown with c turned on or off; the same list when c is the last one shown (one always stays). */
    public static List<SortColumn> toggle(List<SortColumn> shown, SortColumn c) {
        List<SortColumn> out = new ArrayList<>(shown);
        if (out.contains(c)) {
            if (out.size() > 1) out.remove(c);
            return List.copyOf(out);
        }
        int last = out.size() - 1;
        if (last >= 0 && out.get(last) == SortColumn.COMMAND) out.add(last, c);
        else out.add(c);
        return List.copyOf(out);
    }

    /** Shown with c moved by delta places (-1 left/up, +1 right/down), within the shown ones. */
    public static List<SortColumn> move(List<SortColumn> shown, SortColumn c, int delta) {
        int at = shown.indexOf(c);
        if (at < 0) return shown;
        int to = Math.max(0, Math.min(shown.size() - 1, at + delta));
        List<SortColumn> out = new ArrayList<>(shown);
        out.remove(at);
        out.add(to, c);
        return List.copyOf(out);
    }
}
