package dev.vigil.alert;

import dev.vigil.model.Procs;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.SystemSample;

import java.util.List;

/** Hand-built processes and snapshots for the alert tests. */
final class Snaps {
    private Snaps() {
    }

    /** A process builder with quiet defaults: state S, 1 thread, 0 % CPU, started a minute before the tests' clock starts. */
    static final class P {
        int pid;
        int tgid;
        int ppid = 1;
        String user = "app";
        char state = 'S';
        int threads = 1;
        long rss = 10 << 20;
        double cpu;
        double mem = 1;
        long startTicks;
        long startMillis = 1_699_999_940_000L; // a minute before the tests' T0
        String name;
        double ioRead = 0;
        double ioWrite = 0;

        P(int pid, String name) {
            this.pid = pid;
            this.tgid = pid;
            this.startTicks = pid * 10L;
            this.name = name;
        }

        P cpu(double v) {
            cpu = v;
            return this;
        }

        P mem(double v) {
            mem = v;
            return this;
        }

        P rss(long v) {
            rss = v;
            return this;
        }

        P threads(int v) {
            threads = v;
            return this;
        }

        P state(char v) {
            state = v;
            return this;
        }

        P ppid(int v) {
            ppid = v;
            return this;
        }

        P ticks(long v) {
            startTicks = v;
            return this;
        }

        P started(long epochMillis) {
            startMillis = epochMillis;
            return this;
        }

        P io(double read, double write) {
            ioRead = read;
            ioWrite = write;
            return this;
        }

        P thread(int ofProcess) {
            tgid = ofProcess;
            return this;
        }

        ProcessSample build() {
            return new ProcessSample(pid, tgid, ppid, 1000, user, state, 0, 20, threads, rss, rss * 2, cpu, mem,
                    1.0, startTicks, startMillis, name, "/usr/bin/" + name, ioRead, ioWrite, false, 1000);
        }
    }

    static P p(int pid, String name) {
        return new P(pid, name);
    }

    static SystemSample sys(double cpu, double memPct, double swapPct, double load1, int tasks) {
        long total = 1000L << 20;
        return new SystemSample(cpu, new double[]{cpu}, total, (long) (total * memPct / 100), total / 2,
                total, (long) (total * swapPct / 100), new double[]{load1, load1 / 2, load1 / 4}, 100, tasks,
                tasks * 2, 1, Procs.split(cpu), Procs.splits(new double[]{cpu}), 0, 0, 0);
    }

    static Snapshot snap(long t, SystemSample sys, P... ps) {
        return new Snapshot(t / 1000, t, 1000, sys, java.util.Arrays.stream(ps).map(P::build).toList(), 10);
    }

    static Snapshot snap(long t, P... ps) {
        return snap(t, sys(10, 20, 0, 0.5, ps.length), ps);
    }

    static Snapshot snapOf(long t, List<ProcessSample> ps) {
        return new Snapshot(t / 1000, t, 1000, sys(10, 20, 0, 0.5, ps.size()), ps, 10);
    }

    static Rule rule(String text) {
        try {
            return Rule.parse(text);
        } catch (dev.vigil.model.QueryException e) {
            throw new AssertionError(text + ": " + e.getMessage(), e);
        }
    }
}
