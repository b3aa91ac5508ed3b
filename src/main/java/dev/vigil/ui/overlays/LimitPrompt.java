package dev.vigil.ui.overlays;

import dev.vigil.action.LimitChange;
import dev.vigil.action.Rlimit;
import dev.vigil.action.Target;
import dev.vigil.ui.LimitControl;
import dev.vigil.ui.ProcessControl;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.Reaction;

/**
 * Enter on a limit in the detail view: {@code SOFT}, {@code SOFT:HARD} or {@code :HARD} in the
 * limit's units, prefilled with the current values. Text that does not parse is refused with a
 * message and the prompt stays open with it, so nothing typed is lost.
 */
public final class LimitPrompt extends LinePrompt {
    private final LimitControl control;
    private final Target target;
    private final Rlimit limit;
    private final long currentSoft;

    public LimitPrompt(LimitControl control, Target target, Rlimit limit, long soft, long hard) {
        super(limit.shortName + " of " + SignalOverlay.describe(new dev.vigil.action.Targets(java.util.List.of(target)))
                + " (SOFT:HARD)", LimitChange.prefill(limit, soft, hard));
        this.control = control;
        this.target = target;
        this.limit = limit;
        this.currentSoft = soft;
    }

    @Override
    protected Reaction changed(Session s) {
        return Reaction.REDRAW;
    }

    @Override
    protected Reaction accept(Session s) {
        LimitChange change;
        try {
            change = LimitChange.parse(limit, text());
        } catch (IllegalArgumentException e) {
            s.error(ProcessControl.plain(s, e.getMessage()));
            s.overlays().open(this); // keep what was typed, to correct it
            return Reaction.REDRAW;
        }
        control.apply(s, target, change, currentSoft);
        return Reaction.REDRAW;
    }

    @Override
    protected Reaction cancel(Session s) {
        s.status(limit.shortName + " not changed");
        return Reaction.REDRAW;
    }

    @Override
    protected String hint() {
        String units = switch (limit.unit) {
            case BYTES -> "sizes as 512K, 8M, 2G";
            case SECONDS -> "CPU time as 60s, 10m";
            case MICROS -> "microseconds";
            case COUNT -> "whole numbers";
        };
        return units + " or unlimited; Enter sets, Esc cancels";
    }
}
