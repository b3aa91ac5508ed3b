package dev.vigil.ui.overlays;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
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
 * F2: settings that are saved. The refresh delay (Left/Right or -/+), color on or off, and each
 * column on or off (Space or Enter). Every change applies at once and is written to the config.
 */
public final class SetupOverlay implements Overlay {
    static final long[] DELAYS = {100, 200, 300, 500, 750, 1000, 1500, 2000, 3000, 5000, 10000, 30000, 60000};

    private int index;

    private int itemCount() {
        return 2 + SortColumn.values().length;
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
        SortColumn col = SortColumn.values()[index - 2];
        List<SortColumn> cols = new ArrayList<>(s.prefs().columns());
        if (cols.contains(col)) {
            if (cols.size() == 1) {
                s.status("at least one column stays on");
                return;
            }
            cols.remove(col);
        } else {
            List<SortColumn> ordered = new ArrayList<>();
            for (SortColumn c : SortColumn.values()) if (c == col || cols.contains(c)) ordered.add(c);
            cols = ordered;
        }
        List<SortColumn> chosen = cols;
        s.prefs().persist(c -> c.withColumns(chosen));
    }

    @Override
    public void draw(Canvas screen, Layout layout, Session s) {
        Theme t = screen.theme();
        List<String> items = new ArrayList<>();
        items.add("Refresh delay   < " + Units.formatDuration(s.app().sampler().delayMillis()) + " >");
        items.add("[" + (s.theme().color() ? "x" : " ") + "] Color");
        for (SortColumn c : SortColumn.values()) {
            items.add("[" + (s.prefs().columns().contains(c) ? "x" : " ") + "] Column " + c.title());
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
        screen.text(2, y + h - 2, "Space toggle  -/+ delay  Esc close", w - 4, t.dim(), false);
    }
}
