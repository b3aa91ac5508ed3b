package dev.vigil.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `vigil --batch ... | head -1` ends at once, with status 0 and nothing on stderr. */
class ClosedPipeIT {
    static void endsQuietly(String mode) throws Exception {
        StringBuilder cmd = new StringBuilder();
        for (String a : RealJar.java(mode, "-n", "100", "-d", "1")) cmd.append(RealJar.sh(a)).append(' ');
        // 100 snapshots 0.1 s apart would take 10 s if the closed pipe went unnoticed.
        String script = cmd + "| head -1; echo \"status=${PIPESTATUS[0]}\" >&2";
        RealJar.Result r = RealJar.run(List.of("bash", "-c", script), RealJar.ROOT, 60);
        assertEquals(1, r.out().split("\n").length, r.out());
        assertTrue(r.out().startsWith(mode.equals("--json") ? "{\"timestamp\":" : "vigil - "), r.out());
        assertEquals("status=0\n", r.err(), "exit 0 and no stack trace");
        assertTrue(r.millis() < 6000, "stopped early: " + r.millis() + " ms");
    }

    @Test
    void textBatchIntoHead() throws Exception {
        endsQuietly("--batch");
    }

    @Test
    void jsonIntoHead() throws Exception {
        endsQuietly("--json");
    }
}
