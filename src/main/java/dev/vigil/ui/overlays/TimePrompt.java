package dev.vigil.ui.overlays;

import dev.vigil.model.TimeSpec;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.Reaction;

import java.time.ZoneId;

/**
 * b in replay: jumps to a time typed in any form {@link TimeSpec} reads (the same as
 * {@code --at}). A time it cannot read is refused with the reason, and the prompt stays open
 * with the text.
 */
public final class TimePrompt extends LinePrompt {
    public TimePrompt() {
        super("Jump to", "");
    }

    @Override
    protected Reaction changed(Session s) {
        return Reaction.REDRAW;
    }

    @Override
    protected Reaction accept(Session s) {
        long at;
        try {
            at = TimeSpec.parse(text(), System.currentTimeMillis(), ZoneId.systemDefault());
        } catch (IllegalArgumentException e) {
            s.error(e.getMessage());
            s.overlays().open(this);
            return Reaction.REDRAW;
        }
        s.app().sampler().seek(at);
        s.status("jumped to the sample at or before " + text().strip());
        return Reaction.REDRAW;
    }

    @Override
    protected Reaction cancel(Session s) {
        s.status("stayed where it was");
        return Reaction.REDRAW;
    }

    @Override
    protected String hint() {
        return TimeSpec.FORMS + "; Enter jumps, Esc cancels";
    }
}
