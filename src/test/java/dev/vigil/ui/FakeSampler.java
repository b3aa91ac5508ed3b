package dev.vigil.ui;

import dev.vigil.model.Procs;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Sampler;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.SystemSample;

import java.util.ArrayList;
import java.util.List;

/**
 * A Sampler of hand-made snapshots: a small, plausible process tree whose CPU figures move a
 * little each time, plus any number of extra processes (to measure the 5000-process budget).
 */
public final class FakeSampler implements Sampler {
    private final int extra;
    private long seq;
    private boolean threads;
    private volatile int samples;
    private volatile boolean io = true;

    public FakeSampler(int extra) {
        this.extra = extra;
    }

    public int samples() {
        return samples;
    }

    @Override
    public void setIncludeThreads(boolean include) {
        threads = include;
    }

    /** Whether I/O counters were asked for (as the real sampler, on until told otherwise). */
    public boolean io() {
        return io;
    }

    @Override
    public void setIncludeIo(boolean include) {
        io = include;
    }

    @Override
    public Snapshot sample() {
        seq++;
        samples++;
        List<ProcessSample> ps = new ArrayList<>(base(seq));
        if (threads) ps.add(Procs.thread(1201, ps.get(6), "java-worker"));
        for (int i = 0; i < extra; i++) {
            int pid = 10_000 + i;
            ps.add(Procs.proc(pid, i % 10 == 0 ? 1 : 10_000 + (i / 10) * 10, "worker" + (i % 97), "app",
                    'S', (i * 7 + seq) % 13 / 10.0));
        }
        double[] per = {12.5 + seq % 7, 48.0, 3.0 + seq % 5, 97.5};
        SystemSample sys = new SystemSample(40.2, per, 16L << 30, 6L << 30, 10L << 30, 4L << 30, 300L << 20,
                new double[]{1.25, 0.80, 0.42}, 86400 + 3 * 3600 + 25 * 60 + 7, 11 + extra, 30 + extra, 2, Procs.split(40.2),
                Procs.splits(per), 512L << 20, 3L << 30, 59);
        return new Snapshot(seq, System.currentTimeMillis(), seq == 1 ? 0 : 1000, sys, ps, 850);
    }

    static List<ProcessSample> base(long seq) {
        List<ProcessSample> ps = new ArrayList<>();
        ps.add(Procs.proc(1, 0, "systemd", "root", 'S', 0.3));
        ps.add(Procs.kernel(2, "kthreadd"));
        ps.add(Procs.kernel(3, "kworker/0:1"));
        ps.add(Procs.proc(410, 1, "sshd", "root", 'S', 0.0));
        ps.add(Procs.proc(880, 410, "bash", "alice", 'S', 0.0));
        ps.add(Procs.proc(901, 880, "make", "alice", 'S', 1.0));
        ps.add(Procs.proc(1200, 901, "java", "alice", 'R', 87.5 + seq % 5));
        ps.add(Procs.proc(1300, 901, "cc1", "alice", 'R', 45.0));
        ps.add(Procs.proc(1400, 1, "rsync", "backup", 'D', 3.2));
        ps.add(Procs.proc(1500, 880, "defunct-child", "alice", 'Z', 0));
        ps.add(Procs.proc(1600, 880, "vim", "alice", 'T', 0));
        ps.add(Procs.proc(700, 1, "postgres", "postgres", 'S', 2.5));
        return ps;
    }
}
