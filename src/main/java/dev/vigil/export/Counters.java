package dev.vigil.export;

import dev.vigil.sample.ProcessExtra;
import dev.vigil.sample.ProcessSample;

/** The cumulative counters of one process as an array, the order every group sum uses. */
final class Counters {
    static final int USER = 0, SYSTEM = 1, READ = 2, WRITE = 3, MINOR = 4, MAJOR = 5,
            VOLUNTARY = 6, INVOLUNTARY = 7, SIZE = 8;

    private Counters() {
    }

    /**
     * One process's counters; unreadable ones (-1) count 0. Without the sampler's extras all
     * CPU time counts as user time (the split is unknown) and the others are 0.
     */
    static double[] of(ProcessSample p) {
        double[] c = new double[SIZE];
        ProcessExtra x = p.extra();
        if (x == null) {
            c[USER] = Math.max(0, p.cpuTimeSeconds());
            return c;
        }
        c[USER] = x.userSeconds();
        c[SYSTEM] = x.systemSeconds();
        c[READ] = Math.max(0, x.readBytes());
        c[WRITE] = Math.max(0, x.writeBytes());
        c[MINOR] = Math.max(0, x.minorFaults());
        c[MAJOR] = Math.max(0, x.majorFaults());
        c[VOLUNTARY] = Math.max(0, x.voluntarySwitches());
        c[INVOLUNTARY] = Math.max(0, x.involuntarySwitches());
        return c;
    }

    /** into += add, element by element. */
    static void add(double[] into, double[] add) {
        for (int i = 0; i < SIZE; i++) into[i] += add[i];
    }

    /** last raised to cur where cur is higher (a counter never goes down within one process). */
    static double[] max(double[] last, double[] cur) {
        for (int i = 0; i < SIZE; i++) cur[i] = Math.max(last[i], cur[i]);
        return cur;
    }
}
