package dev.vigil.ui;

import dev.vigil.ui.keys.DetailKeys;
import dev.vigil.ui.keys.KeyTable;
import dev.vigil.ui.keys.MainKeys;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates docs/keys.md and README's key list from the key table:
 * {@code mvn -q package -DskipTests && java -cp target/classes:target/test-classes:target/vigil.jar dev.vigil.ui.KeyList}.
 * KeyTableTest fails while the file is stale.
 */
public final class KeyList {
    private KeyList() {
    }

    /** Ends the generated block, so that README's copy can be found and replaced. */
    static final String END = "<!-- end of the generated key list -->";

    static String markdown() {
        return "## Keys\n\n<!-- generated from the key table by dev.vigil.ui.KeyList; do not edit by hand -->\n\n"
                + table().markdown().stripTrailing() + "\n\n" + END + "\n";
    }

    /** The table as the monitor builds it. */
    static KeyTable table() {
        return Monitor.keyTable();
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/keys.md");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, markdown());
        System.out.println("wrote " + out);
        Path readme = Path.of("README.md");
        String r = Files.readString(readme);
        int from = r.indexOf("## Keys\n");
        int to = r.indexOf(END, Math.max(0, from));
        if (from < 0 || to < 0) throw new IllegalStateException("README.md has no generated key list to replace");
        Files.writeString(readme, r.substring(0, from) + markdown() + r.substring(to + END.length() + 1));
        System.out.println("updated the key list in " + readme);
    }
}
