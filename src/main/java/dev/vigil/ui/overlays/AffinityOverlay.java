package dev.vigil.ui.overlays;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.vigil.action.CpuSet;
import dev.vigil.action.Targets;
import dev.vigil.ui.ProcessControl;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.views.Canvas;
import dev.vigil.ui.views.Layout;
import dev.vigil.ui.views.Theme;

import java.util.ArrayList;
import java.util.List;

/**
 * a: htop's affinity panel. One checkbox per online CPU and one for all of them, checked as
 * the (first) target may run now; Space toggles, Enter sets the checked CPUs on the targets
 * captured when it opened, Esc cancels. Up/Down/PgUp/PgDn/Home/End move.
 */
public final class AffinityOverlay implements Overlay {
    private final ProcessControl control;
    private final Targets targets;
    private final int[] cpus;
    private CpuSet chosen;
    private int index;
    private int top;
    private int lastTop = -1; // the box's first item row on screen, for clicks
    private int lastY = -1;

    public AffinityOverlay(ProcessControl control, Targets targets, CpuSet online, CpuSet current) {
        this.control = control;
        this.targets = targets;
        this.cpus = online.cpus();
        CpuSet start = current == null ? online : current;
        CpuSet c = CpuSet.of();
        for (int cpu : cpus) if (start.contains(cpu)) c = c.with(cpu, true);
        this.chosen = c.isEmpty() ? online : c;
    }

    /** The CPUs checked now. */
    public CpuSet chosen() {
        return chosen;
    }

    private boolean all() {
        for (int cpu : cpus) if (!chosen.contains(cpu)) return false;
        return true;
    }

    private int items() {
        return cpus.length + 1;
    }

    @Override
    public Reaction onKey(Key key, KeyStroke stroke, Session s) {
        KeyType t = stroke.getKeyType();
        int page = Math.max(1, s.cursor().pageRows() - 4);
        switch (t) {
            case ArrowUp -> index = Math.max(0, index - 1);
            case ArrowDown -> index = Math.min(items() - 1, index + 1);
            case PageUp -> index = Math.max(0, index - page);
            case PageDown -> index = Math.min(items() - 1, index + page);
            case Home -> index = 0;
            case End -> index = items() - 1;
            case Enter -> {
                return apply(s);
            }
            case Escape, F10 -> {
                s.overlays().close(this);
                s.status("affinity not changed");
            }
            case Character -> {
                char c = stroke.getCharacter();
                if (stroke.isCtrlDown() && c == 'c') {
                    s.overlays().close(this);
                    s.status("affinity not changed");
                } else if (c == ' ' || c == 'x') {
                    toggle();
                } else if (c == 'q') {
                    s.overlays().close(this);
                    s.status("affinity not changed");
                }
            }
            default -> {
            }
        }
        return Reaction.REDRAW;
    }

    /** A click on an item row (screen row y): selects it and toggles it. */
    public Reaction click(int y, Session s) {
        if (lastY < 0) return Reaction.NONE;
        int i = lastTop + (y - lastY - 1);
        if (y <= lastY || i < 0 || i >= items()) return Reaction.NONE;
        index = i;
        toggle();
        return Reaction.REDRAW;
    }

    private void toggle() {
        if (index == 0) {
            boolean on = !all();
            CpuSet c = chosen;
            for (int cpu : cpus) c = c.with(cpu, on);
            chosen = c;
        } else {
            int cpu = cpus[index - 1];
            chosen = chosen.with(cpu, !chosen.contains(cpu));
        }
    }

    private Reaction apply(Session s) {
        if (chosen.isEmpty()) {
            s.error("check at least one CPU (Space), or Esc to leave the affinity as it is");
            return Reaction.REDRAW;
        }
        s.overlays().close(this);
        control.setAffinity(s, targets, chosen);
        return Reaction.REDRAW;
    }

    @Override
    public void draw(Canvas screen, Layout layout, Session s) {
        Theme t = screen.theme();
        List<String> lines = new ArrayList<>();
        lines.add("[" + (all() ? "x" : " ") + "] all");
        for (int cpu : cpus) lines.add("[" + (chosen.contains(cpu) ? "x" : " ") + "] CPU " + cpu);
        String title = "Use CPUs: " + SignalOverlay.describe(targets);
        String keys = "Space toggle  Enter set  Esc cancel";
        int w = Math.min(layout.tableWidth(), Math.max(Canvas.columns(title) + 6, keys.length() + 4));
        int h = Math.min(lines.size() + 4, layout.tableRows() + 1);
        int y = layout.tableTop();
        screen.box(0, y, w, h, Canvas.fit(title, w - 4));
        int inner = Math.max(1, h - 4);
        if (index < top) top = index;
        if (index >= top + inner) top = index - inner + 1;
        lastTop = top;
        lastY = y;
        for (int i = 0; i < inner && top + i < lines.size(); i++) {
            boolean sel = top + i == index;
            screen.text(1, y + 1 + i, " " + lines.get(top + i), w - 2, sel ? t.selection() : t.normal(), true);
        }
        screen.text(2, y + h - 2, keys, w - 4, t.dim(), false);
    }
}
