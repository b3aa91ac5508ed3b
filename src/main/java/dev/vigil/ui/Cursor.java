package dev.vigil.ui;

import dev.vigil.model.Row;
import dev.vigil.model.Rows;
import dev.vigil.model.Selections;
import dev.vigil.model.ViewState;
import dev.vigil.sample.Identity;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Where the user is in the table (UI thread): the selected row, what an action applies to, and
 * the scroll that keeps the selection on screen. The selection itself lives in the
 * {@link ViewState}, so it follows its process across snapshots.
 */
public final class Cursor {
    private final Session session;
    private int scroll;
    private int pageRows = 10;

    Cursor(Session session) {
        this.session = session;
    }

    public int selectedIndex() {
        Rows rows = session.rows();
        return rows.isEmpty() ? -1 : session.view().selection().index();
    }

    /** The selected row, or null when the table is empty. */
    public Row selectedRow() {
        int i = selectedIndex();
        return i < 0 ? null : session.rows().get(i);
    }

    public void select(int index) {
        ViewState view = session.view();
        view.setSelection(Selections.at(session.rows(), index));
    }

    public void move(int delta) {
        ViewState view = session.view();
        view.setSelection(Selections.move(session.rows(), view.selection(), delta));
    }

    public void select(Identity id) {
        int i = session.rows().indexOf(id);
        if (i >= 0) select(i);
    }

    /** Tagged processes that are still shown, else the selected one: what an action applies to. */
    public Set<Identity> targets() {
        Rows rows = session.rows();
        Set<Identity> t = new LinkedHashSet<>();
        for (Identity id : session.view().tagged()) if (rows.indexOf(id) >= 0) t.add(id);
        if (t.isEmpty()) {
            Row r = selectedRow();
            if (r != null) t.add(r.identity());
        }
        return t;
    }

    /** First visible row index; kept so that the selection stays on screen. */
    public int scroll() {
        return scroll;
    }

    /** Table body rows in the last frame (for PgUp/PgDn). */
    public int pageRows() {
        return pageRows;
    }

    /** Called by the painter: clamps the scroll so the selection is visible in rowsShown rows. */
    public int scrollFor(int rowsShown) {
        pageRows = Math.max(1, rowsShown);
        int sel = Math.max(0, selectedIndex());
        if (sel < scroll) scroll = sel;
        if (sel >= scroll + pageRows) scroll = sel - pageRows + 1;
        scroll = Math.max(0, Math.min(scroll, Math.max(0, session.rows().size() - pageRows)));
        return scroll;
    }
}
