package dev.vigil.ui.overlays;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.vigil.ui.Monitor;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.Binding;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.KeyTable;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.views.Canvas;
import dev.vigil.ui.views.Layout;
import dev.vigil.ui.views.Theme;
import dev.vigil.ui.views.Wrap;

import java.util.ArrayList;
import java.util.List;

/**
 * F1: every binding of the key table by group, and the state colors. Arrows and pages scroll;
 * any other key closes it.
 */
public final class HelpOverlay implements Overlay {
    private int top;

    @Override
    public Reaction onKey(Key key, KeyStroke stroke, Session s) {
        KeyType t = stroke.getKeyType();
        boolean space = t == KeyType.Character && stroke.getCharacter() == ' ';
        if (t == KeyType.ArrowDown) top++;
        else if (t == KeyType.ArrowUp) top = Math.max(0, top - 1);
        else if (t == KeyType.PageDown || space) top += 10;
        else if (t == KeyType.PageUp) top = Math.max(0, top - 10);
        else if (t == KeyType.Home) top = 0;
        else s.overlays().close(this);
        return Reaction.REDRAW;
    }

    public static List<String> lines(KeyTable keys) {
        return lines(keys, Integer.MAX_VALUE);
    }

    /**
     * The help text in lines of at most width columns: a long description wraps, its
     * continuation lines indented under the label (or by 4 when that leaves too little room).
     */
    public static List<String> lines(KeyTable keys, int width) {
        List<String> out = new ArrayList<>();
        int kw = 0;
        for (Binding b : keys.bindings()) kw = Math.max(kw, b.keyNames().length());
        for (String g : keys.groups()) {
            out.add("# " + g);
            for (Binding b : keys.bindings()) {
                if (!b.group().equals(g)) continue;
                String names = b.keyNames();
                String line = "  " + names + " ".repeat(kw - names.length() + 2) + b.label() + ": " + b.description();
                String indent = " ".repeat(width - (kw + 4) >= 30 ? kw + 4 : 4);
                out.addAll(width == Integer.MAX_VALUE ? List.of(line) : Wrap.lines(line, width, indent));
            }
            out.add("");
        }
        out.add("# Row colors");
        String states = "  R running   D uninterruptible (usually I/O)   Z zombie   T/t stopped or traced";
        out.addAll(width == Integer.MAX_VALUE ? List.of(states) : Wrap.lines(states, width, "  "));
        String tagged = "  tagged rows are highlighted and marked *; the selected row is in reverse video without color";
        out.addAll(width == Integer.MAX_VALUE ? List.of(tagged) : Wrap.lines(tagged, width, "  "));
        return out;
    }

    @Override
    public void draw(Canvas screen, Layout layout, Session s) {
        int w = screen.width();
        int h = screen.height();
        Theme t = screen.theme();
        String version = Monitor.version();
        screen.box(0, 0, w, h, "vigil " + version + " help: keys (Esc closes, arrows scroll)");
        List<String> lines = lines(s.keys(), w - 4);
        int inner = h - 2;
        top = Math.max(0, Math.min(top, lines.size() - inner));
        for (int i = 0; i < inner && top + i < lines.size(); i++) {
            String line = lines.get(top + i);
            boolean heading = line.startsWith("# ");
            String text = Canvas.ownText(heading ? line.substring(2) : line, !screen.glyphs().unicode());
            screen.cleanText(2, 1 + i, text, w - 4, heading ? t.boxTitle() : t.normal(), false);
        }
    }
}
