package dev.vigil.sample;

import java.util.List;

/**
 * One refresh, built whole on the sampler thread and handed to readers (UI thread, batch,
 * alerts) as a unit. Never modified after publication.
 *
 * @param sequence      1 for the first snapshot of a sampler, then counting up
 * @param timestampMillis wall-clock time of the sample, epoch milliseconds
 * @param intervalMillis time since the previous snapshot (0 for the first): the window over
 *                      which rates (CPU %, I/O per second) were measured
 * @param system        machine-wide figures
 * @param processes     every process (and, when asked for, userland thread) seen; unmodifiable,
 *                      in no particular order
 * @param collectMicros how long the sampler took to build this snapshot, microseconds
 */
public record Snapshot(long sequence, long timestampMillis, long intervalMillis,
                       SystemSample system, List<ProcessSample> processes, long collectMicros) {
    public Snapshot {
        processes = List.copyOf(processes);
    }
}
