/**
 * Modal layers over the frame ({@link dev.vigil.ui.overlays.Overlay}): help, setup, pickers, the
 * signal menu and its confirmation, the detail view, and the one-line prompts (search, filter, nice, alert).
 */
package dev.vigil.ui.overlays;
