package dev.vigil.export;

/**
 * One group's figures for one snapshot, in process-exporter's units. Gauges describe the
 * processes present now; counters never go down while the group exists (processes that ended
 * keep their share, as in process-exporter).
 *
 * @param name          the groupname label
 * @param procs         processes in the group now
 * @param threads       their threads
 * @param residentBytes summed resident memory
 * @param virtualBytes  summed virtual size
 * @param swappedBytes  summed swap (0 without the sampler's extras)
 * @param openFds       summed open file descriptors (those readable)
 * @param worstFdRatio  the highest open/limit ratio among the processes; 0 when none known
 * @param oldestStartSeconds start of the oldest process, epoch seconds; 0 when empty
 * @param states        processes by process-exporter's state: Running, Sleeping, Waiting, Zombie, Other
 * @param counters      cumulative counters in {@link Counters} order
 */
record GroupStats(String name, int procs, long threads, long residentBytes, long virtualBytes,
                  long swappedBytes, long openFds, double worstFdRatio, double oldestStartSeconds,
                  int[] states, double[] counters) {
    /** process-exporter's state label values, in {@link #states} order. */
    static final String[] STATE_NAMES = {"Running", "Sleeping", "Waiting", "Zombie", "Other"};

    /** The index in {@link #STATE_NAMES} of a kernel state letter, as process-exporter counts. */
    static int stateIndex(char c) {
        return switch (c) {
            case 'R' -> 0;
            case 'S' -> 1;
            case 'D' -> 2;
            case 'Z' -> 3;
            default -> 4;
        };
    }
}
