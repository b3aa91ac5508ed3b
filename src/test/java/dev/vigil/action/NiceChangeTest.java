package dev.vigil.action;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NiceChangeTest {
    @Test
    void acceptsTheWholeRange() {
        assertEquals(NiceChange.exactly(-20), NiceChange.parse("-20"));
        assertEquals(NiceChange.exactly(19), NiceChange.parse(" 19 "));
        assertEquals(NiceChange.exactly(5), NiceChange.parse("+5"));
        assertEquals(NiceChange.exactly(0), NiceChange.parse("-0"));
        assertEquals(NiceChange.exactly(7), NiceChange.parse("007"));
        assertEquals(NiceChange.exactly(-3), NiceChange.parse("\u22123"));
    }

    private static String refusal(String text) {
        return assertThrows(IllegalArgumentException.class, () -> NiceChange.parse(text)).getMessage();
    }

    @Test
    void refusesWithAMessage() {
        assertEquals("nice 20 is out of range; it must be from -20 to 19", refusal("20"));
        assertEquals("nice -21 is out of range; it must be from -20 to 19", refusal("-21"));
        assertEquals("nice 99999999999999 is out of range; it must be from -20 to 19", refusal("99999999999999"));
        assertEquals("\"abc\" is not a number; nice is a whole number from -20 (highest priority) to 19 (lowest)",
                refusal("abc"));
        assertEquals("\"1.5\" is not a number; nice is a whole number from -20 (highest priority) to 19 (lowest)",
                refusal("1.5"));
        assertEquals("\"5\\x075\" is not a number; nice is a whole number from -20 (highest priority) to 19 (lowest)",
                refusal("5\u00075"));
        assertEquals("enter a nice value from -20 (highest priority) to 19 (lowest)", refusal("  "));
        assertEquals("enter a nice value from -20 (highest priority) to 19 (lowest)", refusal(null));
        assertThrows(IllegalArgumentException.class, () -> NiceChange.exactly(25));
    }

    @Test
    void stepsStayInRange() {
        assertEquals(1, NiceChange.by(1).apply(0));
        assertEquals(-1, NiceChange.by(-1).apply(0));
        assertEquals(19, NiceChange.by(1).apply(19));
        assertEquals(-20, NiceChange.by(-1).apply(-20));
        assertEquals(5, NiceChange.exactly(5).apply(-7));
        assertEquals("nice +1", NiceChange.by(1).describe());
        assertEquals("nice -1", NiceChange.by(-1).describe());
        assertEquals("nice -5", NiceChange.exactly(-5).describe());
    }
}
