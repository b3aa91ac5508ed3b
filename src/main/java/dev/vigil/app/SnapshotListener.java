package dev.vigil.app;

import dev.vigil.sample.Snapshot;

/**
 * Runs on each snapshot, in time order, on the thread that took it (the {@link SamplerThread};
 * in batch, main), before a front-end shows it. Alert evaluation, the escalation watch, the
 * detail feed, and next the recorder and the exporter are listeners. A listener must be quick:
 * the next snapshot waits for it. It must not touch a screen; to reach the UI it posts.
 * Add one with {@link Listeners#add}.
 */
@FunctionalInterface
public interface SnapshotListener {
    void onSnapshot(Snapshot s);

    /**
     * The source moved (a recording stepped back, or jumped to a time): the next snapshot does
     * not follow the last one seen. Listeners that measure over time start again from it.
     */
    default void jumped() {
    }
}
