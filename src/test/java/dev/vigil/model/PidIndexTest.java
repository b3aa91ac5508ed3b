package dev.vigil.model;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PidIndexTest {
    @Test
    void findsWhatWasPutAndNothingElse() {
        PidIndex ix = new PidIndex(3);
        ix.put(1, 0);
        ix.put(4242, 1);
        ix.put(4_194_304, 2); // pid_max on 64-bit kernels
        assertEquals(0, ix.get(1));
        assertEquals(1, ix.get(4242));
        assertEquals(2, ix.get(4_194_304));
        assertEquals(-1, ix.get(2));
        assertEquals(-1, ix.get(0));
        assertEquals(-1, ix.get(-5));
        assertEquals(3, ix.size());
    }

    @Test
    void aSecondPutReplaces() {
        PidIndex ix = new PidIndex(1);
        ix.put(77, 5);
        ix.put(77, 9);
        assertEquals(9, ix.get(77));
        assertEquals(1, ix.size());
    }

    @Test
    void agreesWithAHashMapOnManyCollidingPids() {
        Random r = new Random(7);
        Map<Integer, Integer> want = new HashMap<>();
        PidIndex ix = new PidIndex(6000);
        for (int i = 0; i < 6000; i++) {
            int pid = i % 3 == 0 ? 1 + i * 1024 : 1 + r.nextInt(4_194_304); // strided and random
            ix.put(pid, i);
            want.put(pid, i);
        }
        for (var e : want.entrySet()) assertEquals(e.getValue(), ix.get(e.getKey()), "pid " + e.getKey());
        for (int k = 0; k < 2000; k++) {
            int pid = 1 + r.nextInt(4_194_304);
            assertEquals(want.getOrDefault(pid, -1), ix.get(pid));
        }
        assertEquals(want.size(), ix.size());
    }

    @Test
    void refusesBadPidsAndOverfilling() {
        PidIndex ix = new PidIndex(1);
        assertThrows(IllegalArgumentException.class, () -> ix.put(0, 1));
        int pid = 1;
        try {
            for (; pid < 1000; pid++) ix.put(pid, pid); // far more than the 1 expected
        } catch (IllegalStateException full) {
            assertEquals(pid - 1, ix.size());
            assertEquals(pid - 2, ix.get(pid - 2));
            return;
        }
        throw new AssertionError("an overfull index must refuse, not loop forever");
    }
}
