package dev.vigil.ui.keys;

import dev.vigil.detail.DetailReader;
import dev.vigil.ui.DetailFeed;
import dev.vigil.ui.Session;
import dev.vigil.ui.overlays.DetailView;

/**
 * The detail view's bindings (issue 6): Enter opens the detail of the selected process, e its
 * environment. {@link #install} also registers the {@link DetailFeed} as a snapshot listener,
 * so D-state durations and CPU/RSS history are gathered from the start.
 */
public final class DetailKeys {
    private DetailKeys() {
    }

    /** Binds the keys and starts the feed on this session; call before the monitor runs. */
    /** Binds the detail keys and feeds the detail view from the sampler thread; returns the feed. */
    public static DetailFeed install(Session s) {
        return install(s, DetailReader.system());
    }

    public static DetailFeed install(Session s, DetailReader reader) {
        DetailFeed feed = new DetailFeed(reader);
        addTo(s.keys(), feed);
        s.addSnapshotListener(feed);
        return feed;
    }

    public static void addTo(KeyTable t, DetailFeed feed) {
        t.bind("Detail", "Enter", "Detail", "triage detail of the selected process, live (warnings, state, memory, "
                        + "I/O, files and sockets, limits, namespaces, signals, history); in it: Tab next section, "
                        + "e environment, p a zombie's parent, Esc closes",
                s -> DetailView.open(s, feed, false));
        t.bind("Detail", "e", "Environ", "the environment of the selected process (where readable)",
                s -> DetailView.open(s, feed, true));
    }
}
