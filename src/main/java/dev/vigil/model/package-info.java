/**
 * Pure functions of a snapshot and the user's choices, no terminal: the filter language
 * ({@link dev.vigil.model.Query}), sort columns, the view state, rows for the table in flat or
 * tree order ({@link dev.vigil.model.RowBuilder}), selection by identity, units, and the config
 * file (plain file I/O, written atomically).
 */
package dev.vigil.model;
