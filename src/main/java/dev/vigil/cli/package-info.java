/**
 * The command line and the wiring: {@link dev.vigil.cli.Main} parses options (picocli), then
 * runs the interactive monitor ({@code dev.vigil.ui.Monitor}) or batch output, text
 * ({@code TextReport}) or JSON Lines ({@code JsonReport}), on a priming-then-fixed-rate loop
 * ({@code Batch}); the sampler is created and primed on its own thread while the options are
 * parsed ({@code EarlySampler}). May import every other package; never OSHI or jnr directly.
 */
package dev.vigil.cli;
