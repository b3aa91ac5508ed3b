package dev.vigil.action;

import dev.vigil.sample.Identity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vigil.action.FakeKernel.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ConfirmationTest {
    private static final Confirmation.Context USER = new Confirmation.Context(500, 1000);
    private static final Confirmation.Context ROOT = new Confirmation.Context(500, 0);
    private static final Choice TERM = new Choice.Send(Signal.TERM);

    @Test
    void termToOneOwnProcessNeedsNoQuestion() {
        assertEquals(List.of(), Confirmation.reasons(targets(4242), TERM, USER));
        assertEquals(List.of(), Confirmation.reasons(targets(4242), new Choice.Send(Signal.STOP), USER));
    }

    @Test
    void killAndEscalationAsk() {
        assertEquals(List.of("KILL cannot be caught: no chance to clean up"),
                Confirmation.reasons(targets(4242), new Choice.Send(Signal.KILL), USER));
        assertEquals(List.of("ends with KILL for any still alive after 5 s"),
                Confirmation.reasons(targets(4242), new Choice.Escalate(5000), USER));
    }

    @Test
    void severalProcessesAsk() {
        assertEquals(List.of("goes to 3 processes"), Confirmation.reasons(targets(1000, 1001, 1002), TERM, USER));
    }

    @Test
    void pidOneAndVigilItselfAsk() {
        assertEquals(List.of("PID 1 is init: the system or container depends on it"),
                Confirmation.reasons(targets(1), TERM, USER));
        assertEquals(List.of("PID 500 is vigil itself"), Confirmation.reasons(targets(500), TERM, USER));
    }

    @Test
    void rootAsksOnlyForOtherUsersProcesses() {
        assertEquals(List.of("running as root: PID 4242 belongs to alice"), Confirmation.reasons(targets(4242), TERM, ROOT));
        Targets own = new Targets(List.of(new Target(new Identity(77, 1), 0, "root", "x")));
        assertEquals(List.of(), Confirmation.reasons(own, TERM, ROOT));
        Targets mixed = new Targets(List.of(new Target(new Identity(77, 1), 0, "root", "x"),
                new Target(new Identity(78, 1), 1001, "bob", "y"), new Target(new Identity(79, 1), 1000, "alice", "z"),
                new Target(new Identity(80, 1), -1, "?", "?")));
        assertEquals(List.of("goes to 4 processes",
                        "running as root: 3 targets belong to other users (alice, an unknown user, bob)"),
                Confirmation.reasons(mixed, TERM, ROOT));
    }

    @Test
    void reasonsAddUp() {
        assertEquals(List.of("KILL cannot be caught: no chance to clean up", "goes to 2 processes",
                        "PID 1 is init: the system or container depends on it", "PID 500 is vigil itself",
                        "running as root: 2 targets belong to other users (alice)"),
                Confirmation.reasons(targets(1, 500), new Choice.Send(Signal.KILL), ROOT));
    }

    @Test
    void promptWording() {
        Choice kill = new Choice.Send(Signal.KILL);
        assertEquals("Send KILL to PID 4242 (proc4242)? KILL cannot be caught: no chance to clean up. (y/n)",
                Confirmation.prompt(targets(4242), kill, Confirmation.reasons(targets(4242), kill, USER)));
        assertEquals("Send TERM, then KILL after 5 s to 2 processes? a; b. (y/n)",
                Confirmation.prompt(targets(1, 2), new Choice.Escalate(5000), List.of("a", "b")));
    }
}
