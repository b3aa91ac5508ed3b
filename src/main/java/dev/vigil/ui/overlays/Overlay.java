package dev.vigil.ui.overlays;

import com.googlecode.lanterna.input.KeyStroke;
import dev.vigil.ui.Overlays;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.views.Canvas;
import dev.vigil.ui.views.Layout;

/**
 * A modal layer drawn over the frame: help, setup, pickers, prompts, and later the signal menu
 * and the detail view. The top overlay gets every key first; it returns {@link Reaction#PASS} to
 * let the key table handle a key. Open with {@link Overlays#open}, close with {@link Overlays#close}.
 */
public interface Overlay {
    /** Handles a key while this overlay is on top. */
    Reaction onKey(Key key, KeyStroke stroke, Session session);

    /** Draws over the already drawn frame. */
    void draw(Canvas screen, Layout layout, Session session);

    /** True when the overlay uses the bottom line (a prompt): the function-key bar is not drawn. */
    default boolean usesBottomLine() {
        return false;
    }

    /** Called on the UI thread after each new snapshot while the overlay is open. */
    default void onSnapshot(Session session) {
    }
}
