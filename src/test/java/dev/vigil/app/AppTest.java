package dev.vigil.app;

import dev.vigil.cli.FakeSampler;
import dev.vigil.model.Limits;
import dev.vigil.sample.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The core without a screen: the thread, its schedule, listeners, and a source that can move. */
class AppTest {
    /** A recording of n snapshots (sequence 1..n) that can step and seek, as history will be. */
    static final class Recorded implements SnapshotSource {
        final List<Snapshot> all = new ArrayList<>();
        int at = -1;
        boolean closed;

        Recorded(int n) {
            FakeSampler f = FakeSampler.of(List.of(FakeSampler.proc(1, "init", 0)));
            for (int i = 0; i < n; i++) all.add(f.sample());
        }

        @Override
        public Snapshot next() {
            if (at + 1 >= all.size()) return null;
            return all.get(++at);
        }

        @Override
        public boolean live() {
            return false;
        }

        @Override
        public boolean seekable() {
            return true;
        }

        @Override
        public Snapshot step(int delta) {
            at = Math.max(0, Math.min(all.size() - 1, at + delta));
            return all.get(at);
        }

        @Override
        public Snapshot seek(long timestampMillis) {
            int i = 0;
            while (i + 1 < all.size() && all.get(i + 1).timestampMillis() <= timestampMillis) i++;
            at = i;
            return all.get(at);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 500 && !done.getAsBoolean(); i++) Thread.sleep(10);
        assertTrue(done.getAsBoolean(), "within 5 s");
    }

    @Test
    void theFirstSnapshotIsPublishedBeforeItsListenersThenListenersComeFirst() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        App app = App.bare(new Recorded(3), Limits.MIN_DELAY_MILLIS, null);
        app.listeners().add(s -> events.add("listener " + s.sequence()));
        app.start(s -> events.add("publish " + s.sequence()), t -> events.add("failed " + t));
        await(() -> events.size() >= 6);
        assertEquals(List.of("publish 1", "listener 1", "listener 2", "publish 2", "listener 3", "publish 3"),
                events.subList(0, 6));
        await(() -> app.sampler().paused());
        assertEquals(6, events.size(), "the recording's end pauses the thread: " + events);
        app.close();
    }

    @Test
    void aRecordingStepsAndSeeksOnTheThreadAndListenersHearTheJump() throws Exception {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        Recorded rec = new Recorded(5);
        App app = App.bare(rec, Limits.MAX_DELAY_MILLIS, null);
        app.listeners().add(new SnapshotListener() {
            @Override
            public void onSnapshot(Snapshot s) {
                events.add("snapshot " + s.sequence());
            }

            @Override
            public void jumped() {
                events.add("jumped");
            }
        });
        app.start(s -> { }, t -> events.add("failed " + t));
        await(() -> events.contains("snapshot 1"));
        app.sampler().seek(rec.all.get(3).timestampMillis());
        await(() -> events.contains("snapshot 4"));
        app.sampler().step(-2);
        await(() -> events.contains("snapshot 2"));
        assertEquals(List.of("snapshot 1", "jumped", "snapshot 4", "jumped", "snapshot 2"), events);
        app.close();
        assertTrue(rec.closed);
    }

    @Test
    void theLiveMachineDoesNotMove() {
        LiveSource live = LiveSource.of(FakeSampler.of(List.of(FakeSampler.proc(1, "init", 0))));
        assertTrue(live.live());
        assertFalse(live.seekable());
        App app = App.bare(live, 1000, null);
        app.sampler().step(-1); // ignored: nothing waits for the thread
        assertFalse(app.sampler().sampleDue());
        assertEquals(1, app.next().sequence(), "batch takes snapshots on its own thread");
    }

    @Test
    void theDelayIsTheAppsWithinTheOneSetOfLimits() {
        App app = App.bare(new Recorded(1), 50, null);
        assertEquals(Limits.MIN_DELAY_MILLIS, app.sampler().delayMillis(), "raised to the limit, as -d refuses below it");
        assertEquals(2000, app.sampler().setDelayMillis(2000));
        assertEquals(Limits.MAX_DELAY_MILLIS, app.sampler().setDelayMillis(Long.MAX_VALUE));
    }
}
