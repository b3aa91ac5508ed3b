package dev.vigil.ui.overlays;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.vigil.model.ColumnOrder;
import dev.vigil.model.SortColumn;
import dev.vigil.model.Units;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.views.Canvas;
import dev.vigil.ui.views.Layout;
import dev.vigil.ui.views.Theme;

import java.util.ArrayList;
import java.util.List;

/**
 * F2: settings that are saved. The refresh delay (Left/Right or -/+), color on or off, and the
 * columns as htop's setup lists them: the shown ones in their order, then the others. Space or
 * Enter turns a column on or off; F7/F8 (or [ ] - +) move a shown column up or down, that is left
 * or right in the table. Every change applies at once and is written to the config.
 */
public final class SetupOverlay implements Overlay {
    static final long[] DELAYS = {100, 200, 300, 500, 750, 1000, 1500, 2000, 3000, 5000, 10000, 30000, 60000};

    /** Items before the columns: the delay and color. */
    private static final int FIRST_COLUMN = 2;

    private int index;

    /** The column at the cursor, or null when it is on another item. */
    private SortColumn columnAt(Session s) {
        List<SortColumn> all = ColumnOrder.listing(s.prefs().columns());
        int i = index - FIRST_COLUMN;
        return i >= 0 && i < all.size() ? all.get(i) : null;
    }

    private int itemCount() {
        return FIRST_COLUMN + SortColumn.values().length;
    }

    @Override
    public Reaction onKey(Key key, KeyStroke stroke, Session s) {
        KeyType t = stroke.getKeyType();
        Character ch = t == KeyType.Character ? stroke.getCharacter() : null;
        if (t == KeyType.Escape || t == KeyType.F2 || t == KeyType.F10 || (ch != null && ch == 'q')) {
            s.overlays().close(this);
            s.status("setup saved to " + s.prefs().file().path() + (s.prefs().file().writable() ? "" : " (not written: the file was invalid)"));
            return Reaction.REDRAW;
        }
        if (t == KeyType.ArrowUp) index = Math.max(0, index - 1);
        else if (t == KeyType.ArrowDown) index = Math.min(itemCount() - 1, index + 1);
        else if (t == KeyType.Home) index = 0;
        else if (t == KeyType.End) index = itemCount() - 1;
        else if (index == 0 && (t == KeyType.ArrowLeft || (ch != null && ch == '-'))) stepDelay(s, -1);
        else if (index == 0 && (t == KeyType.ArrowRight || (ch != null && (ch == '+' || ch == '=')))) stepDelay(s, 1);
        else if (t == KeyType.Enter || (ch != null && ch == ' ')) toggle(s);
        else if (t == KeyType.F7 || (ch != null && (ch == '[' || ch == '-'))) move(s, -1);
        else if (t == KeyType.F8 || (ch != null && (ch == ']' || ch == '+' || ch == '='))) move(s, 1);
        return Reaction.REDRAW;
    }

    private void stepDelay(Session s, int dir) {
        long cur = s.app().sampler().delayMillis();
        long next = cur;
        if (dir > 0) {
            for (long d : DELAYS) if (d > cur) { next = d; break; }
        } else {
            for (int i = DELAYS.length - 1; i >= 0; i--) if (DELAYS[i] < cur) { next = DELAYS[i]; break; }
        }
        long chosen = next;
        s.app().sampler().setDelayMillis(chosen);
        s.prefs().persist(c -> c.withDelayMillis(chosen));
    }

    private void toggle(Session s) {
        if (index == 0) return;
        if (index == 1) {
            if (!s.colorAllowed()) {
                s.status("color is off for this terminal (--no-color, NO_COLOR or TERM)");
                return;
            }
            s.prefs().persist(c -> c.withColor(!c.color()));
            return;
        }
        SortColumn col = columnAt(s);
        List<SortColumn> cols = s.prefs().columns();
        if (col == null) return;
        if (cols.size() == 1 && cols.contains(col)) {
            s.status("at least one column stays on");
            return;
        }
        List<SortColumn> chosen = ColumnOrder.toggle(cols, col);
        s.prefs().persist(c -> c.withColumns(chosen));
        // A column turned on takes the cursor along, to be moved at once; one turned off leaves it
        // where it was, on the next column.
        if (chosen.contains(col)) index = FIRST_COLUMN + chosen.indexOf(col);
    }

    /** Moves the shown column at the cursor up (-1) or down (+1) among the shown ones; the cursor follows. */
    private void move(Session s, int delta) {
        SortColumn col = columnAt(s);
        List<SortColumn> cols = s.prefs().columns();
        if (col == null || !cols.contains(col)) {
            if (col != null) s.status("turn the column on (Space) to move it");
            return;
        }
        List<SortColumn> moved = ColumnOrder.move(cols, col, delta);
        if (moved.equals(cols)) return;
        s.prefs().persist(c -> c.withColumns(moved));
        index = FIRST_COLUMN + moved.indexOf(col);
    }

    @Override
    public void draw(Canvas screen, Layout layout, Session s) {
        Theme t = screen.theme();
        List<String> items = new ArrayList<>();
        items.add("Refresh delay   < " + Units.formatDuration(s.app().sampler().delayMillis()) + " >");
        items.add("[" + (s.theme().color() ? "x" : " ") + "] Color");
        List<SortColumn> shown = s.prefs().columns();
        for (SortColumn c : ColumnOrder.listing(shown)) {
            int at = shown.indexOf(c);
            items.add(at >= 0 ? "[x] " + pad(at + 1) + ". " + c.title() : "[ ]     " + c.title());
        }
        int w = Math.min(44, layout.tableWidth());
        int h = Math.min(items.size() + 4, layout.tableRows() + 1);
        int y = layout.tableTop();
        screen.box(0, y, w, h, "Setup (saved)");
        int inner = h - 4;
        int top = Math.max(0, Math.min(index - inner + 1, items.size() - inner));
        for (int i = 0; i < inner && top + i < items.size(); i++) {
            boolean sel = top + i == index;
            screen.text(1, y + 1 + i, " " + items.get(top + i), w - 2, sel ? t.selection() : t.normal(), true);
        }
        String hint = index == 0 ? "-/+ delay  Esc close" : index == 1 ? "Space toggle  Esc close"
                : "Space on/off  F7/F8 move  Esc close";
        screen.text(2, y + h - 2, hint, w - 4, t.dim(), false);
    }

    private static String pad(int n) {
        return n < 10 ? " " + n : Integer.toString(n);
    }
}
