package dev.vigil.ui.views;

import dev.vigil.model.Row;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlyphsTest {
    private static final String DEEP = (String.valueOf(Row.BAR) + Row.BLANK).repeat(10) + Row.LAST;

    @Test
    void shallowGuidesKeepTheirFullWidth() {
        assertEquals("│  └─ ", Glyphs.UNICODE.treePrefix("" + Row.BAR + Row.LAST, 80));
    }

    @Test
    void deepGuidesLeaveTwelveColumnsToTheCommand() {
        for (int room = 13; room <= 60; room++) {
            String p = Glyphs.UNICODE.treePrefix(DEEP, room);
            assertTrue(p.length() <= room - Glyphs.COMMAND_KEPT, room + ": " + p);
            if (room - Glyphs.COMMAND_KEPT >= 2) assertTrue(p.endsWith("└"), room + ": " + p); // else only "…"
        }
    }

    /** A COMMAND column narrower than 12 (a 20-column window) once threw NegativeArraySizeException. */
    @Test
    void aColumnNarrowerThanTheKeptCommandGetsOneGlyph() {
        for (int room = 0; room <= 12; room++) {
            assertEquals("…", Glyphs.UNICODE.treePrefix(DEEP, room), "room " + room);
            assertEquals("~", Glyphs.ASCII.treePrefix(DEEP, room), "room " + room);
        }
    }
}
