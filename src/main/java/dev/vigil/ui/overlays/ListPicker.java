package dev.vigil.ui.overlays;

import com.googlecode.lanterna.input.KeyStroke;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.views.Canvas;
import dev.vigil.ui.views.Layout;
import dev.vigil.ui.views.Theme;

import java.util.List;
import java.util.function.IntFunction;

/**
 * A modal list to pick one item from (sort column, user). Up/Down/PgUp/PgDn/Home/End move,
 * typing a letter jumps to the next item starting with it, Enter picks, Esc cancels.
 */
public class ListPicker implements Overlay {
    private final String title;
    private final List<String> items;
    private final IntFunction<Reaction> onPick;
    private int index;
    private int top;

    public ListPicker(String title, List<String> items, int initial, IntFunction<Reaction> onPick) {
        this.title = title;
        this.items = List.copyOf(items);
        this.onPick = onPick;
        this.index = Math.max(0, Math.min(initial, items.size() - 1));
    }

    int index() {
        return index;
    }

    @Override
    public Reaction onKey(Key key, KeyStroke stroke, Session s) {
        int page = Math.max(1, s.cursor().pageRows() - 2);
        switch (stroke.getKeyType()) {
            case ArrowUp -> index = Math.max(0, index - 1);
            case ArrowDown -> index = Math.min(items.size() - 1, index + 1);
            case PageUp -> index = Math.max(0, index - page);
            case PageDown -> index = Math.min(items.size() - 1, index + page);
            case Home -> index = 0;
            case End -> index = items.size() - 1;
            case Enter -> {
                s.overlays().close(this);
                return onPick.apply(index);
            }
            case Escape, F10 -> s.overlays().close(this);
            case Character -> jump(stroke.getCharacter());
            default -> {
            }
        }
        return Reaction.REDRAW;
    }

    private void jump(char ch) {
        for (int k = 1; k <= items.size(); k++) {
            int i = (index + k) % items.size();
            String it = items.get(i);
            if (!it.isEmpty() && Character.toLowerCase(it.charAt(0)) == Character.toLowerCase(ch)) {
                index = i;
                return;
            }
        }
    }

    @Override
    public void draw(Canvas screen, Layout layout, Session s) {
        Theme t = screen.theme();
        int longest = title.length() + 8;
        for (String it : items) longest = Math.max(longest, it.length() + 4);
        int w = Math.min(longest, layout.tableWidth());
        int h = Math.min(items.size() + 2, layout.tableRows() + 1);
        int y = layout.tableTop();
        screen.box(0, y, w, h, title);
        int inner = h - 2;
        if (index < top) top = index;
        if (index >= top + inner) top = index - inner + 1;
        for (int i = 0; i < inner && top + i < items.size(); i++) {
            boolean sel = top + i == index;
            screen.text(1, y + 1 + i, " " + items.get(top + i), w - 2, sel ? t.selection() : t.normal(), true);
        }
    }
}
