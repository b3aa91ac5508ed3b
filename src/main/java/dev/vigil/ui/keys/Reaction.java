package dev.vigil.ui.keys;

import dev.vigil.ui.overlays.Overlay;

/**
 * What the screen must do after a key's action ran. Actions never draw: they change state and
 * return one of these (htop's REFRESH/REDRAW flags).
 */
public enum Reaction {
    /** Nothing visible changed. */
    NONE,
    /** Draw the next frame (rows are rebuilt only if the view changed). */
    REDRAW,
    /** Clear and repaint every cell (Ctrl-L, or after the terminal was disturbed). */
    REPAINT,
    /** Leave the monitor. */
    QUIT,
    /** Only from an {@link Overlay}: not handled here, give the key to the key table. */
    PASS
}
