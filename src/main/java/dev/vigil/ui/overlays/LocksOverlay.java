package dev.vigil.ui.overlays;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.vigil.detail.FileLocks;
import dev.vigil.model.Row;
import dev.vigil.sample.Identity;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.views.Canvas;
import dev.vigil.ui.views.Layout;
import dev.vigil.ui.views.Theme;

import java.util.ArrayList;
import java.util.List;

/**
 * x: the file locks of the selected process, as htop's x shows them without lsof: from
 * /proc/locks ({@link FileLocks}), read again at each refresh, with the file each lock is on.
 * Arrows and pages scroll; any other key closes it.
 */
public final class LocksOverlay implements Overlay {
    private final Identity id;
    private final String name;
    private List<FileLocks.Lock> locks;
    private int top;

    private LocksOverlay(Identity id, String name) {
        this.id = id;
        this.name = name;
        this.locks = FileLocks.of(id.pid());
    }

    /** Opens on the selected row. */
    public static Reaction open(Session s) {
        Row r = s.cursor().selectedRow();
        if (r == null) {
            s.status("no process selected");
            return Reaction.REDRAW;
        }
        s.overlays().open(new LocksOverlay(r.identity(), r.process().name()));
        return Reaction.REDRAW;
    }

    @Override
    public void onSnapshot(Session s) {
        locks = FileLocks.of(id.pid());
    }

    @Override
    public Reaction onKey(Key key, KeyStroke stroke, Session s) {
        KeyType t = stroke.getKeyType();
        int page = Math.max(1, s.cursor().pageRows() - 2);
        if (t == KeyType.ArrowUp) top = Math.max(0, top - 1);
        else if (t == KeyType.ArrowDown) top++;
        else if (t == KeyType.PageUp) top = Math.max(0, top - page);
        else if (t == KeyType.PageDown) top += page;
        else if (t == KeyType.Home) top = 0;
        else s.overlays().close(this);
        return Reaction.REDRAW;
    }

    /** The table's lines: a heading, then one per lock. */
    public static List<String> lines(List<FileLocks.Lock> locks) {
        List<String> out = new ArrayList<>();
        out.add(String.format("%-7s %-9s %-6s %-10s %-10s %s", "TYPE", "MODE", "ACCESS", "START", "END", "FILE"));
        for (FileLocks.Lock l : locks) {
            out.add(String.format("%-7s %-9s %-6s %-10s %-10s %s", l.type(), l.mode(), l.access(), l.start(), l.end(),
                    l.where() + (l.blocked() ? " (waiting for it)" : "")));
        }
        return out;
    }

    @Override
    public void draw(Canvas screen, Layout layout, Session s) {
        Theme t = screen.theme();
        int w = screen.width();
        int h = Math.max(3, layout.statusRow() > 0 ? layout.statusRow() : screen.height());
        String title = "File locks of PID " + id.pid() + " " + name + " (/proc/locks; Esc closes)";
        screen.box(0, 0, w, h, Canvas.fit(Canvas.clean(title, !screen.glyphs().unicode()), w - 4));
        if (locks.isEmpty()) {
            screen.text(2, 1, "no file locks held or awaited", w - 4, t.dim(), false);
            return;
        }
        List<String> lines = lines(locks);
        int inner = h - 3;
        top = Math.max(0, Math.min(top, lines.size() - 1 - inner));
        screen.text(2, 1, lines.get(0), w - 4, t.tableHeader(), true);
        for (int i = 0; i < inner && top + 1 + i < lines.size(); i++) {
            screen.cleanText(2, 2 + i, Canvas.clean(lines.get(top + 1 + i), !screen.glyphs().unicode()), w - 4, t.normal(), false);
        }
    }
}
