package dev.vigil.ui.views;

import dev.vigil.ui.Hooks;
import dev.vigil.ui.Session;

/**
 * A non-modal panel beside the process table (e.g. the alert pane). Panes take columns from the
 * right of the table area while {@link #visible} says so; keys still go to the key table.
 * Register with {@link Hooks#addPane}.
 */
public interface Pane {
    boolean visible(Session session);

    /** Whether the pane is shown on a screen this wide; by default {@link #visible(Session)}. */
    default boolean visible(Session session, int screenWidth) {
        return visible(session);
    }

    /**
     * A one-line summary drawn above the status line while the pane itself is not shown (e.g.
     * because the screen is narrow), or null for none. It takes one row from the table.
     */
    default Strip strip(Session session) {
        return null;
    }

    /** Draws a one-line summary into a canvas one row high. */
    interface Strip {
        void draw(Canvas line);
    }

    /** Columns wanted, given the screen width; the table always keeps at least 40. */
    int preferredWidth(int screenWidth);

    void draw(Canvas area, Session session);
}
