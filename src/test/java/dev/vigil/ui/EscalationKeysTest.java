package dev.vigil.ui;

import com.googlecode.lanterna.input.KeyType;
import dev.vigil.ui.overlays.ConfirmOverlay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.vigil.ui.VirtualScreen.ch;
import static dev.vigil.ui.VirtualScreen.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "TERM, then KILL after N s" from the menu: the countdown in the status line, KILL from the
 * sampler thread's tick after the grace period, and Esc cancelling. A fake clock drives time.
 */
class EscalationKeysTest {
    @TempDir
    Path dir;

    private ActionRig escalate(ActionRig rig) {
        Session s = rig.session;
        s.accept(new FakeSampler(0).sample());
        s.handleKey(key(KeyType.F9));
        s.handleKey(ch('e'));
        s.handleKey(key(KeyType.Enter));
        assertInstanceOf(ConfirmOverlay.class, s.overlays().top(), "an escalation may end in KILL: asked first");
        assertTrue(((ConfirmOverlay) s.overlays().top()).question().contains("ends with KILL for any still alive after"));
        s.handleKey(ch('y'));
        assertEquals(List.of("TERM 1200"), rig.kernel.sent);
        return rig;
    }

    @Test
    void theStatusLineCountsDownAndEscCancelsWithoutKill() throws Exception {
        ActionRig rig = escalate(new ActionRig(dir));
        Session s = rig.session;
        assertEquals("sent TERM to PID 1200 (java); KILL in 5 s if still alive", s.statusLine().text());
        rig.controls.awaitAndDrain(); // the escalation thread's half-second tick
        assertEquals("escalating: PID 1200 still alive after TERM, KILL in 5 s — Esc cancels", s.statusLine().text());
        rig.clock.addAndGet(2100);
        rig.controls.awaitAndDrain();
        assertEquals("escalating: PID 1200 still alive after TERM, KILL in 3 s — Esc cancels", s.statusLine().text());
        VirtualScreen v = new VirtualScreen(120, 40);
        v.paint(s);
        assertTrue(v.lines().get(38).startsWith("escalating: PID 1200 still alive after TERM, KILL in 3 s — Esc cancels"),
                v.lines().get(38));

        s.handleKey(key(KeyType.Escape));
        assertEquals("escalation cancelled: PID 1200 still alive, no KILL sent", s.statusLine().text());
        rig.clock.addAndGet(10_000);
        rig.sampled(new FakeSampler(0).sample());
        Thread.sleep(3 * dev.vigil.app.EscalationWatch.TICK_MILLIS);
        rig.controls.drain();
        assertEquals(List.of("TERM 1200"), rig.kernel.sent, "no KILL after cancelling");
        s.handleKey(key(KeyType.Escape));
        assertEquals(null, s.statusLine().text(), "Esc with nothing waiting clears the status line");
    }

    @Test
    void afterTheGraceTheSamplerTickSendsKillToOneStillAlive() throws Exception {
        Files.writeString(dir.resolve("vigil.conf"), "escalate_grace=2s\n");
        ActionRig rig = escalate(new ActionRig(dir));
        rig.clock.addAndGet(1000);
        rig.sampled(new FakeSampler(0).sample());
        assertEquals(List.of("TERM 1200"), rig.kernel.sent, "not before the grace is over");
        rig.clock.addAndGet(1000);
        rig.sampled(new FakeSampler(0).sample()); // as the sampler thread does after a refresh
        assertEquals(List.of("TERM 1200", "KILL 1200"), rig.kernel.sent);
        rig.controls.drain();
        String line = "escalation: PID 1200 still alive 2 s after TERM; sent KILL to PID 1200 (java)";
        assertEquals(line, rig.session.statusLine().text());
        assertEquals(line, rig.log.last().line());
        assertFalse(rig.control.actions().escalating());
    }

    @Test
    void theCountdownIsPlainAsciiOnAnAsciiScreen() throws Exception {
        ActionRig rig = escalate(new ActionRig(dir, java.util.Map.of("LANG", "C", "TERM", "vt100"), VirtualScreen.options()));
        rig.controls.awaitAndDrain();
        assertEquals("escalating: PID 1200 still alive after TERM, KILL in 5 s - Esc cancels", rig.session.statusLine().text());
        rig.session.handleKey(key(KeyType.Escape));
    }

    @Test
    void noKillForOneThatExitedOnTerm() throws Exception {
        ActionRig rig = escalate(new ActionRig(dir));
        rig.kernel.gone.add(1200);
        rig.sampled(new FakeSampler(0).sample());
        rig.controls.drain();
        assertEquals("escalation: PID 1200 exited after TERM; no KILL needed", rig.session.statusLine().text());
        assertEquals(List.of("TERM 1200"), rig.kernel.sent);
    }
}
