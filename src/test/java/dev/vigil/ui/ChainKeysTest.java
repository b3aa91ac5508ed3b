package dev.vigil.ui;

import com.googlecode.lanterna.input.KeyType;
import dev.vigil.action.EscalationChain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.vigil.ui.VirtualScreen.ch;
import static dev.vigil.ui.VirtualScreen.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The escalate= chain from the config: in the menu, step by step in the status line, and refused when bad. */
class ChainKeysTest {
    @TempDir
    Path dir;

    @Test
    void theConfiguredChainRunsStepByStepAndNamesItsStep() throws Exception {
        Files.writeString(dir.resolve("vigil.conf"), "escalate=TERM 2s, QUIT 3s, KILL\n");
        ActionRig rig = new ActionRig(dir);
        Session s = rig.session;
        s.accept(new FakeSampler(0).sample());
        s.handleKey(key(KeyType.F9));
        VirtualScreen v = new VirtualScreen(100, 40);
        v.paint(s);
        String menu = v.text();
        assertTrue(menu.contains("  e TERM, then QUIT after 2 s, then KILL after 3 s"), menu);
        assertTrue(menu.contains("  E TERM, then QUIT after 2 s, then KILL after 2 s"), menu);
        s.handleKey(ch('e'));
        s.handleKey(key(KeyType.Enter));
        s.handleKey(ch('y'));
        assertEquals("sent TERM to PID 1200 (java); QUIT in 2 s if still alive, then KILL after 3 s", s.statusLine().text());
        rig.controls.awaitAndDrain();
        assertEquals("escalating: PID 1200 still alive after TERM (step 1 of 3), QUIT in 2 s — Esc cancels",
                s.statusLine().text());
        rig.clock.addAndGet(2000);
        rig.sampled(new FakeSampler(0).sample());
        rig.controls.awaitAndDrain();
        assertEquals(List.of("TERM 1200", "QUIT 1200"), rig.kernel.sent);
        assertEquals("escalating: PID 1200 still alive after QUIT (step 2 of 3), KILL in 3 s — Esc cancels",
                s.statusLine().text());
        s.handleKey(key(KeyType.Escape));
        assertEquals("escalation cancelled: PID 1200 still alive, no KILL sent", s.statusLine().text());
        rig.clock.addAndGet(10_000);
        rig.sampled(new FakeSampler(0).sample());
        rig.controls.drain();
        assertEquals(List.of("TERM 1200", "QUIT 1200"), rig.kernel.sent, "nothing after Esc");
    }

    @Test
    void aBadChainIsRefusedWithItsLineTheDefaultHoldsAndTheFileIsLeftAlone() throws Exception {
        String text = "# mine\ntree=true\nescalate=TERM 5s, KILL, QUIT\n";
        Path conf = dir.resolve("vigil.conf");
        Files.writeString(conf, text);
        ActionRig rig = new ActionRig(dir);
        Session s = rig.session;
        assertTrue(s.statusLine().error());
        assertEquals("config " + conf + " line 3: escalate=TERM 5s, KILL, QUIT: QUIT comes after KILL, which ends"
                + " the process; using TERM 5s, KILL and leaving the file alone", s.statusLine().text());
        assertEquals(EscalationChain.DEFAULT, rig.control.actions().chain());
        assertTrue(s.view().tree(), "the file's other settings still apply");
        s.view().setTree(false);
        assertFalse(s.prefs().save(), "not written");
        assertEquals(text, Files.readString(conf));
    }

    @Test
    void withoutAChainTheGracePeriodMakesTheDefault() throws Exception {
        Files.writeString(dir.resolve("vigil.conf"), "escalate_grace=3s\n");
        assertEquals(EscalationChain.termThenKill(3000), new ActionRig(dir).control.actions().chain());
    }
}
