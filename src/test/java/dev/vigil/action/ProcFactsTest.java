package dev.vigil.action;

import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcFactsTest {
    @Test
    void parsesStatEvenWithParenthesesInTheName() {
        String stat = "4242 (a) b (c)) T 1 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 30 10 1 0 861414 2990080 393 "
                + "18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";
        ProcFacts.Stat s = ProcFacts.parseStat(stat);
        assertEquals(new ProcFacts.Stat('T', 10, 861414), s);
        assertEquals(-5, ProcFacts.parseStat("1 (x) S 0 1 1 0 -1 0 0 0 0 0 0 0 0 0 15 -5 1 0 7 0 0").nice());
        assertTrue(ProcFacts.parseStat("1 (x) Z 0 1 1 0 -1 0 0 0 0 0 0 0 0 0 15 -5 1 0 7 0 0").ended());
        assertNull(ProcFacts.parseStat("garbage"));
        assertNull(ProcFacts.parseStat("1 (x) S 0 1"));
    }

    @Test
    void readsThisProcess() {
        int pid = (int) ProcessHandle.current().pid();
        ProcFacts.Stat s = ProcFacts.stat(pid);
        assertNotNull(s);
        assertTrue(s.startTicks() > 0);
        assertTrue(ProcFacts.threads(pid).contains(pid));
        assertTrue(ProcFacts.threads(pid).size() > 1, "a JVM has many threads");
        assertTrue(ProcFacts.uid(pid) >= 0);
        assertTrue(ProcFacts.effectiveUid() >= 0);
        assertNull(ProcFacts.stat(-1));
        assertEquals(java.util.List.of(), ProcFacts.threads(Integer.MAX_VALUE));
    }

    @Test
    void userNamesFromTheSystemTable() {
        assertEquals("root", Users.name(0));
        assertEquals("4000000", Users.name(4_000_000));
    }
}
