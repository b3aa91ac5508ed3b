package dev.vigil.ui.views;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WrapTest {
    @Test
    void wrapsAtSpacesIndentsContinuationsAndCutsWordsLongerThanALine() {
        assertEquals(List.of("! TERM is", "  ignored", "  by this"), Wrap.lines("! TERM is ignored by this", 10, "  "));
        assertEquals(List.of("abcdef", "  ghij", "  kl"), Wrap.lines("abcdefghijkl", 6, "  "));
        assertEquals(List.of("short"), Wrap.lines("short", 40, "  "));
        assertEquals(List.of(""), Wrap.lines("", 10, ""));
        for (String l : Wrap.lines("x".repeat(50) + " y", 3, "    ")) assertEquals(true, l.length() <= 5, l);
    }
}
