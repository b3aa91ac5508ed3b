package dev.vigil.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** install and uninstall on a temporary prefix: exactly what the manifest says, never a stranger's file. */
class InstallerTest {
    @TempDir
    Path tmp;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    Path launcher() throws Exception {
        Path l = tmp.resolve("checkout/vigil");
        Files.createDirectories(l.getParent());
        Files.writeString(l, "#!/bin/sh\necho launcher\n");
        l.toFile().setExecutable(true);
        return l;
    }

    Map<String, String> files(String v) {
        return Installer.files("man " + v, "bash " + v, "zsh " + v);
    }

    int install(Path prefix, Path launcher, String v) throws Exception {
        return new Installer(prefix, ps(out)).install(launcher, files(v), ps(err));
    }

    int uninstall(Path prefix) throws Exception {
        return new Installer(prefix, ps(out)).uninstall(ps(err));
    }

    static PrintStream ps(ByteArrayOutputStream b) {
        return new PrintStream(b, true, StandardCharsets.UTF_8);
    }

    static List<String> tree(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void roundTripLeavesTheEmptyPrefixEmpty() throws Exception {
        Path prefix = Files.createDirectories(tmp.resolve("prefix"));
        Path l = launcher();
        assertEquals(0, install(prefix, l, "1"), err.toString());
        assertEquals(l, Files.readSymbolicLink(prefix.resolve("bin/vigil")));
        assertEquals("man 1", Files.readString(prefix.resolve("share/man/man1/vigil.1")));
        assertEquals("bash 1", Files.readString(prefix.resolve("share/bash-completion/completions/vigil")));
        assertEquals("zsh 1", Files.readString(prefix.resolve("share/zsh/site-functions/_vigil")));
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("linked " + prefix.resolve("bin/vigil") + " -> " + l), said);
        assertTrue(said.contains("wrote " + prefix.resolve("share/man/man1/vigil.1")), said);

        out.reset();
        assertEquals(0, install(prefix, l, "2"), "again: updates its own files");
        assertEquals("man 2", Files.readString(prefix.resolve("share/man/man1/vigil.1")));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("updated " + prefix.resolve("share/man/man1/vigil.1")));

        out.reset();
        assertEquals(0, uninstall(prefix), err.toString());
        assertEquals(List.of(), tree(prefix), out.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("removed " + prefix.resolve("bin/vigil")));
        assertEquals(1, uninstall(prefix), "nothing left to uninstall");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("nothing to uninstall"), err.toString());
    }

    @Test
    void aFileVigilDidNotPutThereStopsTheInstallBeforeAnythingIsWritten() throws Exception {
        Path prefix = tmp.resolve("prefix");
        Files.createDirectories(prefix.resolve("share/man/man1"));
        Files.writeString(prefix.resolve("share/man/man1/vigil.1"), "someone else's page");
        assertEquals(1, install(prefix, launcher(), "1"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(prefix.resolve("share/man/man1/vigil.1")
                + " exists and vigil did not put it there"), err.toString());
        assertEquals("someone else's page", Files.readString(prefix.resolve("share/man/man1/vigil.1")));
        assertEquals(List.of("share", "share/man", "share/man/man1", "share/man/man1/vigil.1"), tree(prefix));
    }

    @Test
    void filesChangedSinceAndStrangersAreLeftByUninstall() throws Exception {
        Path prefix = tmp.resolve("prefix");
        assertEquals(0, install(prefix, launcher(), "1"));
        Files.writeString(prefix.resolve("share/zsh/site-functions/_vigil"), "edited by hand");
        Files.writeString(prefix.resolve("bin/other-tool"), "not vigil's");
        out.reset();
        assertEquals(1, install(prefix, launcher(), "2"), "a changed file is not overwritten either");
        assertEquals(0, uninstall(prefix));
        assertEquals(List.of("bin", "bin/other-tool", "share", "share/zsh", "share/zsh/site-functions",
                "share/zsh/site-functions/_vigil"), tree(prefix));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("left " + prefix.resolve("share/zsh/site-functions/_vigil")
                + ": it was changed since vigil installed it"), out.toString());
        assertFalse(Files.exists(prefix.resolve(InstallManifest.PATH)));
    }

    @Test
    void aManifestNamingAnythingOutsideThePrefixIsRefused() throws Exception {
        Path prefix = tmp.resolve("prefix");
        Files.createDirectories(prefix.resolve("share/vigil"));
        Path victim = Files.writeString(tmp.resolve("victim"), "keep");
        Files.writeString(prefix.resolve(InstallManifest.PATH), "link ../victim\n");
        assertThrows(java.io.IOException.class, () -> uninstall(prefix));
        Files.writeString(prefix.resolve(InstallManifest.PATH), "link " + victim + "\n");
        assertThrows(java.io.IOException.class, () -> uninstall(prefix));
        assertEquals("keep", Files.readString(victim));
    }
}
