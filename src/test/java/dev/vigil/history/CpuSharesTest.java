package dev.vigil.history;

import dev.vigil.sample.CpuSplit;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpuSharesTest {
    private static double share(long ticks, long total) {
        return Math.max(0, Math.min(100, 100.0 * ticks / total)); // as SystemReader computes it
    }

    @Test
    void sharesFromTicksComeBackBitForBitInAFewBytes() {
        Random r = new Random(3);
        for (int round = 0; round < 300; round++) {
            int n = 1 + r.nextInt(64);
            CpuSplit[] per = new CpuSplit[n];
            for (int i = 0; i < n; i++) {
                long total = 1 + r.nextInt(round % 3 == 0 ? 100_000 : 1000);
                long u = r.nextInt((int) total + 1);
                long s = r.nextInt((int) (total - u) + 1);
                per[i] = new CpuSplit(share(u, total), share(r.nextInt(3), total), share(s, total),
                        share(r.nextInt(2), total));
            }
            CpuSplit all = new CpuSplit(share(7, 1999), 0, share(1999, 1999), share(3000, 1999));
            byte[] b = CpuShares.encode(all, per);
            CpuShares.Decoded d = CpuShares.decode(b);
            assertEquals(all, d.all());
            assertArrayEquals(per, d.perCpu(), "round " + round);
            if (round % 3 != 0) assertTrue(b.length <= 2 + 9 + n * 9, b.length + " bytes for " + n + " CPUs");
        }
    }

    @Test
    void anyOtherValueIsKeptAsItsBits() {
        CpuSplit odd = new CpuSplit(Math.PI, -0.0, Double.NaN, 100.5);
        CpuSplit[] per = {CpuSplit.ZERO, new CpuSplit(1e-300, 0, 0, 0), odd};
        CpuShares.Decoded d = CpuShares.decode(CpuShares.encode(odd, per));
        assertEquals(odd, d.all());
        assertArrayEquals(per, d.perCpu());
        d = CpuShares.decode(CpuShares.encode(null, null));
        assertNull(d.all());
        assertNull(d.perCpu());
        d = CpuShares.decode(CpuShares.encode(CpuSplit.ZERO, new CpuSplit[0]));
        assertEquals(CpuSplit.ZERO, d.all());
        assertEquals(0, d.perCpu().length);
    }
}
