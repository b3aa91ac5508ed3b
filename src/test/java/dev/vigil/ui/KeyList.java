package dev.vigil.ui;

import dev.vigil.ui.keys.KeyTable;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates docs/keys.md from the key table:
 * {@code mvn -q package -DskipTests && java -cp target/classes:target/test-classes:target/vigil.jar dev.vigil.ui.KeyList}.
 * KeyTableTest fails while the file is stale. (The man page's KEYS section is made from the same
 * table by the build; README shows ten keys and links here.)
 */
public final class KeyList {
    private KeyList() {
    }

    static String markdown() {
        return "# Keys\n\n[← README](../README.md) · [all docs](README.md) · `man vigil`\n\n"
                + "<!-- generated from the key table by dev.vigil.ui.KeyList; do not edit by hand -->\n\n"
                + table().markdown().stripTrailing().replace("### ", "## ") + "\n\n"
                + "Ctrl-Z gives the terminal back and stops vigil (`fg` redraws it); Ctrl-S does not freeze the\n"
                + "screen; the size comes from the kernel and follows SIGWINCH ([terminal.md](terminal.md)).\n\n"
                + "The same list is on the F1 help screen and in `man vigil`; all come from one key table\n"
                + "(`MainKeys`, `ActionKeys`, `AlertKeys`, `DetailKeys`). Keys inside the signal menu, prompts\n"
                + "and the detail view are described in [signals and renice](signals-and-renice.md),\n"
                + "[alerts](alerts.md) and the [detail view](detail-view.md).\n";
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
    }
}
