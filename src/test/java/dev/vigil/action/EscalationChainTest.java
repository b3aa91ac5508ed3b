package dev.vigil.action;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.vigil.action.FakeKernel.target;
import static dev.vigil.action.FakeKernel.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Chains as the config writes them, and an escalation walking one step by step on a fake clock. */
class EscalationChainTest {
    private static final EscalationChain TQK = EscalationChain.parse("TERM 5s, QUIT 5s, KILL");
    private final FakeKernel k = new FakeKernel();
    private final Escalation e = new Escalation(k);

    @Test
    void parsesStepsAndWaits() {
        assertEquals(EscalationChain.termQuitKill(5000), TQK);
        assertEquals(EscalationChain.DEFAULT, EscalationChain.parse("TERM 5s, KILL"));
        assertEquals("TERM 5s, KILL", EscalationChain.DEFAULT.toString());
        assertEquals("INT 1500ms, HUP 2m, KILL", EscalationChain.parse(" sigint 1500ms ,hup 2m,9 ").toString());
        assertEquals("TERM 30s, QUIT", EscalationChain.parse("TERM 30, QUIT").toString(), "a bare wait is seconds");
        assertEquals("TERM, then QUIT after 5 s, then KILL after 5 s", TQK.describe());
        assertEquals(10_000, TQK.totalMillis());
        assertEquals("QUIT or KILL", TQK.namesFrom(1));
        assertEquals("TERM, QUIT or KILL", TQK.namesFrom(0));
    }

    @Test
    void refusesWhatCannotBeAChain() {
        assertEquals("unknown signal 'TERMINATE'", error("TERMINATE 5s, KILL"));
        assertEquals("TERM has no wait before the next step (e.g. TERM 5s)", error("TERM, KILL"));
        assertEquals("TERM comes after KILL, which ends the process", error("KILL, TERM"));
        assertEquals("TERM comes after KILL, which ends the process", error("TERM 5s, KILL 5s, TERM"));
        assertEquals("the last step (KILL) takes no wait", error("TERM 5s, KILL 5s"));
        assertEquals("wait 'soon' after TERM is not from 1s to 1h", error("TERM soon, KILL"));
        assertEquals("wait '2h' after TERM is not from 1s to 1h", error("TERM 2h, KILL"));
        assertEquals("one step is no escalation (e.g. TERM 5s, KILL)", error("KILL"));
        assertEquals("no steps (e.g. TERM 5s, KILL)", error(" "));
        assertEquals("step 2 is empty", error("TERM 5s, , KILL"));
    }

    private static String error(String chain) {
        return assertThrows(IllegalArgumentException.class, () -> EscalationChain.parse(chain)).getMessage();
    }

    @Test
    void theConfigLineIsNamedWhenBad() {
        ChainConfig ok = ChainConfig.parse(List.of("# mine", "sort=CPU%", " escalate = TERM 5s, QUIT 5s, KILL"));
        assertEquals(TQK, ok.chain());
        assertNull(ok.error());
        ChainConfig bad = ChainConfig.parse(List.of("tree=true", "", "escalate=TERM 5s, KILL, QUIT"));
        assertNull(bad.chain());
        assertEquals("line 3: escalate=TERM 5s, KILL, QUIT: QUIT comes after KILL, which ends the process", bad.error());
        assertEquals(EscalationChain.DEFAULT, bad.orElse(EscalationChain.DEFAULT));
        assertEquals(new ChainConfig(null, null), ChainConfig.parse(List.of("escalate_grace=3s")));
    }

    @Test
    void endsAtQuitWhenQuitEndsIt() {
        k.alive.add(target(10).id());
        k.exitOn.put(target(10).id(), Signal.QUIT);
        assertEquals("sent TERM to PID 10 (proc10); QUIT in 5 s if still alive, then KILL after 5 s",
                e.start(targets(10), TQK, 0).line());
        assertEquals(Optional.of("escalating: PID 10 still alive after TERM (step 1 of 3), QUIT in 2 s — Esc cancels"),
                e.status(3000));
        assertEquals(List.of("escalation: PID 10 still alive 5 s after TERM; sent QUIT to PID 10 (proc10); KILL in 5 s if still alive"),
                e.tick(5000));
        assertEquals(List.of("escalation: PID 10 exited after QUIT; no KILL needed"), e.tick(5500));
        assertFalse(e.active());
        assertEquals(List.of(), e.tick(20_000));
        assertEquals(List.of("TERM 10", "QUIT 10"), k.sent, "no KILL");
    }

    @Test
    void killsWhatIgnoresTermAndQuit() {
        k.alive.add(target(10).id());
        k.alive.add(target(11).id());
        k.exitOn.put(target(11).id(), Signal.QUIT);
        e.start(targets(10, 11), TQK, 0);
        assertEquals(List.of(), e.tick(4999));
        assertEquals(List.of("escalation: 2 of 2 still alive 5 s after TERM; sent QUIT to 2 processes;"
                + " KILL in 5 s to any still alive"), e.tick(5000));
        assertEquals(Optional.of("escalating: 2 still alive after QUIT (step 2 of 3), KILL in 5 s — Esc cancels"),
                e.status(5000));
        assertEquals(List.of("escalation: 1 of 2 still alive 5 s after QUIT; sent KILL to PID 10 (proc10)"),
                e.tick(10_000));
        assertEquals(List.of("TERM 10", "TERM 11", "QUIT 10", "QUIT 11", "KILL 10"), k.sent);
        assertFalse(e.active());
    }

    @Test
    void cancellingBetweenStepsSendsNothingMore() {
        k.alive.add(target(10).id());
        e.start(targets(10), TQK, 0);
        e.tick(5000);
        assertEquals(Optional.of("escalation cancelled: PID 10 still alive, no KILL sent"), e.cancel());
        assertEquals(List.of(), e.tick(60_000));
        assertEquals(List.of("TERM 10", "QUIT 10"), k.sent);

        e.start(targets(10), TQK, 0);
        assertEquals(Optional.of("escalation cancelled: PID 10 still alive, no QUIT or KILL sent"), e.cancel());
    }

    @Test
    void aReusedPidIsDroppedBetweenSteps() {
        k.alive.add(target(10).id());
        e.start(targets(10), TQK, 0);
        k.kinds.put(10, Outcome.Kind.REUSED);
        assertEquals(List.of("escalation: PID 10 still alive 5 s after TERM; PID 10 is now a different process;"
                + " nothing sent"), e.tick(5000));
        assertFalse(e.active(), "nothing left to escalate");
        assertEquals(List.of("TERM 10"), k.sent);
    }

    @Test
    void confirmationSaysWhenTheLastKillComes() {
        assertEquals(List.of("ends with KILL for any still alive after 10 s"),
                Confirmation.reasons(targets(4242), new Choice.Escalate(TQK), new Confirmation.Context(1, 1000)));
        assertEquals(List.of(), Confirmation.reasons(targets(4242),
                new Choice.Escalate(EscalationChain.parse("TERM 5s, QUIT")), new Confirmation.Context(1, 1000)));
    }
}
