package dev.vigil.action;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the limit prompt reads, and how it shows the current values. */
class LimitChangeTest {
    @Test
    void softHardOrHardAlone() {
        LimitChange c = LimitChange.parse(Rlimit.NOFILE, " 4096 : 8192 ");
        assertEquals(4096L, c.soft());
        assertEquals(8192L, c.hard());
        LimitChange soft = LimitChange.parse(Rlimit.NOFILE, "4096");
        assertNull(soft.hard());
        assertEquals(100, soft.hardFrom(100));
        LimitChange hard = LimitChange.parse(Rlimit.NOFILE, ":unlimited");
        assertNull(hard.soft());
        assertEquals(Rlimit.UNLIMITED, hard.hard());
        assertEquals("nofile :unlimited", hard.describe());
    }

    @Test
    void unitsOfEachKind() {
        assertEquals(512L << 20, LimitChange.parse(Rlimit.AS, "512M").soft());
        assertEquals(2L << 30, LimitChange.parse(Rlimit.AS, "2GiB").soft());
        assertEquals(8192L, LimitChange.parse(Rlimit.STACK, "8k").soft());
        assertEquals(600L, LimitChange.parse(Rlimit.CPU, "10m").soft());
        assertEquals(60L, LimitChange.parse(Rlimit.CPU, "60s").soft());
        assertEquals(Rlimit.UNLIMITED, LimitChange.parse(Rlimit.CORE, "unlimited").soft());
        assertEquals("'2G' is not a whole number or unlimited", error(Rlimit.NOFILE, "2G"));
        assertEquals("'5x' is not CPU time (e.g. 60s, 10m) or unlimited", error(Rlimit.CPU, "5x"));
        assertEquals("'lots' is not a size (e.g. 512M, 2G, 4096) or unlimited", error(Rlimit.AS, "lots"));
        assertEquals("'99999999999T' is too large; use unlimited", error(Rlimit.AS, "99999999999T"));
        assertEquals("enter SOFT, SOFT:HARD or :HARD (e.g. 4096:8192 or unlimited)", error(Rlimit.NOFILE, ":"));
        assertEquals("one ':' at most: SOFT:HARD", error(Rlimit.NOFILE, "1:2:3"));
        assertEquals("'-5' is not a whole number or unlimited", error(Rlimit.NOFILE, "-5"));
    }

    private static String error(Rlimit r, String text) {
        return assertThrows(IllegalArgumentException.class, () -> LimitChange.parse(r, text)).getMessage();
    }

    @Test
    void prefillIsInTheSectionsUnits() {
        assertEquals("8M:unlimited", LimitChange.prefill(Rlimit.STACK, 8 << 20, Rlimit.UNLIMITED));
        assertEquals("1024:524288", LimitChange.prefill(Rlimit.NOFILE, 1024, 524288));
        assertEquals("60s:120s", LimitChange.prefill(Rlimit.CPU, 60, 120));
        assertEquals("0:unlimited", LimitChange.prefill(Rlimit.CORE, 0, Rlimit.UNLIMITED));
        assertEquals("1000:1000", LimitChange.prefill(Rlimit.MSGQUEUE, 1000, 1000));
        assertEquals(Rlimit.NOFILE, Rlimit.byProcName("Max open files"));
        assertEquals(16, Rlimit.values().length);
        for (Rlimit r : Rlimit.values()) assertEquals(r.ordinal(), r.number);
    }

    @Test
    void unlimitedIsAboveEveryNumber() {
        assertTrue(LimitChange.above(Rlimit.UNLIMITED, Long.MAX_VALUE));
        assertFalse(LimitChange.above(5, Rlimit.UNLIMITED));
        assertTrue(LimitChange.above(6, 5));
        assertFalse(LimitChange.above(5, 5));
    }
}
