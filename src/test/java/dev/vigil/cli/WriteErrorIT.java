package dev.vigil.cli;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Batch output that cannot be written (here /dev/full, as a full disk) is an error: exit 1 with
 * one line naming it. Only a reader that went away ({@link ClosedPipeIT}) ends quietly.
 */
class WriteErrorIT {
    static void failsLoudly(String mode) throws Exception {
        Path err = Files.createTempFile("vigil-it", ".err");
        try {
            Process p = new ProcessBuilder(RealJar.java(mode, "-n", "3", "-d", "1"))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(new File("/dev/full")).redirectError(err.toFile()).start();
            try {
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ended");
            } finally {
                p.destroyForcibly();
            }
            String text = Files.readString(err, StandardCharsets.UTF_8);
            assertEquals(1, p.exitValue(), text);
            assertEquals(1, text.split("\n").length, "one line: " + text);
            assertTrue(text.startsWith("vigil: cannot write the output: ") && text.contains("No space left on device"), text);
        } finally {
            Files.deleteIfExists(err);
        }
    }

    @Test
    void textBatchIntoAFullDevice() throws Exception {
        failsLoudly("--batch");
    }

    @Test
    void jsonIntoAFullDevice() throws Exception {
        failsLoudly("--json");
    }
}
