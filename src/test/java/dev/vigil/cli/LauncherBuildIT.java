package dev.vigil.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first ./vigil on a fresh clone builds the jar and says only that on stderr: Maven's own
 * output (with the colour resets Debian's Maven writes even in batch mode) is shown only when the
 * build fails, without escape codes. A stand-in mvn on PATH plays Maven here.
 */
class LauncherBuildIT {
    @TempDir
    Path dir;

    private RealJar.Result firstRun(String mvnBody) throws Exception {
        Path clone = Files.createDirectories(dir.resolve("clone"));
        Files.copy(RealJar.ROOT.resolve("vigil"), clone.resolve("vigil"));
        Files.copy(RealJar.ROOT.resolve("pom.xml"), clone.resolve("pom.xml"));
        Files.createDirectories(clone.resolve("src/main/java"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\n" + mvnBody.replace("JAR", RealJar.sh(RealJar.JAR.toString())));
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        String script = "PATH=" + RealJar.sh(bin.toString()) + ":$PATH exec " + RealJar.sh(clone.resolve("vigil").toString())
                + " --version";
        return RealJar.run(List.of("bash", "-c", script), dir, 120);
    }

    @Test
    void aQuietBuildWritesNoEscapeCodes() throws Exception {
        RealJar.Result r = firstRun("printf '\\033[0m\\033[0m'; printf '\\033[0m\\033[0m' >&2\n"
                + "mkdir -p target && cp JAR target/vigil.jar\n");
        assertEquals(0, r.status(), r.err());
        assertEquals("vigil: building target/vigil.jar ...\n", r.err());
        assertTrue(r.out().startsWith("vigil "), r.out());
        assertFalse(r.out().contains("\033"), r.out());
    }

    @Test
    void aFailedBuildShowsMavensWordsWithoutEscapeCodes() throws Exception {
        RealJar.Result r = firstRun("printf '\\033[1;31m[ERROR]\\033[m COMPILATION ERROR\\n'; printf '\\033[0m' >&2; exit 1\n");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("[ERROR] COMPILATION ERROR\n"), r.err());
        assertTrue(r.err().endsWith("vigil: the build failed (see above)\n"), r.err());
        assertFalse(r.err().contains("\033"), r.err());
    }
}
