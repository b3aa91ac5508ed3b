package dev.vigil.ui.keys;

import dev.vigil.ui.Session;
import dev.vigil.ui.overlays.TimePrompt;

/**
 * Moving through recorded history ({@code vigil replay}): one sample back or forward, a jump
 * to a time, and back to the newest sample. In the live monitor these keys say where history
 * is read instead (rewinding the live view is not built yet).
 */
public final class TimeKeys {
    static final String LIVE_NOTE = "live view: history is replayed with 'vigil replay' on a file 'vigil record' writes";

    private TimeKeys() {
    }

    public static void addTo(KeyTable t) {
        t.bind("Time", "{", "Back", "replay: one sample back", s -> step(s, -1));
        t.bind("Time", "}", "Forward", "replay: one sample forward", s -> step(s, 1));
        t.bind("Time", "b", "Jump", "replay: jump to a time (10m ago, 03:02, 2026-12-01 03:02:15, ISO-8601)", s -> {
            if (live(s)) return Reaction.REDRAW;
            s.overlays().open(new TimePrompt());
            return Reaction.REDRAW;
        });
        t.bind("Time", "g", "Newest", "replay: go to the newest sample recorded", s -> {
            if (live(s)) return Reaction.REDRAW;
            s.app().sampler().seek(Long.MAX_VALUE / 2);
            s.status("the newest sample");
            return Reaction.REDRAW;
        });
    }

    private static Reaction step(Session s, int delta) {
        if (live(s)) return Reaction.REDRAW;
        s.app().sampler().step(delta);
        return Reaction.REDRAW;
    }

    private static boolean live(Session s) {
        if (!s.app().source().live()) return false;
        s.status(LIVE_NOTE);
        return true;
    }

    /**
     * True (and the reason in the status line) in replay, where a view that reads the live
     * process (the detail view) would show the present for a process of the past.
     */
    public static boolean pastRefused(Session s) {
        if (s.app().source().live()) return false;
        s.error("replay: the detail view reads the live process, so it is not shown for a recorded sample");
        return true;
    }
}
