package dev.vigil.model;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeSpecTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    static final long NOW = ZonedDateTime.of(2026, 12, 1, 3, 14, 0, 0, ZONE).toInstant().toEpochMilli();

    static long at(int y, int mo, int d, int h, int mi, int s, ZoneId z) {
        return ZonedDateTime.of(y, mo, d, h, mi, s, 0, z).toInstant().toEpochMilli();
    }

    static long parse(String s) {
        return TimeSpec.parse(s, NOW, ZONE);
    }

    @Test
    void relativeTimes() {
        assertEquals(NOW, parse("now"));
        assertEquals(NOW - 600_000, parse("10m ago"));
        assertEquals(NOW - 600_000, parse(" 10 min ago "));
        assertEquals(NOW - 5_400_000, parse("1h30m ago"));
        assertEquals(NOW - 90_000, parse("90s ago"));
        assertEquals(NOW - 2 * 86_400_000L, parse("2d ago"));
    }

    @Test
    void clockTimesAreTheirLastOccurrence() {
        assertEquals(at(2026, 12, 1, 3, 2, 0, ZONE), parse("03:02"));
        assertEquals(at(2026, 12, 1, 3, 2, 15, ZONE), parse("03:02:15"));
        assertEquals(at(2026, 12, 1, 3, 2, 15, ZONE) + 250, parse("03:02:15.250"));
        assertEquals(at(2026, 11, 30, 23, 50, 0, ZONE), parse("23:50"), "still to come today: yesterday's");
    }

    @Test
    void datesAndIso() {
        assertEquals(at(2026, 12, 1, 3, 2, 15, ZONE), parse("2026-12-01 03:02:15"));
        assertEquals(at(2026, 12, 1, 3, 2, 0, ZONE), parse("2026-12-01 03:02"));
        assertEquals(at(2026, 11, 29, 0, 0, 0, ZONE), parse("2026-11-29"));
        assertEquals(at(2026, 12, 1, 3, 2, 15, ZoneId.of("UTC")), parse("2026-12-01T03:02:15Z"));
        assertEquals(at(2026, 12, 1, 3, 2, 15, ZoneId.of("UTC")) + 250, parse("2026-12-01T02:02:15.250-01:00"));
        assertEquals(at(2026, 12, 1, 3, 2, 15, ZoneId.of("UTC")), parse("2026-12-01T04:02:15+0100"));
        assertEquals(at(2026, 12, 1, 3, 2, 0, ZONE), parse("2026-12-01T03:02"));
    }

    @Test
    void badTimesGiveOneLineReasons() {
        for (String s : new String[]{"", "yesterday", "25:00", "10 parsecs ago", "2026-13-01", "03:02 pm", "ago",
                "2026-12-01 03:02:15 extra", "x\ny"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(s), s);
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertTrue(e.getMessage().contains("10m ago") || e.getMessage().contains("unit"), e.getMessage());
        }
    }
}
