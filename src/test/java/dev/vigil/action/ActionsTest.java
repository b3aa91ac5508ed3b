package dev.vigil.action;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static dev.vigil.action.FakeKernel.target;
import static dev.vigil.action.FakeKernel.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActionsTest {
    private final FakeKernel k = new FakeKernel();
    private final AtomicLong clock = new AtomicLong(1000);
    private final ActionLog log = new ActionLog(null, 50);
    private final List<String> heard = new ArrayList<>();

    private Actions actions(boolean readOnly) {
        Actions a = new Actions(k, log, readOnly, new Confirmation.Context(999, 1000), 5000, clock::get);
        a.onResult(heard::add);
        return a;
    }

    @Test
    void readOnlyRefusesEverythingAndSendsNothing() {
        Actions a = actions(true);
        assertEquals(Optional.of("read-only mode: no signals, renice, affinity, I/O priority or limit changes"), a.refusal());
        assertEquals("read-only mode: no signals, renice, affinity, I/O priority or limit changes", a.send(targets(10), new Choice.Send(Signal.KILL)).line());
        assertEquals("read-only mode: no signals, renice, affinity, I/O priority or limit changes", a.send(targets(10), new Choice.Escalate(5000)).line());
        assertEquals("read-only mode: no signals, renice, affinity, I/O priority or limit changes", a.renice(targets(10), NiceChange.by(1)).line());
        assertEquals(List.of(), k.sent);
        assertTrue(!a.escalating());
        assertEquals(4, log.recent().size());
    }

    @Test
    void sendRenicesAndEscalatesThroughTheKernel() {
        Actions a = actions(false);
        assertEquals(Optional.empty(), a.refusal());
        assertEquals("TERM", a.signalMenu().choice().describe());
        assertEquals("sent STOP to 2 processes", a.send(targets(10, 11), new Choice.Send(Signal.STOP)).line());
        assertEquals("nice of PID 10 (proc10) set to 1 (was 0)", a.renice(targets(10), NiceChange.by(1)).line());
        k.alive.add(target(12).id());
        a.send(targets(12), a.signalMenu().entries().get(0).choice());
        assertEquals(Optional.of("escalating: PID 12 still alive after TERM, KILL in 5 s — Esc cancels"), a.escalationStatus());
        clock.addAndGet(5000);
        assertEquals(List.of("escalation: PID 12 still alive 5 s after TERM; sent KILL to PID 12 (proc12)"), a.tick());
        assertEquals(List.of("STOP 10", "STOP 11", "nice 1 10", "TERM 12", "KILL 12"), k.sent);
        assertEquals(List.of("sent STOP to 2 processes", "nice of PID 10 (proc10) set to 1 (was 0)",
                "sent TERM to PID 12 (proc12); KILL in 5 s if still alive",
                "escalation: PID 12 still alive 5 s after TERM; sent KILL to PID 12 (proc12)"), heard);
        assertEquals(heard, log.recent().stream().map(ActionLog.Entry::line).toList());
    }

    @Test
    void escCancels() {
        Actions a = actions(false);
        k.alive.add(target(12).id());
        a.send(targets(12), new Choice.Escalate(5000));
        assertEquals(Optional.of("escalation cancelled: PID 12 still alive, no KILL sent"), a.cancelEscalation());
        clock.addAndGet(60_000);
        assertEquals(List.of(), a.tick());
        assertEquals(List.of("TERM 12"), k.sent);
        assertEquals(Optional.empty(), a.cancelEscalation());
    }

    @Test
    void confirmationGoesThroughTheContext() {
        Actions a = actions(false);
        assertEquals(List.of("PID 1 is init: the system or container depends on it"),
                a.confirmReasons(targets(1), new Choice.Send(Signal.TERM)));
    }
}
