package dev.vigil.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Where this vigil was built from and where it runs from, as the jar says: the {@code
 * Build-Source} manifest entry the build writes ("git" and {@code git describe}, or "built
 * outside git"), the version --version prints, and the checkout around target/vigil.jar (or
 * target/classes).
 */
final class BuildInfo {
    private BuildInfo() {
    }

    /** The jar or classes directory this class was loaded from, or null. */
    static Path codeSource() {
        try {
            var cs = BuildInfo.class.getProtectionDomain().getCodeSource();
            return cs == null ? null : Path.of(cs.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    /** The manifest's Build-Source ("git 04edee7c1a2b", "built outside git"), or null when not run from the jar. */
    static String source() {
        Path jar = codeSource();
        if (jar == null || !Files.isRegularFile(jar)) return null;
        try (JarFile j = new JarFile(jar.toFile())) {
            Manifest m = j.getManifest();
            return m == null ? null : m.getMainAttributes().getValue("Build-Source");
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The ./vigil launcher of the checkout this runs from (beside target/), or null when there is none. */
    static Path launcher() {
        Path cs = codeSource();
        if (cs == null || cs.getParent() == null || cs.getParent().getParent() == null) return null;
        Path l = cs.getParent().getParent().resolve("vigil");
        return Files.isRegularFile(l) && Files.isExecutable(l) ? l : null;
    }

    /**
     * What --version says: the jar manifest's Implementation-Version and what it was built from
     * ("0.1.0 (git 04edee7c1a2b)", "0.1.0 (built outside git)"), or "dev" when run from classes.
     */
    static String version() {
        String v = plainVersion();
        String source = source();
        return source == null || v.equals("dev") ? v : v + " (" + source + ")";
    }

    /** The jar manifest's Implementation-Version, or "dev" when run from classes. */
    static String plainVersion() {
        String v = BuildInfo.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }
}
