package dev.vigil;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the arrows of the design true by reading every main source file's imports:
 * only sample imports OSHI, only action imports jnr, only ui imports Lanterna, and data flows
 * sample → model → ui with actions going down through action.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/dev/vigil");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** Package → prefixes its files must never import. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "json", List.of("dev.vigil.", "oshi.", "jnr.", "com.googlecode.lanterna"),
            "sample", List.of("dev.vigil.model", "dev.vigil.ui", "dev.vigil.action", "dev.vigil.alert",
                    "dev.vigil.cli", "dev.vigil.detail", "jnr.", "com.googlecode.lanterna", "io.prometheus."),
            "model", List.of("dev.vigil.ui", "dev.vigil.action", "dev.vigil.alert", "dev.vigil.cli",
                    "oshi.", "jnr.", "com.googlecode.lanterna", "io.prometheus."),
            "alert", List.of("dev.vigil.ui", "dev.vigil.action", "dev.vigil.cli", "oshi.", "jnr.",
                    "com.googlecode.lanterna"),
            "action", List.of("dev.vigil.ui", "dev.vigil.alert", "dev.vigil.cli", "oshi.",
                    "com.googlecode.lanterna"),
            "detail", List.of("dev.vigil.ui", "dev.vigil.action", "dev.vigil.alert", "dev.vigil.cli",
                    "oshi.", "jnr.", "com.googlecode.lanterna"),
            "app", List.of("dev.vigil.ui", "dev.vigil.cli", "dev.vigil.export", "oshi.", "jnr.",
                    "com.googlecode.lanterna", "io.prometheus."),
            "ui", List.of("dev.vigil.cli", "dev.vigil.export", "oshi.", "jnr.", "io.prometheus."),
            "cli", List.of("oshi.", "jnr.", "io.prometheus."),
            "export", List.of("dev.vigil.ui", "dev.vigil.cli", "dev.vigil.action", "oshi.", "jnr.",
                    "com.googlecode.lanterna"));

    @Test
    void importsFollowTheLayers() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(MAIN)) {
            for (Path f : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".java"))::iterator) {
                files++;
                String pkg = MAIN.relativize(f).getName(0).toString();
                List<String> banned = FORBIDDEN.get(pkg);
                assertTrue(banned != null || !Files.isDirectory(MAIN.resolve(pkg)),
                        "package " + pkg + " has no layer rule in ArchitectureTest");
                if (banned == null) continue;
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    for (String b : banned) {
                        if (m.group(1).startsWith(b)) violations.add(f + " imports " + m.group(1));
                    }
                }
            }
        }
        assertTrue(files > 5, "found too few sources: " + files);
        assertEquals(List.of(), violations);
    }

    @Test
    void theRuleItselfCatchesAViolation() {
        Matcher m = IMPORT.matcher("package x;\nimport oshi.SystemInfo;\nimport static jnr.posix.Foo.bar;\n");
        List<String> got = new ArrayList<>();
        while (m.find()) got.add(m.group(1));
        assertEquals(List.of("oshi.SystemInfo", "jnr.posix.Foo.bar"), got);
    }
}
