package dev.vigil.history;

import dev.vigil.sample.CpuSplit;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.SystemSample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A scripted day of snapshots for the storage benchmark (HistoryBench), the same on every run and
 * every machine. Modelled on a recording of a quiet 2-core server at 5 s: about 70 processes, 30
 * of them kernel threads; 6 busy ones use CPU in every sample, the others wake now and then (each
 * wake writes two rows: CPU up, then back to 0), so about 13 processes change per sample; a
 * short-lived job (a health check) runs once a minute. {@code extra} idle sleepers (bench/load.sh
 * tree: bash parents of `sleep 86400`) never change. CPU% and memory are computed the way
 * LinuxSampler computes them, from ticks, page counts and the measured interval.
 */
final class SyntheticDay {
    static final int SAMPLES = 17_280;
    private static final long MEM_TOTAL = 24L << 30;
    private static final String[] USER_COMMANDS = {
        "/sbin/init", "/lib/systemd/systemd-journald", "/lib/systemd/systemd-udevd", "/lib/systemd/systemd-logind",
        "/usr/sbin/cron -f", "/usr/sbin/rsyslogd -n -iNONE", "/usr/bin/dbus-daemon --system --address=systemd:"
        + " --nofork --nopidfile --systemd-activation --syslog-only", "/usr/sbin/sshd -D",
        "sshd: admin [priv]", "sshd: admin@pts/0", "-bash", "tmux new-session -s main", "/usr/sbin/chronyd -F 1",
        "/usr/bin/containerd", "/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock",
        "/usr/local/bin/node_exporter --collector.systemd --collector.processes --web.listen-address=:9100",
        "postgres: 15/main: checkpointer", "postgres: 15/main: background writer", "postgres: 15/main: walwriter",
        "/usr/lib/postgresql/15/bin/postgres -D /var/lib/postgresql/15/main -c config_file=/etc/postgresql/15/main/"
        + "postgresql.conf", "nginx: master process /usr/sbin/nginx -g daemon on; master_process on;",
        "nginx: worker process", "nginx: worker process", "/usr/bin/python3 /usr/local/bin/app-worker --queue default"
        + " --concurrency 4 --log-level info", "/usr/bin/redis-server 127.0.0.1:6379",
        "/usr/lib/jvm/java-17-openjdk-amd64/bin/java -Xms512m -Xmx2g -XX:+UseG1GC -Dlog4j2.formatMsgNoLookups=true"
        + " -Djava.security.egd=file:/dev/./urandom -cp /opt/app/lib/app.jar:/opt/app/lib/deps/* com.example.app.Main"
        + " --config /etc/app/application.yml --spring.profiles.active=production --server.port=8080",
        "/usr/sbin/unattended-upgrade-shutdown --wait-for-signal", "/usr/lib/policykit-1/polkitd --no-debug",
        "agetty -o -p -- \\u --noclear tty1 linux", "/usr/bin/vigil record", "-bash", "top", "less /var/log/syslog",
        "/usr/sbin/irqbalance --foreground", "/usr/lib/accountsservice/accounts-daemon", "/usr/sbin/atd -f",
        "/usr/bin/containerd-shim-runc-v2 -namespace moby -id 4f1c2a9e0b7d -address /run/containerd/containerd.sock",
        "/usr/bin/python3 /usr/bin/networkd-dispatcher --run-startup-triggers", "/lib/systemd/systemd --user",
        "(sd-pam)"};
    private static final String[] KERNEL = {"kthreadd", "rcu_gp", "rcu_par_gp", "kworker/0:0H-events_highpri",
        "mm_percpu_wq", "rcu_tasks_kthread", "ksoftirqd/0", "rcu_preempt", "migration/0", "cpuhp/0", "cpuhp/1",
        "migration/1", "ksoftirqd/1", "kworker/1:0H-events_highpri", "kdevtmpfs", "netns", "kauditd", "khungtaskd",
        "oom_reaper", "writeback", "kcompactd0", "ksmd", "khugepaged", "kintegrityd", "kblockd", "kswapd0",
        "kworker/0:1-events", "kworker/1:1-mm_percpu_wq", "kworker/u4:2-events_unbound", "jbd2/sda1-8"};
    private static final int BUSY = 6;

    private final Random r = new Random(7);
    private final List<ProcessSample> live = new ArrayList<>();
    private final List<Long> ticks = new ArrayList<>();
    private final long[] cpuTicks = new long[2 * 5];
    private long time = 1_764_558_000_000L;  // 2025-12-01 03:00 UTC
    private int nextPid = 30_000;
    private int job = -1;
    private int k;

    SyntheticDay(int extra) {
        for (int i = 0; i < KERNEL.length; i++) {
            add(new ProcessSample(2 + i, 2 + i, i == 0 ? 0 : 2, 0, "root", 'I', 0, 20, 1, 0, 0, 0, 0, 0, 3 + i,
                    time - 864_000_000L, KERNEL[i], "[" + KERNEL[i] + "]", Double.NaN, Double.NaN, true, 0, null), 5);
        }
        for (int i = 0; i < USER_COMMANDS.length; i++) {
            String c = USER_COMMANDS[i];
            String name = c.startsWith("/") ? c.substring(c.lastIndexOf('/', c.indexOf(' ') < 0 ? c.length() - 1
                    : c.indexOf(' ')) + 1).split(" ")[0] : c.split(" ")[0].replaceAll("[^a-z]", "");
            int uid = i % 3 == 0 ? 0 : 1000 + i % 4;
            long rss = 4096L * (500 + r.nextInt(i == 25 ? 200_000 : 20_000));
            add(process(400 + i * 37, i < 3 ? 1 : 400, uid, name, c, rss, 4096L * r.nextInt(100_000)), 5000);
        }
        for (int i = 0; i < extra; i++) {
            boolean parent = i % 100 == 0;
            add(process(100_000 + i, parent ? 1 : 100_000 + i / 100 * 100, 1000, parent ? "bash" : "sleep",
                    parent ? "bash bench/load.sh __tree 1000" : "sleep 86400", 4096L * (parent ? 900 : 200), 0), 1);
        }
    }

    private ProcessSample process(int pid, int ppid, int uid, String name, String command, long rss, long t) {
        return new ProcessSample(pid, pid, ppid, uid, uid == 0 ? "root" : "user" + uid, 'S', 0, 20, 1 + pid % 3, rss,
                rss * 3 + 4096L * 1024, 0, 100.0 * rss / MEM_TOTAL, t / 100.0, 1000 + pid, time - 86_400_000L + pid,
                name, command, 0, 0, false, uid, null);
    }

    private void add(ProcessSample p, long t) {
        live.add(p);
        ticks.add(t);
    }

    /** The next sample's snapshot. */
    Snapshot next() {
        k++;
        double seconds = (5_000_000_000L + r.nextInt(4_000_000)) / 1e9;
        long interval = Math.round(seconds * 1000);
        time += interval;
        if (job >= 0) {
            live.remove(job);
            ticks.remove(job);
            job = -1;
        }
        long busyTicks = 0;
        for (int i = 0; i < live.size(); i++) {
            ProcessSample p = live.get(i);
            boolean kernel = p.kernelThread();
            boolean busy = !kernel && i >= KERNEL.length && i < KERNEL.length + BUSY;
            boolean sleeper = p.name().equals("sleep") || p.command().startsWith("bash bench");
            long d = sleeper ? 0 : busy ? 1 + r.nextInt(12) : r.nextInt(1000) < 55 ? 1 + r.nextInt(3) : 0;
            busyTicks += d;
            long t = ticks.get(i) + d;
            ticks.set(i, t);
            long rss = p.rssBytes();
            if (!kernel && d > 0 && r.nextInt(3) == 0) rss += 4096L * (r.nextInt(33) - 16);
            char state = d > 0 && r.nextInt(8) == 0 ? 'R' : kernel ? 'I' : 'S';
            double cpu = d * 100.0 / 100 / seconds;
            if (cpu == p.cpuPercent() && rss == p.rssBytes() && state == p.state()) continue;
            live.set(i, new ProcessSample(p.pid(), p.tgid(), p.ppid(), p.uid(), p.user(), state, p.nice(),
                    p.priority(), p.threads(), rss, p.vszBytes(), cpu, 100.0 * rss / MEM_TOTAL, t / 100.0,
                    p.startTicks(), p.startTimeMillis(), p.name(), p.command(), p.ioReadBytesPerSec(),
                    p.ioWriteBytesPerSec(), p.kernelThread(), p.realUid(), null));
        }
        if (k % 12 == 0) {
            int pid = nextPid++;
            job = live.size();
            add(new ProcessSample(pid, pid, 1, 0, "root", 'R', 0, 20, 1, 4096L * 800, 4096L * 2400, 0,
                    100.0 * 4096 * 800 / MEM_TOTAL, 0.01, 1000L * k, time - 300,  "health-check",
                    "/bin/sh -c /usr/local/bin/health-check --quiet --timeout 5", 0, 0, false, 0, null), 1);
        }
        return new Snapshot(k, time, interval, system(seconds, busyTicks), List.copyOf(live), 900 + r.nextInt(400));
    }

    /** The machine's figures, its CPU shares from ticks as SystemReader computes them. */
    private SystemSample system(double seconds, long busyTicks) {
        long total = Math.round(seconds * 100);
        double[] per = new double[2];
        CpuSplit[] split = new CpuSplit[2];
        long[] sum = new long[4];
        for (int c = 0; c < 2; c++) {
            long[] t = {(busyTicks + c) / 2 + r.nextInt(3), 0, r.nextInt(4), r.nextInt(20) == 0 ? 1 : 0};
            split[c] = new CpuSplit(share(t[0], total), share(t[1], total), share(t[2], total), share(t[3], total));
            per[c] = split[c].busy();
            for (int i = 0; i < 4; i++) sum[i] += t[i];
        }
        CpuSplit all = new CpuSplit(share(sum[0], 2 * total), share(sum[1], 2 * total), share(sum[2], 2 * total),
                share(sum[3], 2 * total));
        long used = (3L << 30) + 4096L * r.nextInt(2000);
        return new SystemSample(all.busy(), per, MEM_TOTAL, used, MEM_TOTAL - used - (2L << 30), 2L << 30,
                0, new double[]{0.01 * r.nextInt(80), 0.3 + 0.01 * r.nextInt(20), 0.4}, 864_000 + time / 1000 % 86_400,
                live.size() - KERNEL.length, 120 + r.nextInt(4), 1 + r.nextInt(2), all, split, 200L << 20,
                (8L << 30) + 4096L * r.nextInt(1000), KERNEL.length);
    }

    private static double share(long ticks, long total) {
        return Math.max(0, Math.min(100, 100.0 * ticks / total));
    }
}
