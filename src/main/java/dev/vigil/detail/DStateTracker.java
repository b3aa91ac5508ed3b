package dev.vigil.detail;

import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How long each process has been in state D (uninterruptible), measured across snapshots: from
 * the timestamp of the first snapshot that saw it in D (a lower bound, accurate to one refresh).
 * A process leaves the table when a snapshot shows it in another state or without it. Not
 * thread-safe: feed and query it from one thread.
 */
public final class DStateTracker {
    /** Identity → timestamp (epoch ms) of the first snapshot of the current D run. */
    private final Map<Identity, Long> since = new HashMap<>();
    private long lastMillis;

    public void update(Snapshot snapshot) {
        Set<Identity> inD = new HashSet<>();
        for (ProcessSample p : snapshot.processes()) {
            if (p.state() != 'D') continue;
            Identity id = p.identity();
            inD.add(id);
            since.putIfAbsent(id, snapshot.timestampMillis());
        }
        since.keySet().retainAll(inD);
        lastMillis = snapshot.timestampMillis();
    }

    /** Time in D up to the latest snapshot; zero when not in D (or not seen). */
    public Duration inD(Identity id) {
        Long t = since.get(id);
        return t == null ? Duration.ZERO : Duration.ofMillis(Math.max(0, lastMillis - t));
    }

    /** Number of processes in D right now. */
    public int size() {
        return since.size();
    }
}
