package dev.vigil.ui.overlays;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.vigil.action.SignalMenu;
import dev.vigil.action.Targets;
import dev.vigil.ui.ProcessControl;
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
 * F9 / k: the signal menu over the table, TERM selected. Typing a signal's number selects it
 * ("1" "9" is STOP 19), e selects the configured escalation and E TERM, QUIT, KILL, arrows and pages move, Enter
 * sends (after a y/n where the rules ask for one), Esc cancels. The targets were captured when
 * it opened and are never re-read; the warnings above the list are for the selected signal.
 */
public final class SignalOverlay implements Overlay {
    static final int MAX_WIDTH = 76;

    private final ProcessControl control;
    private final Targets targets;
    private final SignalMenu menu;
    private final SignalWarnings warnings;
    private final int leftOut;
    private int top;

    public SignalOverlay(ProcessControl control, Targets targets, SignalMenu menu, SignalWarnings warnings, int leftOut) {
        this.control = control;
        this.targets = targets;
        this.menu = menu;
        this.warnings = warnings;
        this.leftOut = leftOut;
    }

    SignalMenu menu() {
        return menu;
    }

    Targets targets() {
        return targets;
    }

    @Override
    public Reaction onKey(Key key, KeyStroke stroke, Session s) {
        int page = Math.max(1, s.cursor().pageRows() - 4);
        KeyType t = stroke.getKeyType();
        switch (t) {
            case ArrowUp -> menu.up();
            case ArrowDown -> menu.down();
            case PageUp -> menu.move(-page);
            case PageDown -> menu.move(page);
            case Home -> menu.home();
            case End -> menu.end();
            case Enter -> {
                s.overlays().close(this);
                control.choose(s, targets, menu.choice());
            }
            case Escape, F10 -> cancel(s);
            case Character -> {
                if (stroke.isCtrlDown() && Character.toLowerCase(stroke.getCharacter()) == 'c') cancel(s);
                else if (stroke.isCtrlDown() || stroke.isAltDown() || !menu.type(stroke.getCharacter())) return Reaction.NONE;
            }
            default -> {
                return Reaction.NONE;
            }
        }
        return Reaction.REDRAW;
    }

    /**
     * "PID 4242 (sleep)" or "3 processes", with the raw name: the canvas escapes it once
     * ({@link Targets#describe} is already escaped, for one-line logs).
     */
    static String describe(Targets t) {
        if (t.size() != 1) return t.describe();
        var one = t.list().get(0);
        return "?".equals(one.name()) ? "PID " + one.pid() : "PID " + one.pid() + " (" + one.name() + ")";
    }

    private void cancel(Session s) {
        s.overlays().close(this);
        s.status("signal menu closed: nothing sent");
    }

    @Override
    public void draw(Canvas screen, Layout layout, Session s) {
        Theme t = screen.theme();
        boolean ascii = !screen.glyphs().unicode();
        int w = Math.min(screen.width(), MAX_WIDTH);
        int y = layout.tableTop();
        int maxH = Math.max(3, layout.tableRows() + 1);
        int inner = w - 4;

        List<String> warn = new ArrayList<>();
        for (String line : warnings.lines(menu.choice())) warn.addAll(Wrap.lines(Canvas.clean("! " + line, ascii), inner, "  "));
        List<String> notes = new ArrayList<>();
        if (leftOut > 0) {
            notes.add("(" + leftOut + (leftOut == 1 ? " tagged process is" : " tagged processes are")
                    + " hidden or gone: left out)");
        }
        int fixed = 2 + notes.size() + 1;            // borders, notes, footer
        int warnShown = Math.max(0, Math.min(warn.size(), maxH - fixed - 3)); // keep 3 list rows
        int listRows = Math.max(0, Math.min(menu.entries().size(), maxH - fixed - warnShown));
        int h = fixed + warnShown + listRows;

        screen.box(0, y, w, h, "Signal " + describe(targets));
        int row = y + 1;
        for (int i = 0; i < warnShown; i++) screen.cleanText(2, row++, warn.get(i), inner, t.error(), false);
        for (String n : notes) screen.text(2, row++, n, inner, t.dim(), false);

        int sel = menu.selected();
        if (sel < top) top = sel;
        if (sel >= top + listRows) top = sel - listRows + 1;
        top = Math.max(0, Math.min(top, menu.entries().size() - listRows));
        for (int i = 0; i < listRows && top + i < menu.entries().size(); i++) {
            boolean on = top + i == sel;
            String label = " " + menu.entries().get(top + i).label(); // our own ASCII text: shown as it is
            screen.cleanText(1, row++, label, w - 2, on ? t.selection() : t.normal(), true);
        }
        String typed = menu.typed().isEmpty() ? "" : "  typed: " + menu.typed();
        screen.text(2, row, "number, e or E selects, Enter sends, Esc cancels" + typed, inner, t.dim(), false);
    }
}
