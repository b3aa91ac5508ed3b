package dev.vigil.export;

import dev.vigil.sample.CpuSplit;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.SystemSample;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;

import java.util.List;

/**
 * The machine under {@code vigil_}: the same figures the monitor's header shows, measured over
 * the sampler's interval (CPU shares are gauges between 0 and 1, not counters), and how the
 * sampler itself is doing.
 */
final class SystemFamilies {
    /** Kernel state letters and the label each gets in vigil_tasks_by_state; the rest is "other". */
    static final String STATE_LETTERS = "RSDZTtIX";
    static final String[] STATE_NAMES = {"running", "sleeping", "disk_sleep", "zombie", "stopped",
            "tracing_stop", "idle", "dead", "other"};

    private SystemFamilies() {
    }

    static void add(Snapshot s, GroupTable t, List<MetricSnapshot> out) {
        SystemSample sys = s.system();
        if (sys != null) {
            out.add(Family.gauge("vigil_cpu_busy_ratio", "Busy share of all CPUs over the last sample interval (0-1)")
                    .add(sys.cpuPercent() / 100).build());
            Family core = Family.gauge("vigil_cpu_core_busy_ratio", "Busy share of each CPU over the last sample interval (0-1)");
            double[] per = sys.perCpu() == null ? new double[0] : sys.perCpu();
            for (int i = 0; i < per.length; i++) core.add(per[i] / 100, "cpu", Integer.toString(i));
            out.add(core.build());
            Family mode = Family.gauge("vigil_cpu_mode_ratio",
                    "Share of all CPUs' time by kind over the last sample interval (0-1); user+nice+system is busy");
            addModes(mode, sys.cpuSplit());
            out.add(mode.build());
            Family coreMode = Family.gauge("vigil_cpu_core_mode_ratio", "The same for each CPU (0-1)");
            CpuSplit[] splits = sys.perCpuSplit() == null ? new CpuSplit[0] : sys.perCpuSplit();
            for (int i = 0; i < splits.length; i++) addModes(coreMode, splits[i], "cpu", Integer.toString(i));
            out.add(coreMode.build());
            out.add(gauge("vigil_memory_total_bytes", "Usable memory (MemTotal)", sys.memTotalBytes()));
            out.add(gauge("vigil_memory_used_bytes", "Memory in use, as the monitor's header counts it", sys.memUsedBytes()));
            out.add(gauge("vigil_memory_available_bytes", "Memory new work can get without swapping (MemAvailable)",
                    sys.memAvailableBytes()));
            out.add(gauge("vigil_memory_buffers_bytes", "Buffers (/proc/meminfo)", sys.memBuffersBytes()));
            out.add(gauge("vigil_memory_cached_bytes", "Page cache as the header counts it (Cached + SReclaimable - Shmem)",
                    sys.memCacheBytes()));
            out.add(gauge("vigil_memory_free_bytes", "Memory neither used, nor buffers, nor cache", sys.memFreeBytes()));
            out.add(gauge("vigil_swap_total_bytes", "Swap space", sys.swapTotalBytes()));
            out.add(gauge("vigil_swap_used_bytes", "Swap in use", sys.swapUsedBytes()));
            double[] load = sys.load() == null ? new double[0] : sys.load();
            String[] loadNames = {"vigil_load1", "vigil_load5", "vigil_load15"};
            for (int i = 0; i < Math.min(3, load.length); i++) {
                out.add(gauge(loadNames[i], "Load average over " + (i == 0 ? 1 : i == 1 ? 5 : 15) + " minutes", load[i]));
            }
            out.add(gauge("vigil_uptime_seconds", "Seconds since boot", sys.uptimeSeconds()));
            out.add(gauge("vigil_tasks", "Userland processes, as the monitor's header counts them", sys.tasks()));
            out.add(gauge("vigil_threads", "Userland threads besides each process's main thread, as the header counts them", sys.threads()));
            out.add(gauge("vigil_kernel_threads", "Kernel threads", sys.kernelThreads()));
        }
        int[] byState = new int[STATE_NAMES.length];
        for (ProcessSample p : s.processes()) {
            if (p.isThread()) continue;
            int i = STATE_LETTERS.indexOf(p.state());
            byState[i < 0 ? STATE_NAMES.length - 1 : i]++;
        }
        Family states = Family.gauge("vigil_tasks_by_state", "Processes (kernel threads included) by state");
        for (int i = 0; i < STATE_NAMES.length; i++) states.add(byState[i], "state", STATE_NAMES[i]);
        out.add(states.build());
        out.add(gauge("vigil_sample_duration_seconds", "How long the last sample took to collect", s.collectMicros() / 1e6));
        out.add(gauge("vigil_sample_timestamp_seconds", "When the last sample was taken, epoch seconds",
                s.timestampMillis() / 1000.0));
        out.add(gauge("vigil_groups", "Process groups exported", t.groups().size()));
        out.add(gauge("vigil_groups_folded", "Group names folded into the 'other' group by --max-groups", t.folded()));
    }

    /** One data point per kind of CPU time, labelled mode=user|nice|system|iowait (plus labels). */
    private static void addModes(Family f, CpuSplit c, String... labels) {
        if (c == null) return;
        String[] kinds = {"user", "nice", "system", "iowait"};
        double[] v = {c.user(), c.nice(), c.system(), c.iowait()};
        for (int i = 0; i < kinds.length; i++) {
            String[] l = java.util.Arrays.copyOf(labels, labels.length + 2);
            l[labels.length] = "mode";
            l[labels.length + 1] = kinds[i];
            f.add(v[i] / 100, l);
        }
    }

    private static MetricSnapshot gauge(String name, String help, double v) {
        return Family.gauge(name, help).add(v).build();
    }
}
