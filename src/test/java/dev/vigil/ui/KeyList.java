package dev.vigil.ui;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates docs/keys.md (the README's key list) from the key table:
 * {@code mvn -q test-compile && java -cp "target/classes:target/test-classes:$(cat cp.txt)" dev.vigil.ui.KeyList}.
 * KeyTableTest fails while the file is stale.
 */
public final class KeyList {
    private KeyList() {
    }

    static String markdown() {
        KeyTable keys = MainKeys.table();
        ProcessControl.addTo(keys);
        AlertUi.addTo(keys);
        return "## Keys\n\n<!-- generated from the key table by dev.vigil.ui.KeyList; do not edit by hand -->\n\n"
                + keys.markdown().stripTrailing() + "\n";
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/keys.md");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, markdown());
        System.out.println("wrote " + out);
    }
}
