package dev.vigil.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A command line with a right-to-left override (U+202E) reaches batch text and --detail escaped,
 * as the monitor shows it: {@code \\u{202e}}, never the raw character that reorders the line.
 */
class BidiBatchIT {
    private Process child;

    @AfterEach
    void end() throws InterruptedException {
        if (child != null) {
            child.destroyForcibly();
            child.waitFor();
        }
    }

    @Test
    void textAndDetailEscapeBidiControls() throws Exception {
        child = new ProcessBuilder("bash", "-c", "exec -a $'evil\\u202egnp.sh' sleep 120")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        Path cmdline = Path.of("/proc", Long.toString(child.pid()), "cmdline");
        for (int i = 0; !Files.readString(cmdline, StandardCharsets.ISO_8859_1).startsWith("evil"); i++) {
            if (i > 400) fail("exec -a did not take");
            Thread.sleep(50);
        }
        for (String[] extra : new String[][]{{}, {"--detail"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--batch", "-d", "2", "-p",
                    Long.toString(child.pid())), java.util.stream.Stream.of(extra)).toArray(String[]::new);
            RealJar.Result r = RealJar.run(args);
            assertEquals(0, r.status(), r.err());
            assertFalse(r.out().contains("\u202e"), "raw U+202E in: " + r.out());
            assertTrue(r.out().contains("evil\\u{202e}gnp.sh 120"), r.out());
        }
    }
}
