package dev.vigil.cli;

import dev.vigil.model.Procs;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Sampler;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.SystemSample;

import java.util.ArrayList;
import java.util.List;

/**
 * A sampler that hands out hand-made snapshots in order (repeating the last one), and counts
 * calls and closes. {@link #proc} builds a process with plain defaults to adjust per test.
 */
public final class FakeSampler implements Sampler {
    /** 2026-01-02T03:04:05.678Z */
    public static final long T0 = 1767323045678L;
    public static final long MEM_TOTAL = 8L << 30;

    private final List<List<ProcessSample>> frames;
    public volatile int calls;
    public volatile int closes;
    public volatile boolean closed;
    /** When positive, sample() throws on call number failOnCall. */
    public int failOnCall;

    public FakeSampler(List<List<ProcessSample>> frames) {
        this.frames = new ArrayList<>(frames);
    }

    @SafeVarargs
    public static FakeSampler of(List<ProcessSample>... frames) {
        return new FakeSampler(List.of(frames));
    }

    @Override
    public Snapshot sample() {
        List<ProcessSample> ps = frames.get(Math.min(calls, frames.size() - 1));
        long seq = ++calls;
        if (seq == failOnCall) throw new IllegalStateException("boom\nsecond line");
        return new Snapshot(seq, T0 + (seq - 1) * 1000, seq == 1 ? 0 : 1000, system(ps.size()), ps, 42);
    }

    @Override
    public void close() {
        closes++;
        closed = true;
    }

    public static SystemSample system(int tasks) {
        return new SystemSample(12.5, new double[]{10.0, 15.0}, MEM_TOTAL, 3L << 30, 5L << 30,
                1L << 30, 0, new double[]{0.5, 0.25, 1.125}, 3 * 86400 + 4 * 3600 + 5 * 60, tasks,
                tasks * 2, 1, Procs.split(12.5), Procs.splits(new double[]{10.0, 15.0}), 256L << 20, 1L << 30, 40);
    }

    /** A sleeping root-owned process with small figures; the name doubles as the command. */
    public static ProcessSample proc(int pid, String name, double cpu) {
        return proc(pid, 1, "root", name, name, cpu, 4L << 20);
    }

    public static ProcessSample proc(int pid, int ppid, String user, String name, String command, double cpu, long rss) {
        int uid = switch (user) { case "root" -> 0; case "alice" -> 1000; default -> 1001; };
        return new ProcessSample(pid, pid, ppid, uid, user, 'S', 0, 20, 1,
                rss, 100L << 20, cpu, 100.0 * rss / MEM_TOTAL, 61.5, 1000 + pid, T0 - 3_600_000, name,
                command, Double.NaN, Double.NaN, false, uid);
    }

    /** A copy of p with I/O rates. */
    public static ProcessSample withIo(ProcessSample p, double read, double write) {
        return new ProcessSample(p.pid(), p.tgid(), p.ppid(), p.uid(), p.user(), p.state(), p.nice(),
                p.priority(), p.threads(), p.rssBytes(), p.vszBytes(), p.cpuPercent(), p.memPercent(),
                p.cpuTimeSeconds(), p.startTicks(), p.startTimeMillis(), p.name(), p.command(), read,
                write, p.kernelThread(), p.realUid());
    }
}
