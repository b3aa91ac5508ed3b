package dev.vigil.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Runs the packaged target/vigil.jar (or the launcher) in a subprocess, for the *IT tests. */
final class RealJar {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path JAR = ROOT.resolve("target/vigil.jar");
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    record Result(int status, String out, String err, long millis) {
    }

    private RealJar() {
    }

    static List<String> java(String... args) {
        assertTrue(Files.isRegularFile(JAR), "run after package: " + JAR);
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar",
                JAR.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Runs cmd with stdin from /dev/null; kills it (and fails) after timeoutSeconds. */
    static Result run(List<String> cmd, Path cwd, int timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("vigil-it", ".out");
        Path err = Files.createTempFile("vigil-it", ".err");
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).directory(cwd.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try {
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) fail("timed out: " + cmd);
            } finally {
                p.destroyForcibly();
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), (System.nanoTime() - t0) / 1_000_000);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static Result run(String... args) throws IOException, InterruptedException {
        return run(java(args), ROOT, 60);
    }

    /** Quotes s for bash. */
    static String sh(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
