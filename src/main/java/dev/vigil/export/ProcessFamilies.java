package dev.vigil.export;

import io.prometheus.metrics.model.snapshots.MetricSnapshot;

import java.util.List;

/**
 * The group metrics under process-exporter's names, help texts, types, labels and units
 * (namedprocess_namegroup_*, label {@code groupname}), so dashboards built for it work.
 */
final class ProcessFamilies {
    private static final String P = "namedprocess_namegroup_";
    private static final String G = "groupname";

    private ProcessFamilies() {
    }

    static void add(GroupTable t, List<MetricSnapshot> out) {
        Family procs = Family.gauge(P + "num_procs", "number of processes in this group");
        Family cpu = Family.counter(P + "cpu_seconds", "Cpu user usage in seconds");
        Family read = Family.counter(P + "read_bytes", "number of bytes read by this group");
        Family write = Family.counter(P + "write_bytes", "number of bytes written by this group");
        Family major = Family.counter(P + "major_page_faults", "Major page faults");
        Family minor = Family.counter(P + "minor_page_faults", "Minor page faults");
        Family ctx = Family.counter(P + "context_switches", "Context switches");
        Family mem = Family.gauge(P + "memory_bytes", "number of bytes of memory in use");
        Family fds = Family.gauge(P + "open_filedesc", "number of open file descriptors for this group");
        Family worst = Family.gauge(P + "worst_fd_ratio",
                "the worst (closest to 1) ratio between open fds and max fds among all procs in this group");
        Family start = Family.gauge(P + "oldest_start_time_seconds",
                "start time in seconds since 1970/01/01 of oldest process in group");
        Family threads = Family.gauge(P + "num_threads", "Number of threads");
        Family states = Family.gauge(P + "states",
                "Number of processes in states Running, Sleeping, Waiting, Zombie, or Other");
        for (GroupStats g : t.groups()) {
            String n = g.name();
            double[] c = g.counters();
            procs.add(g.procs(), G, n);
            cpu.add(c[Counters.USER], G, n, "mode", "user");
            cpu.add(c[Counters.SYSTEM], G, n, "mode", "system");
            read.add(c[Counters.READ], G, n);
            write.add(c[Counters.WRITE], G, n);
            major.add(c[Counters.MAJOR], G, n);
            minor.add(c[Counters.MINOR], G, n);
            ctx.add(c[Counters.VOLUNTARY], G, n, "ctxswitchtype", "voluntary");
            ctx.add(c[Counters.INVOLUNTARY], G, n, "ctxswitchtype", "nonvoluntary");
            mem.add(g.residentBytes(), G, n, "memtype", "resident");
            mem.add(g.virtualBytes(), G, n, "memtype", "virtual");
            mem.add(g.swappedBytes(), G, n, "memtype", "swapped");
            fds.add(g.openFds(), G, n);
            worst.add(g.worstFdRatio(), G, n);
            start.add(g.oldestStartSeconds(), G, n);
            threads.add(g.threads(), G, n);
            for (int i = 0; i < GroupStats.STATE_NAMES.length; i++) {
                states.add(g.states()[i], G, n, "state", GroupStats.STATE_NAMES[i]);
            }
        }
        for (Family f : List.of(procs, cpu, read, write, major, minor, ctx, mem, fds, worst, start, threads, states)) {
            out.add(f.build());
        }
    }
}
