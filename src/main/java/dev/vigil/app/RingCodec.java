package dev.vigil.app;

import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a {@link SnapshotRing} packs the processes of one snapshot into bytes. What never changes
 * in a process's life (PID, start, user, name, command...) is kept once, in a table of idents;
 * a snapshot lists its processes by ident number (zig-zag varint deltas, so a list in PID order
 * costs about a byte a process). A process's values are written only where they differ from
 * the last ones written for it since the keyframe (a bit mask, then those fields), so an idle
 * process costs one byte and a busy one about twenty. At a keyframe every process is written
 * whole. Reading a snapshot replays its keyframe and the snapshots between. Exact: what is read
 * back equals what was written (without the exporter's counters). Not thread-safe: the ring
 * holds its lock around every call.
 */
final class RingCodec {
    /**
     * An estimate of one ident's memory besides its strings: the ProcessSample kept (136), its map
     * entry (96), and the rest bench/ring.sh finds retained per ident on a machine with +1000
     * processes and churn (the last values written, the decoder's state), rounded up: measured
     * heap never exceeded the estimate with this figure.
     */
    static final int IDENT_BYTES = 800;
    private static final int[] NO_IDENTS = new int[0];
    private static final ProcessSample ZERO = new ProcessSample(0, 0, 0, 0, "", (char) 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, "", "", 0, 0, false, 0);
    private static final int FIELDS = 12;

    private ProcessSample[] idents = new ProcessSample[256]; // template per ident number; null: free
    private long[] lastUsed = new long[256];                 // the newest entry that names it
    private int[] free = NO_IDENTS;
    private int freeCount;
    private int identCount;
    private long identStringBytes;
    private final Map<Identity, Integer> current = new HashMap<>();
    private ProcessSample[] written = new ProcessSample[256]; // the encoder's last values since the keyframe

    /** Packs processes as entry number entry; a keyframe (key true) starts again from nothing. */
    byte[] encode(List<ProcessSample> processes, long entry, boolean key) {
        if (key) Arrays.fill(written, null);
        Out out = new Out(processes.size() * 3 + 16);
        out.varint(processes.size());
        int prev = 0;
        for (ProcessSample p : processes) {
            int n = identOf(p, entry);
            ProcessSample ref = written[n];
            boolean changed = ref == null || !ref.sameValues(p);
            out.varlong((zigzag(n - prev) << 1) | (changed ? 1 : 0));
            prev = n;
            if (changed) writeValues(out, ref == null ? ZERO : ref, p);
            written[n] = p;
        }
        return out.bytes();
    }

    /** A fresh state for {@link #apply}: the values by ident number. */
    ProcessSample[] newState() {
        return new ProcessSample[idents.length];
    }

    /**
     * Reads one entry into state (which holds the entries since its keyframe, or is new for a
     * keyframe) and returns its processes when list is true (else null: only state moves on).
     */
    ProcessSample[] apply(ProcessSample[] state, byte[] data, boolean key, List<ProcessSample> list) {
        if (state.length < idents.length) state = Arrays.copyOf(state, idents.length);
        if (key) Arrays.fill(state, null);
        In in = new In(data);
        int count = in.varint();
        int n = 0;
        for (int i = 0; i < count; i++) {
            long h = in.varlong();
            n += unzigzag(h >>> 1);
            if ((h & 1) != 0) {
                ProcessSample ref = state[n];
                state[n] = readValues(in, ref == null ? ZERO : ref, idents[n]);
            }
            if (list != null) list.add(state[n]);
        }
        return state;
    }

    /** The ident number of p, made (or its old one taken again) when new; marked used by entry. */
    private int identOf(ProcessSample p, long entry) {
        Identity id = p.identity();
        Integer known = current.get(id);
        int n;
        if (known != null && idents[known].sameIdentity(p)) {
            n = known;
        } else {
            n = freeCount > 0 ? free[--freeCount] : identCount++;
            if (n >= idents.length) grow();
            idents[n] = p;
            identStringBytes += strings(p);
            current.put(id, n);
        }
        lastUsed[n] = entry;
        return n;
    }

    private void grow() {
        int size = idents.length * 2;
        idents = Arrays.copyOf(idents, size);
        lastUsed = Arrays.copyOf(lastUsed, size);
        written = Arrays.copyOf(written, size);
    }

    /** Frees the idents no entry from oldest on names. */
    void release(long oldest) {
        for (int n = 0; n < identCount; n++) {
            ProcessSample t = idents[n];
            if (t == null || lastUsed[n] >= oldest) continue;
            idents[n] = null;
            written[n] = null;
            identStringBytes -= strings(t);
            Identity id = t.identity();
            Integer c = current.get(id);
            if (c != null && c == n) current.remove(id);
            if (freeCount == free.length) free = Arrays.copyOf(free, Math.max(16, free.length * 2));
            free[freeCount++] = n;
        }
    }

    /** Idents in use. */
    int idents() {
        return identCount - freeCount;
    }

    /** An estimate of the memory the ident table and the encoder's keyframe hold. */
    long bytes() {
        return (long) idents() * IDENT_BYTES + identStringBytes + 3L * 8 * idents.length;
    }

    private static long strings(ProcessSample p) {
        return 3 * 40L + p.user().length() + p.name().length() + p.command().length();
    }

    private static long[] fields(ProcessSample p) {
        return new long[]{p.ppid(), p.state(), p.nice(), p.priority(), p.threads(), p.rssBytes(), p.vszBytes(),
                Double.doubleToRawLongBits(p.cpuPercent()), Double.doubleToRawLongBits(p.memPercent()),
                Double.doubleToRawLongBits(p.cpuTimeSeconds()), Double.doubleToRawLongBits(p.ioReadBytesPerSec()),
                Double.doubleToRawLongBits(p.ioWriteBytesPerSec())};
    }

    /** A mask of the fields that differ from ref, then each of them: whole numbers as varints, doubles as 8 bytes. */
    private static void writeValues(Out out, ProcessSample ref, ProcessSample p) {
        long[] a = fields(ref);
        long[] b = fields(p);
        int mask = 0;
        for (int i = 0; i < FIELDS; i++) if (a[i] != b[i]) mask |= 1 << i;
        out.varint(mask);
        for (int i = 0; i < FIELDS; i++) {
            if ((mask & (1 << i)) == 0) continue;
            if (i < 7) out.varlong(zigzag(b[i]));
            else out.fixed(b[i]);
        }
    }

    private static ProcessSample readValues(In in, ProcessSample ref, ProcessSample t) {
        long[] v = fields(ref);
        int mask = in.varint();
        for (int i = 0; i < FIELDS; i++) {
            if ((mask & (1 << i)) == 0) continue;
            v[i] = i < 7 ? unzigzag(in.varlong()) : in.fixed();
        }
        return new ProcessSample(t.pid(), t.tgid(), (int) v[0], t.uid(), t.user(), (char) v[1], (int) v[2], (int) v[3],
                (int) v[4], v[5], v[6], Double.longBitsToDouble(v[7]), Double.longBitsToDouble(v[8]),
                Double.longBitsToDouble(v[9]), t.startTicks(), t.startTimeMillis(), t.name(), t.command(),
                Double.longBitsToDouble(v[10]), Double.longBitsToDouble(v[11]), t.kernelThread(), t.realUid());
    }

    static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    /** Bytes out: unsigned LEB128 varints and fixed 8-byte words. */
    private static final class Out extends ByteArrayOutputStream {
        Out(int size) {
            super(size);
        }

        void varint(int v) {
            varlong(v & 0xffffffffL);
        }

        void varlong(long v) {
            while ((v & ~0x7fL) != 0) {
                write((int) ((v & 0x7f) | 0x80));
                v >>>= 7;
            }
            write((int) v);
        }

        void fixed(long v) {
            for (int i = 0; i < 8; i++) write((int) (v >>> (8 * i)));
        }

        byte[] bytes() {
            return toByteArray();
        }
    }

    private static final class In {
        private final byte[] b;
        private int pos;

        In(byte[] b) {
            this.b = b;
        }

        int varint() {
            return (int) varlong();
        }

        long varlong() {
            long v = 0;
            int shift = 0;
            while (true) {
                byte x = b[pos++];
                v |= (long) (x & 0x7f) << shift;
                if (x >= 0) return v;
                shift += 7;
            }
        }

        long fixed() {
            long v = 0;
            for (int i = 0; i < 8; i++) v |= (long) (b[pos++] & 0xff) << (8 * i);
            return v;
        }
    }
}
