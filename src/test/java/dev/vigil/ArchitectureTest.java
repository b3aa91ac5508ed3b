package dev.vigil;

import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the arrows of the design true by reading what every compiled main class refers to (its
 * constant pool: classes, field and method descriptors, signatures), not its import lines, which
 * a name written out in full escapes. Only sample uses OSHI, only action jnr, only ui Lanterna,
 * only export the Prometheus client;
 * nothing outside ui and cli refers to ui; app refers to neither ui nor cli; data flows
 * sample → model → app → front-ends, with actions going down through action.
 */
class ArchitectureTest {
    private static final Path CLASSES = Path.of("target/classes/dev/vigil");

    private static final String UI = "dev/vigil/ui/";
    private static final String CLI = "dev/vigil/cli/";
    private static final String APP = "dev/vigil/app/";
    private static final String OSHI = "oshi/";
    private static final String JNR = "jnr/";
    private static final String LANTERNA = "com/googlecode/lanterna/";
    private static final String PROMETHEUS = "io/prometheus/";
    private static final List<String> FRONT = List.of(UI, CLI, APP, "dev/vigil/export/", "dev/vigil/history/");

    /** Package → prefixes (internal names) its classes must never refer to. */
    private static final Map<String, List<String>> FORBIDDEN = Map.ofEntries(
            Map.entry("json", plus(FRONT, "dev/vigil/sample/", "dev/vigil/model/", "dev/vigil/action/",
                    "dev/vigil/alert/", "dev/vigil/detail/", OSHI, JNR, LANTERNA, PROMETHEUS)),
            Map.entry("sample", plus(FRONT, "dev/vigil/model/", "dev/vigil/action/", "dev/vigil/alert/",
                    "dev/vigil/detail/", JNR, LANTERNA, PROMETHEUS)),
            Map.entry("model", plus(FRONT, "dev/vigil/action/", "dev/vigil/alert/", OSHI, JNR, LANTERNA, PROMETHEUS)),
            Map.entry("alert", plus(FRONT, "dev/vigil/action/", OSHI, JNR, LANTERNA, PROMETHEUS)),
            Map.entry("action", plus(FRONT, "dev/vigil/alert/", OSHI, LANTERNA, PROMETHEUS)),
            Map.entry("detail", plus(FRONT, "dev/vigil/action/", "dev/vigil/alert/", OSHI, JNR, LANTERNA, PROMETHEUS)),
            Map.entry("history", List.of(UI, CLI, APP, "dev/vigil/export/", OSHI, JNR, LANTERNA, PROMETHEUS)),
            Map.entry("app", List.of(UI, CLI, "dev/vigil/export/", OSHI, JNR, LANTERNA, PROMETHEUS)),
            Map.entry("export", List.of(UI, CLI, "dev/vigil/action/", OSHI, JNR, LANTERNA)),
            Map.entry("ui", List.of(CLI, "dev/vigil/export/", OSHI, JNR, PROMETHEUS)),
            Map.entry("cli", List.of(OSHI, JNR, LANTERNA, PROMETHEUS)));

    private static List<String> plus(List<String> a, String... b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(List.of(b));
        return out;
    }

    @Test
    void compiledClassesFollowTheLayers() throws IOException {
        List<String> violations = new ArrayList<>();
        int classes = 0;
        try (Stream<Path> walk = Files.walk(CLASSES)) {
            for (Path f : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".class"))::iterator) {
                classes++;
                String pkg = CLASSES.relativize(f).getName(0).toString();
                List<String> banned = FORBIDDEN.get(pkg);
                assertTrue(banned != null || !Files.isDirectory(CLASSES.resolve(pkg)),
                        "package " + pkg + " has no layer rule in ArchitectureTest");
                if (banned == null) continue;
                try (InputStream in = Files.newInputStream(f)) {
                    for (String name : referencedNames(in)) {
                        for (String b : banned) {
                            if (name.contains(b)) violations.add(CLASSES.relativize(f) + " refers to " + name);
                        }
                    }
                }
            }
        }
        assertTrue(classes > 50, "found too few classes (compile first): " + classes);
        assertEquals(List.of(), violations);
    }

    /** Written out in full, no import: an import check misses this, the constant pool does not. */
    static final class Violation {
        long hidden() {
            return dev.vigil.model.Limits.delay(1);
        }
    }

    @Test
    void theRuleItselfSeesANameWrittenInFull() throws IOException {
        Path own = Path.of("target/test-classes/dev/vigil/ArchitectureTest$Violation.class");
        try (InputStream in = Files.newInputStream(own)) {
            Set<String> names = referencedNames(in);
            assertTrue(names.contains("dev/vigil/model/Limits"), names.toString());
        }
    }

    /**
     * Every text of the class file's constant pool (class names, descriptors, signatures, string
     * constants): what the class can refer to. Class file format, JVMS chapter 4.4.
     */
    static Set<String> referencedNames(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        Set<String> out = new TreeSet<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> out.add(in.readUTF());                            // Utf8
                case 3, 4 -> in.readInt();                                  // Integer, Float
                case 5, 6 -> {                                              // Long, Double: two slots
                    in.readLong();
                    i++;
                }
                case 7, 8, 16, 19, 20 -> in.readUnsignedShort();            // Class, String, MethodType, Module, Package
                case 9, 10, 11, 12, 17, 18 -> in.readInt();                 // refs, NameAndType, Dynamic, InvokeDynamic
                case 15 -> {                                                // MethodHandle
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return out;
    }
}
