package dev.vigil.ui.overlays;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.views.Canvas;
import dev.vigil.ui.views.Layout;
import dev.vigil.ui.views.Theme;
import dev.vigil.ui.views.Wrap;

import java.util.ArrayList;
import java.util.List;

/**
 * The y/n question before a signal that the rules say to confirm (KILL, several processes,
 * PID 1 or vigil itself, another user's process as root). Only y sends; n, Esc and Ctrl-C
 * cancel; other keys are ignored so that a stray key cannot send anything.
 */
public final class ConfirmOverlay implements Overlay {
    static final int MAX_WIDTH = 72;

    /** Lines of targets listed at most below the question. */
    static final int TARGET_LINES = 3;

    private final String question;
    private final List<String> targets;
    private final Runnable onYes;

    public ConfirmOverlay(String question, Runnable onYes) {
        this(question, List.of(), onYes);
    }

    /** targets: "4242 sleep" for each process it goes to, listed as far as they fit when more than one. */
    public ConfirmOverlay(String question, List<String> targets, Runnable onYes) {
        this.question = question;
        this.targets = targets.size() > 1 ? List.copyOf(targets) : List.of();
        this.onYes = onYes;
    }

    public String question() {
        return question;
    }

    @Override
    public Reaction onKey(Key key, KeyStroke stroke, Session s) {
        KeyType t = stroke.getKeyType();
        if (t == KeyType.Escape || t == KeyType.F10) return cancel(s);
        if (t != KeyType.Character || stroke.isAltDown()) return Reaction.NONE;
        char c = Character.toLowerCase(stroke.getCharacter());
        if (stroke.isCtrlDown()) return c == 'c' ? cancel(s) : Reaction.NONE;
        if (c == 'y') {
            s.overlays().close(this);
            onYes.run();
            return Reaction.REDRAW;
        }
        if (c == 'n') return cancel(s);
        return Reaction.NONE;
    }

    private Reaction cancel(Session s) {
        s.overlays().close(this);
        s.status("cancelled: nothing sent");
        return Reaction.REDRAW;
    }

    @Override
    public void draw(Canvas screen, Layout layout, Session s) {
        Theme t = screen.theme();
        int w = Math.min(screen.width(), MAX_WIDTH);
        boolean ascii = !screen.glyphs().unicode();
        List<String> lines = new ArrayList<>(Wrap.lines(Canvas.clean(question, ascii), w - 4, ""));
        lines.addAll(listed(targets, w - 4, ascii));
        int h = Math.min(lines.size() + 4, Math.max(4, layout.tableRows() + 1));
        int y = layout.tableTop() + 1;
        screen.box(0, y, w, h, "Confirm");
        for (int i = 0; i < lines.size() && i < h - 4; i++) screen.cleanText(2, y + 1 + i, lines.get(i), w - 4, t.prompt(), false);
        screen.text(2, y + h - 2, "y sends, n or Esc cancels", w - 4, t.dim(), false);
    }

    /** "4242 sleep, 4243 sleep, …" in at most TARGET_LINES lines of width, "and 3 more" when cut. */
    public static List<String> listed(List<String> targets, int width, boolean ascii) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < targets.size(); i++) {
            String item = Canvas.clean(targets.get(i), ascii) + (i < targets.size() - 1 ? "," : "");
            String more = " and " + (targets.size() - i) + " more";
            boolean lastLine = out.size() == TARGET_LINES - 1;
            int need = Canvas.columns(item) + (line.length() == 0 ? 0 : 1) + (lastLine && i < targets.size() - 1 ? more.length() : 0);
            if (Canvas.columns(line.toString()) + need > width) {
                if (lastLine || line.length() == 0) {
                    String head = line.toString().replaceAll(",$", "");
                    out.add(head.isEmpty() ? more.strip() : head + more);
                    return out;
                }
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(item);
        }
        if (line.length() > 0) out.add(line.toString());
        return out;
    }
}
