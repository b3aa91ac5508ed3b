package dev.vigil.action;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;

/**
 * A set of CPU numbers, as an affinity mask: parsed from and written as the kernel's list
 * format ({@code 0-3,6}, as in /proc/PID/status "Cpus_allowed_list:" and
 * /sys/devices/system/cpu/online). Immutable.
 */
public final class CpuSet {
    /** Bytes of a cpu_set_t in glibc (1024 CPUs); larger machines get a larger mask. */
    static final int GLIBC_BYTES = 128;

    private final BitSet bits;

    private CpuSet(BitSet bits) {
        this.bits = (BitSet) bits.clone();
    }

    public static CpuSet of(int... cpus) {
        BitSet b = new BitSet();
        for (int c : cpus) {
            if (c < 0) throw new IllegalArgumentException("negative CPU " + c);
            b.set(c);
        }
        return new CpuSet(b);
    }

    public static CpuSet of(BitSet bits) {
        return new CpuSet(bits);
    }

    /** Parses "0-3,6" (spaces ignored; empty text is the empty set); throws IllegalArgumentException. */
    public static CpuSet parse(String list) {
        BitSet b = new BitSet();
        String t = list == null ? "" : list.strip();
        if (t.isEmpty()) return new CpuSet(b);
        for (String part : t.split(",")) {
            String p = part.strip();
            try {
                int dash = p.indexOf('-');
                int lo = Integer.parseInt(dash < 0 ? p : p.substring(0, dash));
                int hi = dash < 0 ? lo : Integer.parseInt(p.substring(dash + 1));
                if (lo < 0 || hi < lo || hi > 1 << 20) throw new NumberFormatException();
                b.set(lo, hi + 1);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + p + "' is not a CPU number or range");
            }
        }
        return new CpuSet(b);
    }

    /** The CPUs online now (/sys/devices/system/cpu/online), else 0..availableProcessors-1. */
    public static CpuSet online() {
        try {
            CpuSet s = parse(Files.readString(Path.of("/sys/devices/system/cpu/online")));
            if (!s.isEmpty()) return s;
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        BitSet b = new BitSet();
        b.set(0, Math.max(1, Runtime.getRuntime().availableProcessors()));
        return new CpuSet(b);
    }

    public boolean contains(int cpu) {
        return cpu >= 0 && bits.get(cpu);
    }

    public int size() {
        return bits.cardinality();
    }

    public boolean isEmpty() {
        return bits.isEmpty();
    }

    /** Highest CPU number in the set, -1 when empty. */
    public int last() {
        return bits.length() - 1;
    }

    /** The CPUs in ascending order. */
    public int[] cpus() {
        return bits.stream().toArray();
    }

    public CpuSet with(int cpu, boolean on) {
        BitSet b = (BitSet) bits.clone();
        b.set(cpu, on);
        return new CpuSet(b);
    }

    /** True when every CPU of other is in this set. */
    public boolean containsAll(CpuSet other) {
        BitSet b = (BitSet) other.bits.clone();
        b.andNot(bits);
        return b.isEmpty();
    }

    /** The mask sched_setaffinity takes: native-order words, at least glibc's 128 bytes. */
    ByteBuffer mask() {
        int bytes = Math.max(GLIBC_BYTES, (last() / 64 + 1) * 8);
        ByteBuffer buf = ByteBuffer.allocateDirect(bytes).order(ByteOrder.nativeOrder());
        long[] words = bits.toLongArray();
        for (int i = 0; i < words.length; i++) buf.putLong(i * 8, words[i]);
        return buf;
    }

    /** "0-3,6", the kernel's list format; "" for the empty set. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        int i = bits.nextSetBit(0);
        while (i >= 0) {
            int end = bits.nextClearBit(i) - 1;
            if (sb.length() > 0) sb.append(',');
            sb.append(i);
            if (end > i) sb.append('-').append(end);
            i = bits.nextSetBit(end + 1);
        }
        return sb.toString();
    }

    /** "CPU 2", "CPUs 0-3,6". */
    public String describe() {
        return (size() == 1 ? "CPU " : "CPUs ") + format();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CpuSet c && c.bits.equals(bits);
    }

    @Override
    public int hashCode() {
        return bits.hashCode();
    }

    @Override
    public String toString() {
        return format();
    }
}
