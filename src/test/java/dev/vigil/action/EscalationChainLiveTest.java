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

/** TERM, then QUIT, then KILL on real children, 1 s between steps. */
class EscalationChainLiveTest {
    private static final EscalationChain CHAIN = EscalationChain.parse("TERM 1s, QUIT 1s, KILL");
    private final Children children = new Children();
    private final RecordingKernel k = new RecordingKernel();
    private final Actions a = new Actions(k, new ActionLog(null, 10), false, Confirmation.Context.current(), CHAIN,
            () -> System.nanoTime() / 1_000_000);

    @AfterEach
    void endChildren() {
        children.close();
    }

    /** Ticks as the sampler thread does until the escalation is over; returns its lines. */
    private List<String> runToTheEnd() throws InterruptedException {
        List<String> lines = new ArrayList<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (a.escalating()) {
            lines.addAll(a.tick());
            assertTrue(System.nanoTime() < end, "escalation never finished: " + lines);
            Thread.sleep(100);
        }
        return lines;
    }

    @Test
    void oneThatIgnoresTermAndExitsOnQuitEndsAtQuitWithoutKill() throws Exception {
        Process p = children.bashLoopUnblocked("trap '' TERM; trap 'exit 3' QUIT");
        Children.awaitMask(p.pid(), "SigIgn:", Signal.TERM);
        Children.awaitMask(p.pid(), "SigCgt:", Signal.QUIT);
        Result r = a.send(new Targets(List.of(target(p))), new Choice.Escalate(CHAIN));
        assertEquals("sent TERM to PID " + p.pid() + " (child); QUIT in 1 s if still alive, then KILL after 1 s", r.line());
        List<String> lines = runToTheEnd();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        assertEquals(3, p.exitValue(), "ended by its QUIT trap: " + lines + " " + k.sent);
        assertEquals("escalation: PID " + p.pid() + " exited after QUIT; no KILL needed", lines.get(lines.size() - 1));
        assertEquals(List.of("TERM " + p.pid(), "QUIT " + p.pid()), k.sent, "no KILL");
    }

    @Test
    void oneThatIgnoresBothGetsKill() throws Exception {
        Process p = children.bashLoopUnblocked("trap '' TERM QUIT");
        Children.awaitMask(p.pid(), "SigIgn:", Signal.QUIT);
        a.send(new Targets(List.of(target(p))), new Choice.Escalate(CHAIN));
        List<String> lines = runToTheEnd();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        assertEquals(128 + 9, p.exitValue());
        assertEquals(List.of("TERM " + p.pid(), "QUIT " + p.pid(), "KILL " + p.pid()), k.sent);
        assertEquals("escalation: PID " + p.pid() + " still alive 1 s after QUIT; sent KILL to PID " + p.pid() + " (child)",
                lines.get(lines.size() - 1));
    }

    @Test
    void cancellingBetweenStepsSendsNothingMore() throws Exception {
        Process p = children.bashLoopUnblocked("trap '' TERM QUIT");
        Children.awaitMask(p.pid(), "SigIgn:", Signal.QUIT);
        a.send(new Targets(List.of(target(p))), new Choice.Escalate(CHAIN));
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (k.sent.size() < 2) {
            a.tick();
            assertTrue(System.nanoTime() < end, "QUIT never went");
            Thread.sleep(50);
        }
        assertEquals(Optional.of("escalation cancelled: PID " + p.pid() + " still alive, no KILL sent"),
                a.cancelEscalation());
        Thread.sleep(1500);
        assertEquals(List.of(), a.tick());
        assertFalse(p.waitFor(200, TimeUnit.MILLISECONDS), "still running");
        assertEquals(List.of("TERM " + p.pid(), "QUIT " + p.pid()), k.sent);
    }
}
