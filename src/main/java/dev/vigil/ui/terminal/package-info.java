/**
 * The terminal under the monitor: the tty and its settings, a cheaper Lanterna screen, buffered
 * output, signal handling, and giving the terminal back exactly as it was.
 */
package dev.vigil.ui.terminal;
