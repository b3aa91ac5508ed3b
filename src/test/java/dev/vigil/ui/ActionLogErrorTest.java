package dev.vigil.ui;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.vigil.ui.VirtualScreen.key;
import static dev.vigil.ui.VirtualScreen.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An action log file that cannot be written is said once in the status line, as the alert log's. */
class ActionLogErrorTest {
    @TempDir
    Path dir;

    @Test
    void theFirstWriteFailureIsSaidOnceWithTheResult() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "not a directory");
        ActionRig rig = new ActionRig(dir, VirtualScreen.utf8Env(), VirtualScreen.options(),
                blocker.resolve("vigil/actions.log"));
        Session s = rig.session;
        s.accept(new FakeSampler(0).sample());
        for (int round = 0; round < 2; round++) {
            s.handleKey(key(KeyType.F9));
            type(s, "19");
            s.handleKey(key(KeyType.Enter));
        }
        assertEquals(List.of("STOP 1200", "STOP 1200"), rig.kernel.sent);
        assertEquals("sent STOP to PID 1200 (java)", s.statusLine().text(), "said once only");
        assertFalse(s.statusLine().error());

        ActionRig first = new ActionRig(dir.resolve("b"), VirtualScreen.utf8Env(), VirtualScreen.options(),
                blocker.resolve("vigil/actions.log"));
        first.session.accept(new FakeSampler(0).sample());
        first.session.handleKey(key(KeyType.F9));
        type(first.session, "19");
        first.session.handleKey(key(KeyType.Enter));
        String t = first.session.statusLine().text();
        assertTrue(t.startsWith("sent STOP to PID 1200 (java); action log: cannot write " + blocker.resolve("vigil/actions.log")), t);
        assertTrue(first.session.statusLine().error(), "in the error style");
    }
}
