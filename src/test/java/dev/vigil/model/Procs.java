package dev.vigil.model;

import dev.vigil.sample.CpuSplit;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.SystemSample;

import java.util.List;

/** Hand-made processes and snapshots for tests. */
public final class Procs {
    private Procs() {
    }

    /** A process with the given pid, parent, name, user, state and CPU%; the rest plausible. */
    public static ProcessSample proc(int pid, int ppid, String name, String user, char state, double cpu) {
        return new ProcessSample(pid, pid, ppid, user.equals("root") ? 0 : 1000, user, state, 0, 20, 1,
                (pid % 50 + 1) * 1024L * 1024, (pid % 50 + 10) * 4096L * 1024, cpu, (pid % 50) / 10.0,
                pid * 1.5, 1000L + pid, 1_700_000_000_000L + pid, name, "/usr/bin/" + name + " --id " + pid,
                Double.NaN, Double.NaN, false, user.equals("root") ? 0 : 1000);
    }

    public static ProcessSample proc(int pid, int ppid, String name) {
        return proc(pid, ppid, name, "root", 'S', 0);
    }

    /** Same process with another CPU% (same identity). */
    public static ProcessSample withCpu(ProcessSample p, double cpu) {
        return new ProcessSample(p.pid(), p.tgid(), p.ppid(), p.uid(), p.user(), p.state(), p.nice(), p.priority(),
                p.threads(), p.rssBytes(), p.vszBytes(), cpu, p.memPercent(), p.cpuTimeSeconds(), p.startTicks(),
                p.startTimeMillis(), p.name(), p.command(), p.ioReadBytesPerSec(), p.ioWriteBytesPerSec(),
                p.kernelThread(), p.realUid());
    }

    /** Same process with another start time: a different process on a reused PID. */
    public static ProcessSample withStart(ProcessSample p, long startTicks) {
        return new ProcessSample(p.pid(), p.tgid(), p.ppid(), p.uid(), p.user(), p.state(), p.nice(), p.priority(),
                p.threads(), p.rssBytes(), p.vszBytes(), p.cpuPercent(), p.memPercent(), p.cpuTimeSeconds(),
                startTicks, p.startTimeMillis(), p.name(), p.command(), p.ioReadBytesPerSec(),
                p.ioWriteBytesPerSec(), p.kernelThread(), p.realUid());
    }

    public static ProcessSample kernel(int pid, String name) {
        return new ProcessSample(pid, pid, 2, 0, "root", 'I', 0, 20, 1, 0, 0, 0, 0, 0, 100L + pid,
                1_700_000_000_000L, name, "[" + name + "]", Double.NaN, Double.NaN, true, 0);
    }

    public static ProcessSample thread(int tid, ProcessSample owner, String name) {
        return new ProcessSample(tid, owner.pid(), owner.ppid(), owner.uid(), owner.user(), 'S', 0, 20,
                owner.threads(), owner.rssBytes(), owner.vszBytes(), 0, owner.memPercent(), 0.1,
                owner.startTicks() + 5, owner.startTimeMillis(), name, owner.command(), Double.NaN, Double.NaN, false, owner.realUid());
    }

    /** A plausible split of a busy share: 60 % user, 10 % nice, 30 % system; 2 points of iowait. */
    public static CpuSplit split(double busy) {
        return new CpuSplit(busy * 0.6, busy * 0.1, busy * 0.3, Math.min(2, 100 - busy));
    }

    public static CpuSplit[] splits(double[] busy) {
        CpuSplit[] s = new CpuSplit[busy.length];
        for (int i = 0; i < busy.length; i++) s[i] = split(busy[i]);
        return s;
    }

    public static SystemSample system(int cpus) {
        double[] per = new double[cpus];
        for (int i = 0; i < cpus; i++) per[i] = (i * 37 % 100);
        return new SystemSample(42.5, per, 8L << 30, 3L << 30, 5L << 30, 2L << 30, 256L << 20,
                new double[]{0.52, 0.31, 0.20}, 3 * 86400 + 3723, 123, 456, 2, split(42.5), splits(per), 256L << 20,
                1L << 30, 78);
    }

    public static Snapshot snapshot(long seq, List<ProcessSample> ps) {
        return new Snapshot(seq, 1_700_000_000_000L + seq * 1000, seq == 1 ? 0 : 1000, system(4), ps, 1234);
    }
}
