package dev.vigil.ui.overlays;

import dev.vigil.detail.Limit;
import dev.vigil.detail.Line;
import dev.vigil.detail.ProcessDetail;

import java.util.List;

/**
 * Which limit of the detail view's Limits section is chosen for editing, by its kernel name
 * (so that it stays on the same limit when the view is read again). Not thread-safe: the UI
 * thread owns it.
 */
final class LimitCursor {
    private String chosen; // /proc/PID/limits name, e.g. "Max open files"; null when none

    boolean active() {
        return chosen != null;
    }

    void leave() {
        chosen = null;
    }

    /** Chooses the first limit (open files when listed); false when the limits could not be read. */
    boolean start(ProcessDetail d) {
        List<Limit> ls = limits(d);
        if (ls.isEmpty()) return false;
        Limit open = Limit.find(ls, Limit.OPEN_FILES);
        chosen = (open != null ? open : ls.get(0)).name();
        return true;
    }

    /** Moves by delta limits, stopping at either end. */
    void move(ProcessDetail d, int delta) {
        List<Limit> ls = limits(d);
        int i = indexOf(ls);
        if (i < 0) return;
        chosen = ls.get(Math.max(0, Math.min(ls.size() - 1, i + delta))).name();
    }

    /** The chosen limit as last read; null when none. */
    Limit current(ProcessDetail d) {
        List<Limit> ls = limits(d);
        int i = indexOf(ls);
        return i < 0 ? null : ls.get(i);
    }

    /** Index of the chosen limit's line in the view's lines; -1 when not shown. */
    int lineIndex(List<Line> lines) {
        if (chosen == null) return -1;
        String label = chosen.startsWith("Max ") ? chosen.substring(4) : chosen;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() == Line.Kind.FIELD && l.section().equals("Limits") && l.label().equals(label)) return i;
        }
        return -1;
    }

    private int indexOf(List<Limit> ls) {
        for (int i = 0; i < ls.size(); i++) if (ls.get(i).name().equals(chosen)) return i;
        return -1;
    }

    private static List<Limit> limits(ProcessDetail d) {
        return d == null || !d.limits().ok() ? List.of() : d.limits().value();
    }
}
