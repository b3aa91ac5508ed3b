package dev.vigil.sample;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real sampler lists /proc again only when the kernel gave out a PID since its last listing
 * (the last PID of /proc/loadavg): a process started between two samples is in the second, and
 * one that ended is gone from the next, whether or not anything else started meanwhile.
 */
class ListingLiveTest {
    private static boolean has(Snapshot s, long pid) {
        return s.processes().stream().anyMatch(p -> p.pid() == pid);
    }

    @Test
    void startedAndEndedProcessesAreSeenAtTheNextSample() throws Exception {
        try (LinuxSampler sampler = new LinuxSampler()) {
            sampler.sample();
            sampler.sample();
            Process child = new ProcessBuilder("sleep", "60").start();
            try {
                assertTrue(has(sampler.sample(), child.pid()), "a new process is listed");
                assertTrue(has(sampler.sample(), child.pid()), "and stays while it lives");
            } finally {
                child.destroyForcibly();
                child.waitFor(10, TimeUnit.SECONDS);
            }
            assertFalse(has(sampler.sample(), child.pid()), "an ended process is gone");
            assertFalse(has(sampler.sample(), child.pid()));
        }
    }
}
