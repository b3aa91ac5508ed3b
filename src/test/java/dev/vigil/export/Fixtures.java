package dev.vigil.export;

import dev.vigil.sample.CpuSplit;
import dev.vigil.sample.ProcessExtra;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.SystemSample;

import java.util.List;

/** Hand-built samples for the exporter's tests. */
final class Fixtures {
    static final String SECRET = "tok-7f3a9c2e-SECRET";

    private Fixtures() {
    }

    static SystemSample system() {
        return new SystemSample(25, new double[]{50, 0}, 8L << 30, 2L << 30, 6L << 30, 1L << 30, 0,
                new double[]{0.5, 1.25, 2}, 12345, 3, 9, 1, new CpuSplit(15, 2.5, 7.5, 1),
                new CpuSplit[]{new CpuSplit(30, 5, 15, 2), CpuSplit.ZERO}, 100L << 20, 1L << 30, 40);
    }

    static ProcessSample proc(int pid, String name, String user, char state, double user_s, double sys_s,
                              String command, ProcessExtra extra) {
        return new ProcessSample(pid, pid, 1, 1000, user, state, 0, 20, 2, 4096L * pid, 8192L * pid, 1.5, 0.1,
                user_s + sys_s, 1000 + pid, 1_700_000_000_000L + pid * 1000L, name, command, 0, 0, false, 1000, extra);
    }

    static ProcessExtra extra(double user, double sys, String exe) {
        return new ProcessExtra(user, sys, 10, 1, 4096, 8192, 4, 1024, 70, 7, 0, exe, "/system.slice/app.service");
    }

    static Snapshot snap(long seq, long atMillis, ProcessSample... ps) {
        return new Snapshot(seq, atMillis, seq == 1 ? 0 : 5000, system(), List.of(ps), 1234);
    }
}
