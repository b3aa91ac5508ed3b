/**
 * The interactive monitor, the only package that imports Lanterna. {@link dev.vigil.ui.Monitor}
 * owns the terminal; {@link dev.vigil.ui.Session} holds what one run knows (UI thread only);
 * {@link dev.vigil.ui.keys.KeyTable} is the one key table behind behaviour, help and the README list;
 * {@link dev.vigil.ui.views.Frame} draws a whole frame into a {@link dev.vigil.ui.views.Canvas}.
 * Other parts plug in through {@link dev.vigil.ui.keys.KeyTable#bind}, {@link dev.vigil.ui.overlays.Overlay}
 * ({@link dev.vigil.ui.Overlays}), panes, row stylers and header notes ({@link dev.vigil.ui.Hooks}),
 * and the app's snapshot listeners.
 * Sub-packages: {@code terminal} (the tty, the screen, giving the terminal back), {@code views}
 * (drawing a frame), {@code overlays} (modal layers and prompts), {@code keys} (the key table and
 * its bindings). This package itself wires one run together.
 */
package dev.vigil.ui;
