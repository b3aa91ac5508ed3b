package dev.vigil.cli;

import dev.vigil.sample.Snapshot;

/** Turns one snapshot into output text (a text frame, or one JSON line with its newline). */
interface SnapshotWriter {
    void write(Snapshot snapshot, StringBuilder out);
}
