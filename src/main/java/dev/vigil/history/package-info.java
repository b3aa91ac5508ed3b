/**
 * Recording snapshots to an SQLite file and reading them back: {@link dev.vigil.history.Recorder}
 * appends, {@link dev.vigil.history.HistoryReader} gives back the snapshot at any recorded time,
 * {@link dev.vigil.history.Retention} deletes old data in the background. The schema and its
 * stable views are in {@link dev.vigil.history.Schema} and docs/history.md. Imports only
 * {@code sample} and JDBC.
 */
package dev.vigil.history;
