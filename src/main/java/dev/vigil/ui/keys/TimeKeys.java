package dev.vigil.ui.keys;

import dev.vigil.ui.Session;
import dev.vigil.ui.overlays.TimePrompt;

/**
 * Moving through time: in replay through the recorded history, in the live monitor through
 * what this run has seen and then the history file (the live view rewound, atop's twin mode):
 * one sample back or forward, a jump to a time, and back to live (replay: the newest sample).
 * While not live the top line says so and signals, renice and the live detail are refused.
 */
public final class TimeKeys {
    static final String CANNOT_MOVE = "this view cannot move in time";

    private TimeKeys() {
    }

    public static void addTo(KeyTable t) {
        t.bind("Time", "{", "Back", "one sample back: rewinds the live view (what this run saw, then the history "
                + "file), or steps back in replay", s -> step(s, -1));
        t.bind("Time", "}", "Forward", "one sample forward (past the newest: live again)", s -> step(s, 1));
        t.bind("Time", "b", "Jump", "jump to a time (10m ago, 03:02, 2026-12-01 03:02:15, ISO-8601)", s -> {
            if (fixed(s)) return Reaction.REDRAW;
            s.overlays().open(new TimePrompt());
            return Reaction.REDRAW;
        });
        t.bind("Time", "g", "Live", "back to live (replay: the newest sample recorded)", s -> {
            if (fixed(s)) return Reaction.REDRAW;
            boolean rewinds = s.app().source().rewinds();
            if (rewinds && s.app().source().live()) {
                s.status("live already");
                return Reaction.REDRAW;
            }
            s.app().sampler().seek(Long.MAX_VALUE / 2);
            s.status(rewinds ? "live again" : "the newest sample");
            return Reaction.REDRAW;
        });
    }

    private static Reaction step(Session s, int delta) {
        if (fixed(s)) return Reaction.REDRAW;
        if (delta > 0 && s.app().source().rewinds() && s.app().source().live()) {
            s.status("live already: { rewinds");
            return Reaction.REDRAW;
        }
        s.app().sampler().step(delta);
        return Reaction.REDRAW;
    }

    private static boolean fixed(Session s) {
        if (s.app().source().seekable()) return false;
        s.status(CANNOT_MOVE);
        return true;
    }

    /**
     * True (and the reason in the status line) when the screen shows a recorded sample and the
     * view asked for reads the live process (the environment): the past is not read live.
     */
    public static boolean pastRefused(Session s) {
        return pastRefused(s, "the environment of a recorded sample is not recorded (Enter shows what was)");
    }

    /** The same with the reason given. */
    public static boolean pastRefused(Session s, String why) {
        if (s.app().source().live()) return false;
        s.error(why);
        return true;
    }
}
