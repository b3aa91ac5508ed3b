package dev.vigil.ui.overlays;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.views.Canvas;
import dev.vigil.ui.views.Layout;
import dev.vigil.ui.views.Theme;

/**
 * A one-line text prompt on the bottom line (search, filter, and later renice and alert rules).
 * Printable characters insert, Backspace deletes, Ctrl-U clears, Enter accepts, Esc cancels.
 * The prompt's keys always show after the text; a long text loses its start instead.
 * Subclasses decide what each of those means; every edit calls {@link #changed}.
 */
abstract class LinePrompt implements Overlay {
    private final String label;
    protected final StringBuilder text;

    LinePrompt(String label, String initial) {
        this.label = label;
        this.text = new StringBuilder(initial == null ? "" : initial);
    }

    String text() {
        return text.toString();
    }

    /** The text changed (incremental behaviour). */
    protected abstract Reaction changed(Session s);

    protected abstract Reaction accept(Session s);

    protected abstract Reaction cancel(Session s);

    /** Keys other than editing ones; default: none handled. */
    protected Reaction other(Key key, KeyStroke stroke, Session s) {
        return Reaction.NONE;
    }

    /** The prompt's keys, always shown after the text, e.g. "Enter done  Esc clear". */
    protected String keys() {
        return "Enter accept  Esc cancel";
    }

    /** More help after the keys, shown as far as it fits, e.g. an example; "" for none. */
    protected String hint() {
        return "";
    }

    @Override
    public Reaction onKey(Key key, KeyStroke stroke, Session s) {
        KeyType t = stroke.getKeyType();
        if (t == KeyType.Enter) {
            s.overlays().close(this);
            return accept(s);
        }
        if (t == KeyType.Escape) {
            s.overlays().close(this);
            return cancel(s);
        }
        if (t == KeyType.Backspace) {
            if (text.length() > 0) {
                text.setLength(text.length() - 1);
                return changed(s);
            }
            return Reaction.REDRAW;
        }
        if (t == KeyType.Character && stroke.isCtrlDown() && !stroke.isAltDown()) {
            char c = Character.toLowerCase(stroke.getCharacter());
            if (c == 'u') {
                text.setLength(0);
                return changed(s);
            }
            if (c == 'c') {
                s.overlays().close(this);
                return cancel(s);
            }
            return other(key, stroke, s);
        }
        if (t == KeyType.Character && !stroke.isAltDown() && stroke.getCharacter() >= ' ') {
            text.append(stroke.getCharacter());
            return changed(s);
        }
        return other(key, stroke, s);
    }

    @Override
    public boolean usesBottomLine() {
        return true;
    }

    @Override
    public void draw(Canvas screen, Layout layout, Session s) {
        Theme t = screen.theme();
        int row = layout.barRow();
        int w = screen.width();
        screen.fill(0, row, w, 1, t.normal());
        int x = screen.text(0, row, label + ": ", t.prompt());
        String keys = "  " + keys();
        int reserve = Canvas.columns(keys);
        if (x + 12 + reserve > w) reserve = 0; // too narrow: the text comes first
        int room = w - x - 1 - reserve;
        // Keep the end of a long text visible.
        String clean = Canvas.clean(text.toString(), !screen.glyphs().unicode());
        while (Canvas.columns(clean) > room && !clean.isEmpty()) clean = clean.substring(1);
        x += screen.cleanText(x, row, clean, room, t.normal(), false);
        screen.text(x, row, "_", 1, t.prompt(), false);
        x++;
        String more = hint().isEmpty() ? "" : "  " + hint();
        if (x < w) x += screen.text(x, row, keys, w - x, t.dim(), false);
        if (x < w && !more.isEmpty()) screen.text(x, row, Canvas.fit(more, w - x), w - x, t.dim(), false);
    }
}
