package dev.vigil.sample;

/**
 * Who a process is, not just where it sits in the PID space: a PID is reused by the kernel,
 * but PID + start time (clock ticks since boot, field 22 of /proc/PID/stat) is unique for the
 * life of the machine. Selection, tags, collapsed tree nodes, alerts and signals all key on this.
 */
public record Identity(int pid, long startTicks) {
    // equals and hashCode written out: a record's generated ones are linked through
    // invokedynamic at their first call (~25 ms of every start, as the first snapshot's
    // listeners hash identities), and then run through method handles on every map lookup.
    @Override
    public boolean equals(Object o) {
        return o instanceof Identity i && i.pid == pid && i.startTicks == startTicks;
    }

    @Override
    public int hashCode() {
        return pid * 31 + Long.hashCode(startTicks);
    }

    @Override
    public String toString() {
        return pid + "@" + startTicks;
    }

    /** Parses the {@link #toString()} form {@code PID@TICKS}; null when malformed. */
    public static Identity parse(String s) {
        int at = s.indexOf('@');
        if (at <= 0) return null;
        try {
            return new Identity(Integer.parseInt(s.substring(0, at).trim()),
                    Long.parseLong(s.substring(at + 1).trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
