package dev.vigil.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs groff on a man page, as {@code man} would: its warnings, and the page as plain text. */
final class Groff {
    record Result(int status, String out, String err) {
    }

    private Groff() {
    }

    /** groff -man -Tutf8 -ww with extra args; the page is read from a file. */
    static Result run(Path page, String... extra) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("groff", "-man", "-Tutf8", "-ww"));
        cmd.addAll(List.of(extra));
        cmd.add(page.toString());
        Path out = Files.createTempFile("vigil-groff", ".out");
        Path err = Files.createTempFile("vigil-groff", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "groff timed out");
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The page as plain text (no bold or underline), every run of blanks and newlines one space. */
    static String flatText(Path page) throws IOException, InterruptedException {
        Result r = run(page, "-P-cbou", "-rLL=200n");
        assertTrue(r.status() == 0 && r.err().isEmpty(), "groff: " + r.err());
        return r.out().replaceAll("\\s+", " ");
    }
}
