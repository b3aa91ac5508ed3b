package dev.vigil.cli;

import dev.vigil.alert.Alert;
import dev.vigil.sample.Snapshot;

import java.util.List;

/**
 * Turns one snapshot and its alerts (active, then those cleared at this snapshot) into output
 * text: a text frame, or one JSON line with its newline.
 */
interface SnapshotWriter {
    void write(Snapshot snapshot, List<Alert> alerts, StringBuilder out);

    /** Without alerts. */
    default void write(Snapshot snapshot, StringBuilder out) {
        write(snapshot, List.of(), out);
    }
}
