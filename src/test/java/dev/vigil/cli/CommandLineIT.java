package dev.vigil.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged jar and the ./vigil launcher: version, help, bad options, arguments passed whole. */
class CommandLineIT {
    @Test
    void versionComesFromTheManifestAndNamesTheCommit() throws Exception {
        RealJar.Result r = RealJar.run("--version");
        assertEquals(0, r.status());
        assertTrue(r.out().matches("vigil \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\((git [0-9A-Za-z._-]+|built outside git)\\)\\n"), r.out());
        Process git = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD").directory(RealJar.ROOT.toFile())
                .redirectErrorStream(true).start();
        String head = new String(git.getInputStream().readAllBytes()).strip();
        // The jar was built by this run from this checkout: it names HEAD, or says there was no git.
        if (git.waitFor() == 0) {
            assertTrue(r.out().contains(" (git ") && r.out().contains(head), "HEAD is " + head + ": " + r.out());
        } else {
            assertTrue(r.out().endsWith(" (built outside git)\n"), r.out());
        }
    }

    @Test
    void badOptionIsTwoLinesAndExit2() throws Exception {
        RealJar.Result r = RealJar.run("--sort", "nope");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        String[] lines = r.err().split("\n");
        assertEquals(2, lines.length, r.err());
        assertTrue(lines[0].startsWith("vigil: --sort: unknown column 'nope'"), r.err());
        assertEquals(Main.USAGE_LINE, lines[1]);
    }

    @Test
    void launcherWorksFromAnyDirectoryAndPassesArgumentsWhole() throws Exception {
        String launcher = RealJar.ROOT.resolve("vigil").toString();
        RealJar.Result v = RealJar.run(List.of(launcher, "--version"), Path.of("/"), 300);
        assertEquals(0, v.status(), v.err());
        assertTrue(v.out().startsWith("vigil "), v.out());
        // One argument with spaces and a quote must reach the parser as one argument.
        RealJar.Result bad = RealJar.run(List.of(launcher, "--batch", "--filter", "a b \"c"), Path.of("/"), 300);
        assertEquals(2, bad.status(), bad.err());
        assertTrue(bad.err().startsWith("vigil: --filter 'a b \"c': unclosed quote (at column 5)"), bad.err());
    }

    @Test
    void launcherStartsWithTheClassDataArchiveTheBuildMade() throws Exception {
        // The archive is valid only for the jar's exact size and time; a stale one would be
        // dropped silently by the JVM (with the JDK's own), so check that classes come from it.
        RealJar.Result r = RealJar.run(List.of("env", "VIGIL_JAVA_OPTS=-Xlog:class+load=info:stderr",
                RealJar.ROOT.resolve("vigil").toString(), "--version"), Path.of("/"), 300);
        assertEquals(0, r.status(), r.err());
        for (String c : List.of("java.lang.Object", "picocli.CommandLine", "dev.vigil.cli.Main")) {
            assertTrue(r.err().contains(" " + c + " source: shared objects file"), c + " from the archive:\n"
                    + r.err().lines().filter(l -> l.contains(" " + c + " ")).findFirst().orElse("(not loaded)"));
        }
    }

    @Test
    void helpListsTheOptions() throws Exception {
        RealJar.Result r = RealJar.run("--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("--iterations"), r.out());
        assertFalse(r.out().contains("\u001b["), "no ANSI codes when not a terminal");
    }
}
