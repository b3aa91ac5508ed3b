package dev.vigil.ui.keys;

import dev.vigil.app.DetailFeed;
import dev.vigil.detail.DetailReader;
import dev.vigil.ui.Session;
import dev.vigil.ui.overlays.DetailView;
import dev.vigil.ui.overlays.PastDetailView;

/**
 * The detail view's bindings (issue 6): Enter opens the detail of the selected process, e its
 * environment. {@link #install} also has the app make its {@link DetailFeed} (a snapshot
 * listener), so D-state durations and CPU/RSS history are gathered from the start.
 */
public final class DetailKeys {
    private DetailKeys() {
    }

    /** Binds the detail keys and feeds the detail view from the sampler thread; returns the feed. */
    public static DetailFeed install(Session s) {
        return install(s, DetailReader.system());
    }

    public static DetailFeed install(Session s, DetailReader reader) {
        DetailFeed feed = s.app().detail(reader);
        addTo(s.keys(), feed);
        return feed;
    }

    public static void addTo(KeyTable t, DetailFeed feed) {
        t.bind("Detail", "Enter", "Detail", "triage detail of the selected process, live (warnings, state, memory, "
                        + "I/O, files and sockets, limits, namespaces, signals, history); in it: Tab next section, "
                        + "e environment, l open files, R or Enter a limit to set, p a zombie's parent, Esc closes; "
                        + "on a recorded sample, what was recorded",
                s -> s.app().source().live() ? DetailView.open(s, feed, false) : PastDetailView.open(s));
        t.bind("Detail", "l", "Files", "open files and sockets of the selected process: the detail view at its"
                        + " Files section (htop's l, without lsof)",
                s -> TimeKeys.pastRefused(s, "open files were not recorded (Enter shows what was)") ? Reaction.REDRAW
                        : DetailView.openAt(s, feed, "Files"));
        t.bind("Detail", "x", "Locks", "file locks the selected process holds or waits for, from /proc/locks"
                        + " with the file of each (htop's x)",
                s -> TimeKeys.pastRefused(s, "file locks were not recorded (Enter shows what was)") ? Reaction.REDRAW
                        : dev.vigil.ui.overlays.LocksOverlay.open(s));
        t.bind("Detail", "s", "Strace", "trace the system calls of the selected process live: strace -T -tt -s 512"
                        + " -p PID where strace is installed (htop's s; attaching stops it for a moment, also in"
                        + " --readonly); arrows scroll, Esc or q ends the trace",
                dev.vigil.ui.overlays.StraceOverlay::open);
        t.bind("Detail", "e", "Environ", "the environment of the selected process (where readable)",
                s -> TimeKeys.pastRefused(s) ? Reaction.REDRAW : DetailView.open(s, feed, true));
    }
}
