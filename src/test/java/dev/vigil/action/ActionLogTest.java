package dev.vigil.action;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActionLogTest {
    @Test
    void defaultFileFollowsXdg() {
        assertEquals(Path.of("/s/vigil/actions.log"), ActionLog.defaultFile(Map.of("XDG_STATE_HOME", "/s", "HOME", "/h")));
        assertEquals(Path.of("/h/.local/state/vigil/actions.log"), ActionLog.defaultFile(Map.of("HOME", "/h")));
        assertEquals(Path.of("/h/.local/state/vigil/actions.log"),
                ActionLog.defaultFile(Map.of("XDG_STATE_HOME", "", "HOME", "/h")));
        assertEquals(Path.of("/h/.local/state/vigil/actions.log"),
                ActionLog.defaultFile(Map.of("XDG_STATE_HOME", "relative/dir", "HOME", "/h")), "relative is ignored");
    }

    @Test
    void appendsTimestampedLinesAndKeepsTheLastFewInMemory(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("state/vigil/actions.log");
        ActionLog log = new ActionLog(f, 2);
        log.add(0, "sent STOP to 3 processes");
        log.add(1000, "line\nwith newline");
        log.add(2000, "third");
        List<String> lines = Files.readAllLines(f);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).endsWith(" sent STOP to 3 processes"), lines.get(0));
        assertTrue(lines.get(0).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d([+-]\\d\\d:\\d\\d|Z) .*"), lines.get(0));
        assertTrue(lines.get(1).endsWith(" line\\nwith newline"), "one line per entry: " + lines.get(1));
        assertEquals(List.of("line\nwith newline", "third"), log.recent().stream().map(ActionLog.Entry::line).toList(),
                "kept as it is in memory: the screen escapes what it draws");
        assertEquals("1970-01-01T00:00:02Z third", log.last().format(ZoneOffset.UTC));
        assertNull(log.fileError());
    }

    @Test
    void anUnwritableFileNeverStopsLogging(@TempDir Path dir) throws IOException {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file where a directory should be");
        ActionLog log = new ActionLog(blocker.resolve("vigil/actions.log"), 10);
        log.add("sent TERM to PID 1");
        assertEquals(1, log.recent().size());
        assertNotNull(log.fileError());
    }
}
