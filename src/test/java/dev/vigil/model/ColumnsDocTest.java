package dev.vigil.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** README and docs/batch.md name every column, so that a new one cannot go undocumented. */
class ColumnsDocTest {
    @Test
    void everyColumnIsInTheReadmeAndInTheColumnsTable() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String columns = readme.substring(readme.indexOf("Columns: "), readme.indexOf("[columns]"));
        String batch = Files.readString(Path.of("docs/batch.md"));
        String table = batch.substring(batch.indexOf("## Columns"));
        for (SortColumn c : SortColumn.values()) {
            assertTrue(columns.contains(c.title()), "README lacks " + c.title());
            assertTrue(table.contains("| `" + c.key() + "`"), "docs/batch.md lacks " + c.key());
            assertTrue(table.contains("| " + c.title() + " |"), "docs/batch.md lacks heading " + c.title());
        }
    }
}
