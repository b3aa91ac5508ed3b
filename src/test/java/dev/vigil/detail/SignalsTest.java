package dev.vigil.detail;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignalsTest {

    @Test
    void decodesTheMaskFromTheIssue() {
        // 0x180014a07: bits 0,1,2,9,11,14,16,31,32 → signals 1,2,3,10,12,15,17,32,33
        assertEquals(List.of("HUP", "INT", "QUIT", "USR1", "USR2", "TERM", "CHLD", "32", "33"),
                Signals.decode("0000000180014a07"));
    }

    @Test
    void decodesEdgesOfTheMask() {
        assertEquals(List.of(), Signals.decode("0000000000000000"));
        assertEquals(List.of("HUP"), Signals.decode("0000000000000001"));
        assertEquals(List.of("RTMAX"), Signals.decode("8000000000000000"));
        List<String> all = Signals.decode("ffffffffffffffff");
        assertEquals(64, all.size());
        assertEquals("SYS", all.get(30));
        assertEquals("RTMIN", all.get(33));
        assertEquals(List.of("QUIT", "TERM"), Signals.decode("0000000000004004"));
    }

    @Test
    void rejectsMalformedMasks() {
        assertThrows(IllegalArgumentException.class, () -> Signals.parseMask(""));
        assertThrows(IllegalArgumentException.class, () -> Signals.parseMask("xyz"));
        assertThrows(IllegalArgumentException.class, () -> Signals.parseMask("10000000000000000"));
    }

    @Test
    void namesRealtimeSignalsAsKillL() {
        assertEquals("RTMIN", Signals.name(34));
        assertEquals("RTMIN+1", Signals.name(35));
        assertEquals("RTMIN+15", Signals.name(49));
        assertEquals("RTMAX-14", Signals.name(50));
        assertEquals("RTMAX-1", Signals.name(63));
        assertEquals("RTMAX", Signals.name(64));
        assertEquals("32", Signals.name(32));
        assertEquals("33", Signals.name(33));
    }

    @Test
    void numbersFromNames() {
        assertEquals(15, Signals.number("TERM"));
        assertEquals(15, Signals.number("sigterm"));
        assertEquals(15, Signals.number("15"));
        assertEquals(37, Signals.number("RTMIN+3"));
        assertEquals(62, Signals.number("rtmax-2"));
        assertEquals(-1, Signals.number("NOPE"));
        assertEquals(-1, Signals.number("65"));
        for (int i = 1; i <= 64; i++) assertEquals(i, Signals.number(Signals.name(i)), "signal " + i);
    }

    @Test
    void hasAndNumbers() {
        long m = Signals.parseMask("0000000000010003");
        assertTrue(Signals.has(m, Signals.HUP));
        assertTrue(Signals.has(m, Signals.CHLD));
        assertFalse(Signals.has(m, Signals.TERM));
        assertFalse(Signals.has(m, 0));
        assertEquals(List.of(1, 2, 17), Signals.numbers(m));
    }

    /** Our names against bash's own kill -l, for every signal that has a name. */
    @Test
    void namesMatchBashKillL() throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder();
        for (int i = 1; i <= 64; i++) {
            if (i == 32 || i == 33) continue;
            script.append("kill -l ").append(i).append(";");
        }
        Process p = new ProcessBuilder("bash", "-c", script.toString()).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
            String[] names = out.trim().split("\\s+");
            int k = 0;
            for (int i = 1; i <= 64; i++) {
                if (i == 32 || i == 33) continue;
                assertEquals(names[k++], Signals.name(i), "signal " + i);
            }
        } finally {
            p.destroyForcibly();
        }
    }
}
