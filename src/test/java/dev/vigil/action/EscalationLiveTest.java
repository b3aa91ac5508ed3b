package dev.vigil.action;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static dev.vigil.action.Children.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TERM-then-KILL on real children: one ignores TERM, one exits on it. */
class EscalationLiveTest {
    private final Children children = new Children();

    @AfterEach
    void endChildren() {
        children.close();
    }

    @Test
    void killsTheOneThatIgnoresTermAndSparesTheOneThatExits() throws Exception {
        Process stubborn = children.bashLoop("trap '' TERM");
        Process polite = children.start("sleep", "60");
        Children.awaitMask(stubborn.pid(), "SigIgn:", Signal.TERM);
        RecordingKernel k = new RecordingKernel();
        Actions a = new Actions(k, new ActionLog(null, 10), false, Confirmation.Context.current(), 1500,
                () -> System.nanoTime() / 1_000_000);
        Targets both = new Targets(List.of(target(stubborn), target(polite)));
        long started = System.nanoTime();
        Result r = a.send(both, new Choice.Escalate(1500));
        assertEquals("sent TERM to 2 processes; KILL in 2 s to any still alive", r.line());
        assertTrue(polite.waitFor(10, TimeUnit.SECONDS), "sleep exits on TERM");
        assertEquals(128 + 15, polite.exitValue(), "ended by TERM itself");

        List<String> lines = new ArrayList<>();
        Optional<String> status = Optional.empty();
        while (a.escalating()) {
            lines.addAll(a.tick()); // what the sampler thread does each refresh
            if (a.escalating()) status = a.escalationStatus();
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(20), "escalation never finished");
            Thread.sleep(100);
        }
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(tookMillis >= 1500, "KILL waited for the grace period: " + tookMillis + " ms");
        String last = status.orElse("");
        assertTrue(last.matches("escalating: PID " + stubborn.pid() + " still alive after TERM, KILL (in 1 s|now) — Esc cancels"),
                "countdown near the end: " + last);
        assertEquals(List.of("escalation: 1 of 2 still alive 2 s after TERM; sent KILL to PID " + stubborn.pid() + " (child)"),
                lines);
        assertTrue(stubborn.waitFor(10, TimeUnit.SECONDS), "KILL ended the TERM-ignoring bash");
        assertEquals(128 + 9, stubborn.exitValue());
        assertEquals(List.of("TERM " + stubborn.pid(), "TERM " + polite.pid(), "KILL " + stubborn.pid()), k.sent,
                "no KILL to the process that exited on TERM");
    }

    @Test
    void cancelLeavesTheStubbornOneRunning() throws Exception {
        Process stubborn = children.bashLoop("trap '' TERM");
        Children.awaitMask(stubborn.pid(), "SigIgn:", Signal.TERM);
        RecordingKernel k = new RecordingKernel();
        Actions a = new Actions(k, new ActionLog(null, 10), false, Confirmation.Context.current(), 500,
                () -> System.nanoTime() / 1_000_000);
        a.send(new Targets(List.of(target(stubborn))), new Choice.Escalate(500));
        assertEquals(Optional.of("escalation cancelled: PID " + stubborn.pid() + " still alive, no KILL sent"),
                a.cancelEscalation());
        Thread.sleep(800);
        assertEquals(List.of(), a.tick());
        assertFalse(stubborn.waitFor(200, TimeUnit.MILLISECONDS), "still running");
        assertEquals(List.of("TERM " + stubborn.pid()), k.sent);
    }
}
