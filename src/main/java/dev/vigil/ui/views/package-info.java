/**
 * Drawing one frame into a {@link dev.vigil.ui.views.Canvas}: header meters, the process table,
 * panes beside it, the detail box; glyphs, styles and themes. Pure drawing: nothing here changes state.
 */
package dev.vigil.ui.views;
