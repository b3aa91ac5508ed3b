package dev.vigil.history;

import dev.vigil.sample.CpuSplit;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.SystemSample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Hand-built snapshots for the history tests. */
final class Script {
    static final long T0 = 1_764_558_000_000L; // 2025-12-01 03:00 UTC

    private Script() {
    }

    static ProcessSample proc(int pid, String name, double cpu, long rss) {
        return new ProcessSample(pid, pid, 1, 1000, "app", 'S', 0, 20, 1, rss, rss * 4, cpu, rss / 1e8,
                pid / 10.0, pid * 100L, T0 - 60_000 + pid, name, "/usr/bin/" + name + " --flag", 0, 0, false, 1000, null);
    }

    static ProcessSample with(ProcessSample p, double cpu, long rss, char state) {
        return new ProcessSample(p.pid(), p.tgid(), p.ppid(), p.uid(), p.user(), state, p.nice(), p.priority(),
                p.threads(), rss, p.vszBytes(), cpu, p.memPercent(), p.cpuTimeSeconds() + cpu / 100,
                p.startTicks(), p.startTimeMillis(), p.name(), p.command(), p.ioReadBytesPerSec(),
                p.ioWriteBytesPerSec(), p.kernelThread(), p.realUid(), null);
    }

    static ProcessSample exec(ProcessSample p, String name, String command, String user, int uid) {
        return new ProcessSample(p.pid(), p.tgid(), p.ppid(), uid, user, p.state(), p.nice(), p.priority(),
                p.threads(), p.rssBytes(), p.vszBytes(), p.cpuPercent(), p.memPercent(), p.cpuTimeSeconds(),
                p.startTicks(), p.startTimeMillis(), name, command, p.ioReadBytesPerSec(), p.ioWriteBytesPerSec(),
                p.kernelThread(), p.realUid() + 1, null);
    }

    static SystemSample system(Random r) {
        return new SystemSample(r.nextDouble() * 100, new double[]{r.nextDouble() * 100, r.nextDouble() * 100},
                8L << 30, r.nextInt(1 << 30), 4L << 30, 2L << 30, r.nextInt(1 << 20),
                new double[]{r.nextDouble(), r.nextDouble() * 2, 0.25}, 1000 + r.nextInt(99), 200, 400, 3,
                new CpuSplit(r.nextDouble(), 0, r.nextDouble(), 1.5), new CpuSplit[]{CpuSplit.ZERO,
                new CpuSplit(1, 2, 3, r.nextDouble())}, r.nextInt(1 << 20), 1 << 28, 90);
    }

    /**
     * n snapshots 5 s apart (with one long gap) in which processes start, end, change now and
     * then, exec under a new name and user, keep unreadable (NaN) I/O, carry a name that is not
     * UTF-8, and a thread row that is not recorded. Seeded: the same every run.
     */
    static List<Snapshot> sequence(int n) {
        Random r = new Random(42);
        List<ProcessSample> live = new ArrayList<>();
        for (int i = 0; i < 30; i++) live.add(proc(100 + i, "p" + i, 0, 1 << 20));
        live.add(new ProcessSample(77, 77, 1, 0, "root", 'S', -5, 15, 3, 5000, 9000, 0, 0, 1.5, 770, T0 - 5000,
                "bad\udcffname", "bad\udcffname arg\nline2 \u00e9\ud83d\ude00", Double.NaN, Double.NaN, false, 1000, null));
        live.add(new ProcessSample(2, 2, 0, 0, "root", 'I', 0, 20, 1, 0, 0, 0, 0, 0, 3, T0 - 9000,
                "kthreadd", "[kthreadd]", Double.NaN, Double.NaN, true, 0, null));
        List<Snapshot> out = new ArrayList<>();
        int nextPid = 1000;
        long t = T0;
        for (int k = 1; k <= n; k++) {
            t += k == n / 2 ? 700_000 : 5000 + r.nextInt(3);
            for (int i = 0; i < live.size(); i++) {
                ProcessSample p = live.get(i);
                int roll = r.nextInt(100);
                if (roll < 8) live.set(i, with(p, r.nextDouble() * 100, p.rssBytes() + r.nextInt(4096), 'R'));
                else if (roll < 12) live.set(i, with(p, 0, p.rssBytes(), r.nextBoolean() ? 'S' : 'D'));
                else if (roll == 12 && p.pid() >= 100) live.set(i, exec(p, "x" + k, "/bin/x" + k, "user" + k, 2000 + k));
            }
            if (r.nextInt(4) == 0) live.add(proc(nextPid++, "new" + k, r.nextDouble() * 10, 4096L * k));
            if (r.nextInt(5) == 0 && live.size() > 20) live.remove(3 + r.nextInt(live.size() - 3));
            List<ProcessSample> snap = new ArrayList<>(live);
            ProcessSample thread = live.get(0);
            snap.add(new ProcessSample(thread.pid() + 5000, thread.pid(), 1, 0, "app", 'S', 0, 20, 1, 0, 0, 1, 0, 0,
                    1, T0, "thr", "thr", Double.NaN, Double.NaN, false, 0, null));
            out.add(new Snapshot(k, t, 5000, system(r), snap, 100 + k));
        }
        return out;
    }
}
