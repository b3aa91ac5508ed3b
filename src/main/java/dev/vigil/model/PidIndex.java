package dev.vigil.model;

/**
 * PID to a non-negative int (a list position), by open addressing over two int arrays: no
 * boxed Integer and no map entry per process, which at 5000 processes was most of what the
 * table allocated per refresh. PIDs are positive; a slot holding 0 is empty. Not thread-safe
 * while filled; read-only use after that is safe once published.
 */
final class PidIndex {
    private final int[] keys;
    private final int[] values;
    private final int mask;
    private int size;

    PidIndex(int expected) {
        int cap = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1; // load factor <= 1/2
        keys = new int[cap];
        values = new int[cap];
        mask = cap - 1;
    }

    /** Maps pid (> 0) to value (>= 0), replacing an earlier value. */
    void put(int pid, int value) {
        if (pid <= 0) throw new IllegalArgumentException("not a PID: " + pid);
        int i = slot(pid);
        while (keys[i] != 0 && keys[i] != pid) i = (i + 1) & mask;
        if (keys[i] == 0) {
            if (size == mask) throw new IllegalStateException("PidIndex is full at " + size + " PIDs");
            size++;
        }
        keys[i] = pid;
        values[i] = value;
    }

    /** The value for pid, or -1. */
    int get(int pid) {
        if (pid <= 0) return -1;
        int i = slot(pid);
        while (keys[i] != 0) {
            if (keys[i] == pid) return values[i];
            i = (i + 1) & mask;
        }
        return -1;
    }

    private int slot(int pid) {
        return (pid * 0x9E3779B9) >>> 1 & mask; // Fibonacci hashing spreads sequential PIDs
    }

    int size() {
        return size;
    }
}
