package dev.vigil.history;

import dev.vigil.sample.CpuSplit;

import java.io.ByteArrayOutputStream;

/**
 * The CPU shares of a sample (the whole machine's split and each CPU's) in the {@code cpu_ticks}
 * BLOB of schema version 2, about a quarter of their size as float64s. The sampler computes
 * each share as {@code 100.0 * ticks / total} over one CPU's (or all CPUs') ticks since the
 * previous sample, so each split is stored as the smallest total that gives back all four of
 * its shares bit for bit, and the four tick counts, as varints. A split no total gives back (not
 * from ticks, or over 2^17 of them) is stored as its four float64s after a total of 0.
 *
 * <p>Layout: a flags byte (1: the machine's split is there, 2: the CPUs' splits are there), the
 * number of CPUs, then each split present, the machine's first.
 */
final class CpuShares {
    private static final int MAX_TOTAL = 1 << 17;

    private CpuShares() {
    }

    static byte[] encode(CpuSplit all, CpuSplit[] perCpu) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 + (perCpu == null ? 0 : perCpu.length * 6));
        out.write((all != null ? 1 : 0) | (perCpu != null ? 2 : 0));
        varint(out, perCpu == null ? 0 : perCpu.length);
        if (all != null) split(out, all);
        if (perCpu != null) for (CpuSplit c : perCpu) split(out, c);
        return out.toByteArray();
    }

    private static void split(ByteArrayOutputStream out, CpuSplit c) {
        double[] v = {c.user(), c.nice(), c.system(), c.iowait()};
        long total = total(v);
        varint(out, total);
        for (double d : v) {
            if (total > 0) varint(out, Math.round(d * total / 100.0));
            else {
                long bits = Double.doubleToRawLongBits(d);
                for (int i = 7; i >= 0; i--) out.write((int) (bits >>> (8 * i)));
            }
        }
    }

    /** The smallest total whose tick counts give back every share exactly; 0 when none does. */
    static long total(double[] v) {
        double probe = 0;
        for (double d : v) {
            if (!(d >= 0 && d <= 100)) return 0;
            if (d > 0 && probe == 0) probe = d;
        }
        if (probe == 0) return Double.doubleToRawLongBits(v[0]) == 0 && Double.doubleToRawLongBits(v[1]) == 0
                && Double.doubleToRawLongBits(v[2]) == 0 && Double.doubleToRawLongBits(v[3]) == 0 ? 1 : 0;
        for (long t = 1; t <= MAX_TOTAL; t++) {
            if (!gives(probe, t)) continue;
            if (gives(v[0], t) && gives(v[1], t) && gives(v[2], t) && gives(v[3], t)) return t;
        }
        return 0;
    }

    private static boolean gives(double d, long total) {
        long a = Math.round(d * total / 100.0);
        return Double.doubleToRawLongBits(100.0 * a / total) == Double.doubleToRawLongBits(d);
    }

    /** The machine's split (null when not recorded) and the CPUs' (null when not recorded). */
    record Decoded(CpuSplit all, CpuSplit[] perCpu) {
    }

    static Decoded decode(byte[] b) {
        int[] at = {0};
        int flags = b[at[0]++];
        int n = (int) varint(b, at);
        CpuSplit all = (flags & 1) != 0 ? split(b, at) : null;
        CpuSplit[] per = null;
        if ((flags & 2) != 0) {
            per = new CpuSplit[n];
            for (int i = 0; i < n; i++) per[i] = split(b, at);
        }
        return new Decoded(all, per);
    }

    private static CpuSplit split(byte[] b, int[] at) {
        long total = varint(b, at);
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            if (total > 0) {
                v[i] = 100.0 * varint(b, at) / total;
            } else {
                long bits = 0;
                for (int k = 0; k < 8; k++) bits = bits << 8 | (b[at[0]++] & 0xff);
                v[i] = Double.longBitsToDouble(bits);
            }
        }
        return new CpuSplit(v[0], v[1], v[2], v[3]);
    }

    private static void varint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7fL) != 0) {
            out.write((int) (v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long varint(byte[] b, int[] at) {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            int x = b[at[0]++];
            v |= (long) (x & 0x7f) << shift;
            if ((x & 0x80) == 0) return v;
        }
    }
}
