package dev.vigil.action;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignalMenuTest {
    private static String chosen(SignalMenu m) {
        return m.choice().describe();
    }

    @Test
    void opensOnTermWithEscalationFirst() {
        SignalMenu m = new SignalMenu(5000);
        assertEquals("TERM", chosen(m));
        assertEquals("  e TERM, then KILL after 5 s", m.entries().get(0).label());
        assertEquals("  E TERM, then QUIT after 5 s, then KILL after 5 s", m.entries().get(1).label());
        assertEquals(" 15 TERM      ask to end (default)", m.entries().get(m.selected()).label());
        assertEquals(64, m.entries().size());
    }

    @Test
    void theConfiguredChainIsEAndTheQuitChainIsNotListedTwice() {
        SignalMenu m = new SignalMenu(EscalationChain.parse("TERM 2s, INT 3s, KILL"));
        assertEquals("  e TERM, then INT after 2 s, then KILL after 3 s", m.entries().get(0).label());
        assertEquals("  E TERM, then QUIT after 2 s, then KILL after 2 s", m.entries().get(1).label());
        assertTrue(m.type('E'));
        assertEquals(new Choice.Escalate(EscalationChain.termQuitKill(2000)), m.choice());
        assertTrue(m.type('e'));
        assertEquals(EscalationChain.parse("TERM 2s, INT 3s, KILL"), ((Choice.Escalate) m.choice()).chain());

        SignalMenu q = new SignalMenu(EscalationChain.parse("TERM 5s, QUIT 5s, KILL"));
        assertEquals("  e TERM, then QUIT after 5 s, then KILL after 5 s", q.entries().get(0).label());
        assertEquals(" 1 HUP", q.entries().get(1).label().substring(1, 7));
        assertTrue(q.type('E'));
        assertEquals(0, q.selected(), "E is e when the configured chain is TERM, QUIT, KILL");
    }

    @Test
    void typingDigitsSelectsByNumber() {
        SignalMenu m = new SignalMenu(5000);
        long t = 10_000;
        assertTrue(m.type('1', t));
        assertEquals("HUP", chosen(m));
        assertTrue(m.type('9', t += 100));
        assertEquals("STOP", chosen(m));
        assertEquals("19", m.typed());
        m.type('1', t += 100);
        m.type('8', t += 100);
        assertEquals("CONT", chosen(m), "a third digit starts a new number");
        m.type('9', t += 100);
        assertEquals("KILL", chosen(m));
        m.type('3', t += 100);
        m.type('2', t += 100);
        assertEquals("INT", chosen(m), "32 is no signal, so 2 starts again");
        m.type('6', t += 100);
        assertEquals("VTALRM", chosen(m), "2 then 6 is 26");
        m.type('6', t += 2000);
        m.type('4', t += 100);
        assertEquals("RTMAX", chosen(m), "after a pause 6 starts a new number");
        m.type('0', t += 2000);
        assertEquals("RTMAX", chosen(m), "0 alone selects nothing");
        assertEquals("", m.typed());
        m.type('1', t += 100);
        m.type('5', t += 100);
        assertEquals("TERM", chosen(m));
    }

    @Test
    void eSelectsEscalationAndArrowsMove() {
        SignalMenu m = new SignalMenu(3000);
        assertTrue(m.type('e'));
        assertEquals(new Choice.Escalate(3000), m.choice());
        m.up();
        assertEquals(0, m.selected(), "stops at the top");
        m.down();
        assertEquals("TERM, then QUIT after 3 s, then KILL after 3 s", chosen(m));
        m.down();
        assertEquals("HUP", chosen(m));
        m.type('1');
        m.down();
        assertEquals("", m.typed(), "moving forgets typed digits");
        assertEquals("INT", chosen(m));
        m.end();
        assertEquals("RTMAX", chosen(m));
        m.down();
        assertEquals("RTMAX", chosen(m));
        m.home();
        assertEquals(0, m.selected());
        assertFalse(m.type('x'));
    }
}
