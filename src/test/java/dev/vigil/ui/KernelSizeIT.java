package dev.vigil.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window size comes from the kernel, at start and at each SIGWINCH, on a terminal that never
 * answers the cursor-position query: {@code script} gives vigil a pty whose size we set, and
 * nobody answers on the other side. Lanterna alone drew 80x24 there, after waiting 10 s.
 */
class KernelSizeIT {
    @TempDir
    Path dir;

    private static String waitFor(Path file, Predicate<String> cond, String what) throws Exception {
        long end = System.currentTimeMillis() + 90_000;
        String last = "";
        while (System.currentTimeMillis() < end) {
            last = Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
            if (cond.test(last)) return last;
            Thread.sleep(200);
        }
        throw new AssertionError("timed out waiting for " + what + "; output ends:\n"
                + last.substring(Math.max(0, last.length() - 2000)));
    }

    @Test
    void sizeFromTheKernelAtStartAndOnSigwinch() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Tmux.available(), "runs beside the tmux tests");
        assertTrue(Files.isRegularFile(Tmux.JAR), "run after package");
        Path out = dir.resolve("typescript");
        String cmd = "stty rows 30 cols 100; exec " + Tmux.vigilCommand("-d", "5");
        ProcessBuilder pb = new ProcessBuilder("script", "-qfec", cmd, out.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true);
        List<String> env = new ArrayList<>(Tmux.utf8Env(dir));
        for (String e : env) pb.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
        Process script = pb.start();
        try (OutputStream keys = script.getOutputStream()) {
            waitFor(out, t -> t.contains("PID USER"), "the first frame");
            waitFor(out, t -> t.contains("\033[30;"), "drawing on row 30 of 30");

            ProcessHandle vigil = vigilUnder(script.toHandle());
            String tty = Files.readSymbolicLink(Path.of("/proc", Long.toString(vigil.pid()), "fd", "0")).toString();
            // Resizing the pty (ours, made by script for this test) sends SIGWINCH to vigil.
            new ProcessBuilder("stty", "-F", tty, "rows", "40", "cols", "120").inheritIO().start().waitFor();
            waitFor(out, t -> t.contains("\033[40;"), "drawing on row 40 after SIGWINCH");

            keys.write('q');
            keys.flush();
            assertTrue(script.waitFor(60, TimeUnit.SECONDS), "vigil quit");
        } finally {
            script.descendants().forEach(ProcessHandle::destroyForcibly);
            script.destroyForcibly();
            script.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The java process script started (its shell exec'd into it). */
    private static ProcessHandle vigilUnder(ProcessHandle script) throws Exception {
        long end = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < end) {
            Optional<ProcessHandle> java = script.descendants()
                    .filter(h -> h.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst();
            if (java.isPresent()) return java.get();
            Thread.sleep(100);
        }
        throw new AssertionError("no java under script");
    }
}
