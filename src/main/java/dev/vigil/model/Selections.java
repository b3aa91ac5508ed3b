package dev.vigil.model;

import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;

/**
 * Keeps the selection on the same process across refreshes and view changes. When the selected
 * process is no longer shown (it died, or a filter hides it) the selection moves to its parent
 * when that is shown, else to the row nearest to where it was.
 */
public final class Selections {
    private Selections() {
    }

    /** The selection re-found in new rows; the first row when nothing was selected yet. */
    public static Selection resolve(Rows rows, Selection sel) {
        if (rows.isEmpty()) return sel;
        if (sel.identity() == null) return at(rows, 0);
        int i = rows.indexOf(sel.identity());
        if (i >= 0) return new Selection(sel.identity(), parentIdentity(rows, rows.get(i).process()), i);
        int p = rows.indexOf(sel.parent());
        if (p >= 0) return at(rows, p);
        return at(rows, Math.min(Math.max(sel.index(), 0), rows.size() - 1));
    }

    /** Selects the row at index (clamped to the table). */
    public static Selection at(Rows rows, int index) {
        if (rows.isEmpty()) return Selection.NONE;
        int i = Math.min(Math.max(index, 0), rows.size() - 1);
        ProcessSample p = rows.get(i).process();
        return new Selection(p.identity(), parentIdentity(rows, p), i);
    }

    /** Moves by delta rows from the current (resolved) selection, stopping at the ends. */
    public static Selection move(Rows rows, Selection sel, int delta) {
        Selection s = resolve(rows, sel);
        return at(rows, s.index() + delta);
    }

    private static Identity parentIdentity(Rows rows, ProcessSample p) {
        ProcessSample parent = rows.parentOf(p);
        return parent == null ? null : parent.identity();
    }

    /**
     * Index of the first row at or after from (wrapping round) whose name or command line
     * contains text, ignoring case; -1 when no row matches or text is empty.
     */
    public static int find(Rows rows, String text, int from) {
        int n = rows.size();
        if (text == null || text.isEmpty() || n == 0) return -1;
        int start = Math.floorMod(from, n);
        for (int k = 0; k < n; k++) {
            int i = (start + k) % n;
            ProcessSample p = rows.get(i).process();
            if (Query.containsIgnoreCase(p.name(), text) || Query.containsIgnoreCase(p.command(), text)) return i;
        }
        return -1;
    }
}
