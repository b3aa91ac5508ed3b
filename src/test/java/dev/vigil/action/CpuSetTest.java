package dev.vigil.action;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpuSetTest {
    @Test
    void listFormatBothWays() {
        CpuSet s = CpuSet.parse("0-3, 6,8-9\n");
        assertEquals("0-3,6,8-9", s.format());
        assertEquals(7, s.size());
        assertTrue(s.contains(6));
        assertFalse(s.contains(7));
        assertEquals("CPU 2", CpuSet.of(2).describe());
        assertEquals("CPUs 0-1", CpuSet.of(0, 1).describe());
        assertEquals("", CpuSet.parse("").format());
        assertEquals(CpuSet.of(1, 0), CpuSet.parse("0,1"));
        assertThrows(IllegalArgumentException.class, () -> CpuSet.parse("3-1"));
        assertThrows(IllegalArgumentException.class, () -> CpuSet.parse("x"));
    }

    @Test
    void maskIsGlibcSizedWithTheBitsInNativeWords() {
        var m = CpuSet.of(0, 65).mask();
        assertEquals(128, m.capacity());
        assertEquals(1L, m.getLong(0));
        assertEquals(2L, m.getLong(8));
        assertEquals(256, CpuSet.of(2000).mask().capacity());
    }

    @Test
    void ioPriorityEncodesAsTheKernel() {
        assertEquals((2 << 13) | 4, IoPriority.bestEffort(4).encode());
        assertEquals(3 << 13, IoPriority.IDLE.encode());
        assertEquals(IoPriority.realtime(0), IoPriority.decode(1 << 13));
        assertEquals(IoPriority.NONE, IoPriority.decode(0));
        assertEquals("best-effort 4", IoPriority.bestEffort(4).describe());
        assertEquals(4, IoPriority.levelFromNice(0));
        assertThrows(IllegalArgumentException.class, () -> IoPriority.bestEffort(8));
    }
}
