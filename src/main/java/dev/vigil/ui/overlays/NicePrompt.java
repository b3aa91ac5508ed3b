package dev.vigil.ui.overlays;

import dev.vigil.action.NiceChange;
import dev.vigil.action.Targets;
import dev.vigil.sample.ProcessSample;
import dev.vigil.ui.ProcessControl;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.Reaction;

/**
 * =: sets an exact nice value on the targets captured when it opened. Input that is not a whole
 * number from -20 to 19 is refused with a message, and the prompt stays open with the text, so
 * nothing typed is lost.
 */
public final class NicePrompt extends LinePrompt {
    private final ProcessControl control;
    private final Targets targets;

    public NicePrompt(ProcessControl control, Targets targets, Integer current) {
        super(label(targets, current), "");
        this.control = control;
        this.targets = targets;
    }

    private static String label(Targets t, Integer current) {
        return "Nice for " + SignalOverlay.describe(t) + (current == null ? "" : " (now " + current + ")");
    }

    /** The nice of a single target as the table shows it; null for several or when unknown. */
    public static Integer currentNice(Session s, Targets t) {
        if (t.size() != 1 || s.snapshot() == null) return null;
        for (ProcessSample p : s.snapshot().processes()) {
            if (p.identity().equals(t.list().get(0).id())) return p.nice();
        }
        return null;
    }

    @Override
    protected Reaction changed(Session s) {
        return Reaction.REDRAW;
    }

    @Override
    protected Reaction accept(Session s) {
        NiceChange change;
        try {
            change = NiceChange.parse(text());
        } catch (IllegalArgumentException e) {
            s.error(ProcessControl.plain(s, e.getMessage()));
            s.overlays().open(this); // keep what was typed, to correct it
            return Reaction.REDRAW;
        }
        control.renice(s, targets, change);
        return Reaction.REDRAW;
    }

    @Override
    protected Reaction cancel(Session s) {
        s.status("nice not changed");
        return Reaction.REDRAW;
    }

    @Override
    protected String keys() {
        return "Enter set  Esc cancel";
    }

    @Override
    protected String hint() {
        return "-20 (highest priority) to 19 (lowest)";
    }
}
