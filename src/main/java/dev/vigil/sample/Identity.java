package dev.vigil.sample;

/**
 * Who a process is, not just where it sits in the PID space: a PID is reused by the kernel,
 * but PID + start time (clock ticks since boot, field 22 of /proc/PID/stat) is unique for the
 * life of the machine. Selection, tags, collapsed tree nodes, alerts and signals all key on this.
 */
public record Identity(int pid, long startTicks) {
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
