package dev.vigil.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EarlySamplerTest {
    final FakeSampler fake = FakeSampler.of(List.of(FakeSampler.proc(1, "init", 0)));

    @Test
    void getReturnsTheSamplerAfterItsPrimingSample() throws Exception {
        EarlySampler e = EarlySampler.start(() -> fake, () -> 1234L);
        assertSame(fake, e.get());
        assertEquals(1, fake.calls);
        assertEquals(1234L, e.primedAtNanos());
        assertEquals(0, fake.closes, "the caller closes it");
    }

    @Test
    void failuresComeOutOfGetAndTheSamplerIsClosed() {
        fake.failOnCall = 1;
        EarlySampler e = EarlySampler.start(() -> fake, System::nanoTime);
        IllegalStateException x = assertThrows(IllegalStateException.class, e::get);
        assertTrue(x.getMessage().startsWith("boom"));
        assertEquals(1, fake.closes);
        EarlySampler f = EarlySampler.start(() -> {
            throw new UnsupportedOperationException("no sampler");
        }, System::nanoTime);
        assertThrows(UnsupportedOperationException.class, f::get);
    }

    /** An early sampler whose sampler is made only once release is counted down. */
    private EarlySampler startMadeAfter(CountDownLatch release) {
        return EarlySampler.start(() -> {
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
        EarlySampler e = startMadeAfter(release);
        e.discard();
        assertEquals(0, fake.closes);
        release.countDown();
        for (int i = 0; i < 200 && fake.closes == 0; i++) Thread.sleep(10);
        assertEquals(1, fake.closes);
    }

    @Test
    void discardAfterDoneClosesAtOnce() throws Exception {
        EarlySampler e = EarlySampler.start(() -> fake, System::nanoTime);
        for (int i = 0; i < 200 && fake.calls == 0; i++) Thread.sleep(10);
        Thread.sleep(20);
        e.discard();
        assertEquals(1, fake.closes);
    }

    @Test
    void deferredIsHandedOutAtOnceAndItsFirstCallWaitsForThePrimingSample() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        EarlySampler e = startMadeAfter(release);
        dev.vigil.sample.Sampler d = e.deferred(); // while the sampler is still being made
        Thread sampling = new Thread(d::sample);
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
    void deferredPassesOnWhatCreatingThrewAndClosesQuietly() {
        EarlySampler e = EarlySampler.start(() -> {
            throw new UnsupportedOperationException("no sampler");
        }, System::nanoTime);
        dev.vigil.sample.Sampler d = e.deferred();
        assertThrows(UnsupportedOperationException.class, d::sample);
        d.close(); // reported by the first call already
    }
}
