package dev.vigil.ui.keys;

import dev.vigil.ui.Session;

/** What a key does: changes the session (on the UI thread) and says what to redraw. */
@FunctionalInterface
public interface Action {
    Reaction run(Session session);
}
