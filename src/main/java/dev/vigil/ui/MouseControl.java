package dev.vigil.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import dev.vigil.model.Config;
import dev.vigil.model.SortColumn;
import dev.vigil.ui.keys.Binding;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.overlays.AffinityOverlay;
import dev.vigil.ui.overlays.Overlay;
import dev.vigil.ui.views.Hits;
import dev.vigil.ui.views.Layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The mouse, as htop has it: a click selects a row, a click on a column heading sorts by it
 * (again inverts), the wheel scrolls, a click on the function bar presses that key. Reporting
 * is on by default; {@code mouse=off} in the config (F2) leaves the terminal's own selection
 * alone for copy and paste. Mouse events never reach the key table as keys.
 */
public final class MouseControl {
    /** Config key: {@code mouse=off} turns reporting off. */
    public static final String SETTING = "mouse";
    /** Rows the wheel moves the selection. */
    static final int WHEEL_ROWS = 3;

    private Layout layout; // of the last frame drawn (UI thread)

    /** The painter tells where things went (UI thread). */
    public void laidOut(Layout l) {
        layout = l;
    }

    /** Whether the config asks for mouse reporting (on unless mouse=off). */
    public static boolean wanted(Config c) {
        List<String> v = c.extra(SETTING);
        return v.isEmpty() || !v.get(v.size() - 1).strip().equalsIgnoreCase("off");
    }

    /** Flips the setting, saves it and tells the terminal; returns the new state. */
    public static boolean toggle(Session s) {
        boolean on = !wanted(s.prefs().config());
        List<Config.Setting> extras = new ArrayList<>();
        for (Config.Setting e : s.prefs().config().extras()) if (!e.key().equals(SETTING)) extras.add(e);
        if (!on) extras.add(new Config.Setting(SETTING, "off"));
        s.prefs().persist(c -> c.withExtras(extras));
        s.controls().mouse(on);
        return on;
    }

    /** One mouse event (UI thread). */
    public Reaction handle(Session s, MouseAction m) {
        Layout l = layout;
        MouseActionType t = m.getActionType();
        boolean wheel = t == MouseActionType.SCROLL_UP || t == MouseActionType.SCROLL_DOWN;
        if (l == null || l.tooSmall() || !(wheel || t == MouseActionType.CLICK_DOWN) || m.getButton() == 2 || m.getButton() == 3) {
            return Reaction.NONE;
        }
        int x = m.getPosition().getColumn();
        int y = m.getPosition().getRow();
        Overlay top = s.overlays().top();
        if (top != null) return overlay(s, top, wheel, t == MouseActionType.SCROLL_UP, y);
        if (wheel) {
            s.cursor().move(t == MouseActionType.SCROLL_UP ? -WHEEL_ROWS : WHEEL_ROWS);
            return Reaction.REDRAW;
        }
        if (y == l.barRow()) {
            Binding b = Hits.barAt(s, l.width(), x);
            if (b == null) return Reaction.NONE;
            Reaction r = b.action().run(s);
            return r == Reaction.PASS ? Reaction.REDRAW : r;
        }
        if (x >= l.tableWidth()) return Reaction.NONE;
        if (y == l.tableTop()) return sort(s, Hits.columnAt(s, l.tableWidth(), x));
        int row = y - l.tableTop() - 1;
        if (row < 0 || row >= l.tableRows()) return Reaction.NONE;
        int index = s.cursor().scroll() + row;
        if (index >= s.rows().size()) return Reaction.NONE;
        s.cursor().select(index);
        return Reaction.REDRAW;
    }

    private static Reaction sort(Session s, SortColumn col) {
        if (col == null) return Reaction.NONE;
        if (s.view().sort() == col) s.view().invertSort();
        else s.view().sortBy(col);
        s.prefs().persist(c -> c.withSort(s.view().sort(), s.view().descending()));
        return Reaction.REDRAW;
    }

    /** Over an overlay: the wheel is Up/Down three times, a click toggles an affinity checkbox. */
    private static Reaction overlay(Session s, Overlay top, boolean wheel, boolean up, int y) {
        if (wheel) {
            KeyStroke k = new KeyStroke(up ? KeyType.ArrowUp : KeyType.ArrowDown);
            Reaction r = Reaction.NONE;
            for (int i = 0; i < WHEEL_ROWS; i++) r = s.handleKey(k);
            return r == Reaction.QUIT ? Reaction.QUIT : Reaction.REDRAW;
        }
        if (top instanceof AffinityOverlay a) return a.click(y, s);
        return Reaction.NONE;
    }
}
