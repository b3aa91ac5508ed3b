package dev.vigil.sample;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Escaping for one line of text: controls, invalid bytes, and the invisible format characters. */
class TextTest {
    @Test
    void bidiControlsAndOtherInvisibleFormatCharactersAreEscaped() {
        // U+202E turns "evil" U+202E "gnp.sh" into what reads as "evilhs.png" on a terminal.
        assertEquals("evil\\u{202e}gnp.sh", Text.escape("evil\u202Egnp.sh"));
        assertEquals("a\\u{2066}b\\u{2069}\\u{200b}\\u{feff}\\u{2028}\\u{2029}",
                Text.escape("a\u2066b\u2069\u200B\uFEFF\u2028\u2029"));
        assertTrue(Text.needsEscape("x\u200Fy"));
        assertEquals("flag\\u{e0067}", Text.escape("flag" + new String(Character.toChars(0xE0067))), "astral tag characters too");
    }

    @Test
    void visibleTextIsKept() {
        assertEquals("café 日本 ß", Text.escape("café 日本 ß"));
        assertEquals("tab\\tnl\\n\\x1b", Text.escape("tab\tnl\n\u001b"));
    }
}
