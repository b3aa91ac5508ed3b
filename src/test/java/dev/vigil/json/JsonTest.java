package dev.vigil.json;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTest {
    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\"", Json.quote("a\"b\\c"));
        assertEquals("\"l1\\nl2\\r\\tx\"", Json.quote("l1\nl2\r\tx"));
        assertEquals("\"\\u0000\\u0001\\u001f\\u007f\"", Json.quote("\u0000\u0001\u001f\u007f"));
        assertEquals("\"é ✓ /\"", Json.quote("é ✓ /"));
    }

    @Test
    void keepsSurrogatePairsAndEscapesLoneSurrogates() {
        String emoji = new String(Character.toChars(0x1F600));
        assertEquals("\"" + emoji + "\"", Json.quote(emoji));
        // Text.decode turns the invalid byte 0xff into the lone surrogate U+DCFF.
        assertEquals("\"a\\udcffb\"", Json.quote("a\udcffb"));
        assertEquals("\"\\ud83d\"", Json.quote("\ud83d"));
        assertEquals("\"\\ude00x\"", Json.quote("\ude00x"));
        // High surrogate followed by a non-low char: escaped, the next char kept.
        assertEquals("\"\\ud83dA\"", Json.quote("\ud83dA"));
    }

    @Test
    void nanAndInfinityBecomeNullNumbersStayShort() {
        String s = new Json().beginArray().value(Double.NaN).value(Double.POSITIVE_INFINITY)
                .value(Double.NEGATIVE_INFINITY).value(3.0).value(12.345).value(-0.5).value(1e20)
                .endArray().toString();
        assertEquals("[null,null,null,3,12.35,-0.5,1.0E20]", s);
    }

    @Test
    void placesCommasThroughNesting() {
        String s = new Json().beginObject()
                .field("a", 1)
                .name("b").beginArray().value("x").beginObject().field("c", true).endObject()
                .beginArray().endArray().nullValue().endArray()
                .name("d").beginObject().endObject()
                .field("e", "y")
                .endObject().toString();
        assertEquals("{\"a\":1,\"b\":[\"x\",{\"c\":true},[],null],\"d\":{},\"e\":\"y\"}", s);
    }

    @Test
    void nestsDeeperThanTheInitialStack() {
        Json j = new Json();
        for (int i = 0; i < 40; i++) j.beginArray().value(i);
        for (int i = 0; i < 40; i++) j.endArray();
        String s = j.toString();
        assertEquals("[0,[1,[2,", s.substring(0, 9));
        assertEquals("]".repeat(40), s.substring(s.length() - 40));
        assertEquals(39, s.chars().filter(c -> c == ',').count());
    }

    @Test
    void nullStringAndRawValues() {
        String s = new Json().beginObject().field("n", (String) null).name("r").raw("[1,2]")
                .field("long", Long.MAX_VALUE).endObject().toString();
        assertEquals("{\"n\":null,\"r\":[1,2],\"long\":9223372036854775807}", s);
    }
}
