package dev.vigil.action;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.vigil.action.FakeKernel.target;
import static dev.vigil.action.FakeKernel.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EscalationTest {
    private final FakeKernel k = new FakeKernel();
    private final Escalation e = new Escalation(k);

    @Test
    void killsOnlyWhatOutlivesTheGracePeriod() {
        k.alive.add(target(10).id());
        k.alive.add(target(11).id());
        k.exitOnTerm.add(target(11).id());
        Result r = e.start(targets(10, 11), 5000, 1_000);
        assertEquals("sent TERM to 2 processes; KILL in 5 s to any still alive", r.line());
        assertEquals(List.of("TERM 10", "TERM 11"), k.sent);
        assertEquals(Optional.of("escalating: 2 still alive after TERM, KILL in 5 s — Esc cancels"), e.status(1_000));
        assertEquals(List.of(), e.tick(2_000));
        assertEquals(Optional.of("escalating: PID 10 still alive after TERM, KILL in 4 s — Esc cancels"), e.status(2_000));
        assertEquals(Optional.of("escalating: PID 10 still alive after TERM, KILL in 1 s — Esc cancels"), e.status(5_999));
        assertEquals(List.of(), e.tick(5_999));
        assertEquals(List.of("escalation: 1 of 2 still alive 5 s after TERM; sent KILL to PID 10 (proc10)"), e.tick(6_000));
        assertEquals(List.of("TERM 10", "TERM 11", "KILL 10"), k.sent);
        assertFalse(e.active());
        assertEquals(Optional.empty(), e.status(6_000));
    }

    @Test
    void noKillWhenAllExitEarly() {
        k.alive.add(target(10).id());
        e.start(targets(10), 5000, 0);
        k.alive.clear();
        assertEquals(List.of("escalation: PID 10 exited after TERM; no KILL needed"), e.tick(100));
        assertEquals(List.of(), e.tick(10_000));
        assertEquals(List.of("TERM 10"), k.sent);

        k.alive.add(target(1).id());
        k.alive.add(target(2).id());
        e.start(targets(1, 2), 2000, 0);
        k.alive.clear();
        assertEquals(List.of("escalation: all 2 processes exited after TERM; no KILL needed"), e.tick(50));
    }

    @Test
    void aTargetThatWasNeverReachedIsNotWatched() {
        k.alive.add(target(10).id());
        k.kinds.put(11, Outcome.Kind.EXITED);
        Result r = e.start(targets(10, 11), 1000, 0);
        assertEquals("sent TERM to 1 of 2 processes; PID 11 exited before the signal; KILL in 1 s if still alive",
                r.line());
        assertEquals(List.of("escalation: PID 10 still alive 1 s after TERM; sent KILL to PID 10 (proc10)"), e.tick(1000));
        assertEquals(List.of("TERM 10", "KILL 10"), k.sent);
    }

    @Test
    void nothingReachedStartsNothing() {
        k.kinds.put(10, Outcome.Kind.REUSED);
        assertEquals("PID 10 is now a different process; nothing sent", e.start(targets(10), 5000, 0).line());
        assertFalse(e.active());
    }

    @Test
    void cancelStopsTheCountdown() {
        k.alive.add(target(10).id());
        k.alive.add(target(11).id());
        e.start(targets(10, 11), 5000, 0);
        assertTrue(e.active());
        assertEquals(Optional.of("escalation cancelled: 2 still alive, no KILL sent"), e.cancel());
        assertEquals(List.of(), e.tick(10_000));
        assertEquals(List.of("TERM 10", "TERM 11"), k.sent);
        assertEquals(Optional.empty(), e.cancel());
    }

    @Test
    void killRacingAnExitIsReportedNotCrashed() {
        k.alive.add(target(10).id());
        e.start(targets(10), 1000, 0);
        k.kinds.put(10, Outcome.Kind.EXITED);
        assertEquals(List.of("escalation: PID 10 still alive 1 s after TERM; PID 10 exited before the signal; nothing sent"),
                e.tick(1000));
    }

    @Test
    void severalEscalationsCountDownTogether() {
        k.alive.add(target(10).id());
        k.alive.add(target(20).id());
        e.start(targets(10), 5000, 0);
        e.start(targets(20), 5000, 2000);
        assertEquals(Optional.of("escalating: 2 still alive after TERM, KILL in 3 s — Esc cancels"), e.status(2000));
        assertEquals(1, e.tick(5000).size());
        assertEquals(Optional.of("escalating: PID 20 still alive after TERM, KILL in 2 s — Esc cancels"), e.status(5000));
        assertEquals(1, e.tick(7000).size());
        assertEquals(List.of("TERM 10", "TERM 20", "KILL 10", "KILL 20"), k.sent);
    }

    @Test
    void secondsRoundUp() {
        assertEquals(5, Escalation.seconds(5000));
        assertEquals(5, Escalation.seconds(4001));
        assertEquals(1, Escalation.seconds(1));
        assertEquals(0, Escalation.seconds(0));
    }
}
