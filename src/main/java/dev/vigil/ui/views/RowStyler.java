package dev.vigil.ui.views;

import dev.vigil.model.Row;
import dev.vigil.ui.Hooks;

/**
 * Lets another part mark table rows (e.g. rows with an active alert). Returns the style for a
 * row, or null to leave it to the next styler and then to tags and state colors. The selected
 * row always shows in the selection style. Register with {@link Hooks#addRowStyler}.
 */
@FunctionalInterface
public interface RowStyler {
    Style style(Row row, Theme theme);
}
