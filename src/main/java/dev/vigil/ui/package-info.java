/**
 * The interactive monitor, the only package that imports Lanterna. {@link dev.vigil.ui.Monitor}
 * owns the terminal; {@link dev.vigil.ui.Session} holds what one run knows (UI thread only);
 * {@link dev.vigil.ui.KeyTable} is the one key table behind behaviour, help and the README list;
 * {@link dev.vigil.ui.Frame} draws a whole frame into a {@link dev.vigil.ui.Canvas}.
 * Other parts plug in through {@link dev.vigil.ui.KeyTable#bind}, {@link dev.vigil.ui.Overlay},
 * {@link dev.vigil.ui.Pane}, {@link dev.vigil.ui.RowStyler}, header notes and snapshot listeners.
 */
package dev.vigil.ui;
