package dev.vigil.detail;

import dev.vigil.sample.ProcessSample;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The detail of a recorded sample: what was recorded, "not recorded" for the rest, recorded sparklines. */
class RecordedLinesTest {
    static final long AT = 1_764_558_135_000L; // 2025-12-01 03:02:15 UTC

    static ProcessSample busy(double ioRead) {
        return new ProcessSample(4242, 4242, 100, 1000, "alice", 'R', 5, 25, 3, 300L << 20, 900L << 20, 97.5, 3.75,
                125.5, 4_000_000, AT - 3_600_000, "loop", "sh -c while :; do :; done", ioRead, ioRead, false, 0);
    }

    static String text(List<Line> lines) {
        return String.join("\n", DetailLines.plain(lines));
    }

    @Test
    void showsTheRecordedFieldsAsTheyWereThen() {
        History.Series h = new History.Series(new double[]{10, 50, 97.5}, new long[]{100L << 20, 200L << 20, 300L << 20},
                AT - 10_000, AT);
        String t = text(RecordedLines.render(busy(2048), AT, AT + 720_000, h, "bash", 100, true, ZoneOffset.UTC));
        assertTrue(t.contains("Taken             2025-12-01 03:02:15 (12m ago)"), t);
        assertTrue(t.contains("PID               4242"), t);
        assertTrue(t.contains("Command           sh -c while :; do :; done"), t);
        assertTrue(t.contains("User              alice (uid 1000, real uid 0)"), t);
        assertTrue(t.contains("Started           2025-12-01 02:02:15 (1h00m before the sample)"), t);
        assertTrue(t.contains("Parent            100 (bash)"), t);
        assertTrue(t.contains("State             R  running"), t);
        assertTrue(t.contains("Nice              5, priority 25"), t);
        assertTrue(t.contains("CPU               97.5%, CPU time 2m05s"), t);
        assertTrue(t.contains("Memory            RSS 300M, virtual 900M, 3.8% of memory"), t);
        assertTrue(t.contains("Rates             read 2K/s, write 2K/s"), t);
        assertTrue(t.contains("CPU %             "), t);
        assertTrue(t.contains("now 97.5%, max 97.5%"), t);
        assertTrue(t.contains("Span              10s, 3 samples"), t);
    }

    @Test
    void whatWasNotRecordedSaysSoAndNothingIsReadLive() {
        String t = text(RecordedLines.render(busy(Double.NaN), AT, AT, null, null, 100, false, ZoneOffset.UTC));
        for (String f : List.of("Exe", "Cwd", "Group", "Session", "Switches", "Rates", "Open files", "Sockets", "Limits",
                "Cgroup", "Namespaces", "Signals", "Environment", "History")) {
            assertTrue(t.contains(Line.pad(f) + RecordedLines.NOT_RECORDED), f + ":\n" + t);
        }
        assertTrue(t.contains("Parent            100\n"), t);
        assertEquals(1, t.split("\nHistory\n", -1).length - 1, "one History section:\n" + t);
    }
}
