package dev.vigil.ui.overlays;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.vigil.model.Selection;
import dev.vigil.model.Selections;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.Reaction;

/**
 * F3 or /: incremental search. Each edit moves the selection to the first match at or after
 * where the search started; F3 goes to the next match; Enter keeps the position (and n later
 * finds the next match); Esc goes back to where the selection was. Arrows and pages close the
 * prompt and move as usual.
 */
public final class SearchPrompt extends LinePrompt {
    private final Selection start;
    private final String previous;

    public SearchPrompt(Session s) {
        super("Search", "");
        this.start = s.view().selection();
        this.previous = s.view().search();
    }

    @Override
    protected Reaction changed(Session s) {
        s.view().setSearch(text());
        s.view().setSelection(start);
        if (text().isEmpty()) {
            s.statusLine().clear();
            return Reaction.REDRAW;
        }
        find(s, Math.max(0, s.cursor().selectedIndex()));
        return Reaction.REDRAW;
    }

    /** Selects the first match of the current search text at or after row from (wrapping). */
    public static boolean find(Session s, int from) {
        String q = s.view().search();
        int i = Selections.find(s.rows(), q, from);
        if (i >= 0) {
            s.cursor().select(i);
            s.statusLine().clear();
            return true;
        }
        if (!q.isEmpty()) s.error("no match for '" + q + "'");
        return false;
    }

    @Override
    protected Reaction accept(Session s) {
        if (text().isEmpty()) s.view().setSearch(previous);
        return Reaction.REDRAW;
    }

    @Override
    protected Reaction cancel(Session s) {
        s.view().setSearch(previous);
        s.view().setSelection(start);
        s.statusLine().clear();
        return Reaction.REDRAW;
    }

    @Override
    protected Reaction other(Key key, KeyStroke stroke, Session s) {
        KeyType t = stroke.getKeyType();
        if (t == KeyType.F3) {
            find(s, s.cursor().selectedIndex() + 1);
            return Reaction.REDRAW;
        }
        if (t == KeyType.ArrowUp || t == KeyType.ArrowDown || t == KeyType.PageUp || t == KeyType.PageDown
                || t == KeyType.Home || t == KeyType.End) {
            s.overlays().close(this);
            return Reaction.PASS;
        }
        return Reaction.NONE;
    }

    @Override
    protected String keys() {
        return "F3 next  Enter keep  Esc cancel";
    }
}
