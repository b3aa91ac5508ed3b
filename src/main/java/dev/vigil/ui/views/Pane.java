package dev.vigil.ui.views;

import dev.vigil.ui.Session;

/**
 * A non-modal panel beside the process table (e.g. the alert pane). Panes take columns from the
 * right of the table area while {@link #visible} says so; keys still go to the key table.
 * Register with {@link Session#addPane}.
 */
public interface Pane {
    boolean visible(Session session);

    /** Columns wanted, given the screen width; the table always keeps at least 40. */
    int preferredWidth(int screenWidth);

    void draw(Canvas area, Session session);
}
