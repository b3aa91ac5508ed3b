package dev.vigil.app;

import dev.vigil.cli.FakeSampler;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveSourceTest {
    final FakeSampler fake = FakeSampler.of(List.of(FakeSampler.proc(1, "init", 0)));

    @Test
    void awaitPrimedReturnsAfterThePrimingSample() throws Exception {
        LiveSource e = LiveSource.start(() -> fake, () -> 1234L);
        e.awaitPrimed();
        assertEquals(1, fake.calls);
        assertEquals(1, e.primed().sequence());
        assertEquals(1234L, e.primedAtNanos());
        assertEquals(0, fake.closes, "the caller closes it");
    }

    @Test
    void primedFirstHandsOutThePrimingSampleOnceWhileTheSettingsAreTheSame() {
        LiveSource e = LiveSource.start(() -> fake, System::nanoTime, false, false).primedFirst();
        e.setIncludeIo(false);
        e.setIncludeThreads(false);
        assertEquals(1, e.next().sequence(), "the priming sample itself");
        assertEquals(1, fake.calls);
        assertEquals(2, e.next().sequence());
        LiveSource plain = LiveSource.start(() -> fake, System::nanoTime, false, false);
        assertEquals(4, plain.next().sequence(), "without primedFirst, a new sample");
    }

    @Test
    void primedFirstSamplesAnewWhenThreadsOrIoChanged() {
        LiveSource io = LiveSource.start(() -> fake, System::nanoTime, false, false).primedFirst();
        io.setIncludeIo(true);
        assertEquals(2, io.next().sequence(), "primed without I/O; I/O asked for now");
        FakeSampler other = FakeSampler.of(List.of(FakeSampler.proc(1, "init", 0)));
        LiveSource threads = LiveSource.start(() -> other, System::nanoTime).primedFirst();
        threads.setIncludeThreads(true);
        assertEquals(2, threads.next().sequence());
    }

    @Test
    void failuresComeOutOfAwaitPrimedAndTheSamplerIsClosed() {
        fake.failOnCall = 1;
        LiveSource e = LiveSource.start(() -> fake, System::nanoTime);
        IllegalStateException x = assertThrows(IllegalStateException.class, e::awaitPrimed);
        assertTrue(x.getMessage().startsWith("boom"));
        assertEquals(1, fake.closes);
        LiveSource f = LiveSource.start(() -> {
            throw new UnsupportedOperationException("no sampler");
        }, System::nanoTime);
        assertThrows(UnsupportedOperationException.class, f::awaitPrimed);
    }

    /** A live source whose sampler is made only once release is counted down. */
    private LiveSource startMadeAfter(CountDownLatch release) {
        return LiveSource.start(() -> {
            try {
                release.await();
            } catch (InterruptedException ex) {
                throw new IllegalStateException(ex);
            }
            return fake;
        }, System::nanoTime);
    }

    @Test
    void discardWhileStillCreatingClosesOnceWhenDone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        LiveSource e = startMadeAfter(release);
        e.discard();
        assertEquals(0, fake.closes);
        release.countDown();
        for (int i = 0; i < 200 && fake.closes == 0; i++) Thread.sleep(10);
        assertEquals(1, fake.closes);
    }

    @Test
    void discardAfterDoneClosesAtOnce() throws Exception {
        LiveSource e = LiveSource.start(() -> fake, System::nanoTime);
        for (int i = 0; i < 200 && fake.calls == 0; i++) Thread.sleep(10);
        Thread.sleep(20);
        e.discard();
        assertEquals(1, fake.closes);
    }

    @Test
    void nextCanBeCalledAtOnceAndItsFirstCallWaitsForThePrimingSample() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        LiveSource e = startMadeAfter(release);
        LiveSource d = e; // handed out while the sampler is still being made
        Thread sampling = new Thread(d::next);
        sampling.start();
        sampling.join(200);
        assertTrue(sampling.isAlive(), "the first call waits for the priming sample");
        assertEquals(0, fake.calls);
        release.countDown();
        sampling.join(5000);
        assertEquals(2, fake.calls, "the priming sample, then the one asked for");
        d.close();
        assertEquals(1, fake.closes);
    }

    @Test
    void nextPassesOnWhatCreatingThrewAndClosesQuietly() {
        LiveSource e = LiveSource.start(() -> {
            throw new UnsupportedOperationException("no sampler");
        }, System::nanoTime);
        LiveSource d = e;
        assertThrows(UnsupportedOperationException.class, d::next);
        d.close(); // reported by the first call already
    }
}
