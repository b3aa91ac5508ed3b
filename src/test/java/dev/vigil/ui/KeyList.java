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
        return "## Keys\n\n<!-- generated from the key table by dev.vigil.ui.KeyList; do not edit by hand -->\n\n"
                + table().markdown().stripTrailing() + "\n";
    }

    /** The table as the monitor builds it. */
    static KeyTable table() {
        KeyTable t = MainKeys.table();
        ProcessControl.addTo(t);
        AlertUi.addTo(t);
        DetailKeys.addTo(t, new DetailFeed(dev.vigil.detail.DetailReader.system()));
        return t;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/keys.md");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, markdown());
        System.out.println("wrote " + out);
    }
}
