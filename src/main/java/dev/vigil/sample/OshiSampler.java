package dev.vigil.sample;

import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.CentralProcessor.TickType;
import oshi.hardware.GlobalMemory;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The portable process source, through OSHI, for systems without /proc. CPU % is measured
 * between two samples from each process's user+kernel time, as on Linux. User names come from
 * OSHI's first answer per uid and are cached: {@code OSProcess.getUser()} forks getent, so it is
 * called once per uid, never per process per refresh. Nice values are not portable: 0. Threads
 * are not listed as rows here ({@link #setIncludeThreads} has no effect).
 */
public final class OshiSampler implements Sampler {
    private record Seen(long startMillis, long cpuMillis, long read, long written) {
    }

    private final SystemInfo si = new SystemInfo();
    private final OperatingSystem os = si.getOperatingSystem();
    private final CentralProcessor cpu = si.getHardware().getProcessor();
    private final GlobalMemory memory = si.getHardware().getMemory();
    private final Map<String, String> users = new HashMap<>();
    private Map<Integer, Seen> previous = new HashMap<>();
    private long[] ticks;
    private long[][] coreTicks;
    private long lastNanos;
    private long sequence;
    private volatile boolean includeIo = true;

    @Override
    public void setIncludeIo(boolean include) {
        includeIo = include;
    }

    @Override
    public Snapshot sample() {
        long t0 = System.nanoTime();
        long wall = System.currentTimeMillis();
        double seconds = lastNanos == 0 ? 0 : (t0 - lastNanos) / 1e9;
        lastNanos = t0;
        long memTotal = memory.getTotal();
        Map<Integer, Seen> now = new HashMap<>();
        List<ProcessSample> out = new ArrayList<>();
        int threads = 0; // threads besides each process's main thread, as LinuxSampler counts them
        int running = 0;
        for (OSProcess p : os.getProcesses()) {
            ProcessSample s = convert(p, seconds, memTotal, now);
            if (s == null) continue;
            out.add(s);
            threads += Math.max(0, s.threads() - 1);
            if (s.state() == 'R') running++;
        }
        previous = now;
        return new Snapshot(++sequence, wall, seconds == 0 ? 0 : Math.round(seconds * 1000),
                system(memTotal, out.size(), threads, running), out, (System.nanoTime() - t0) / 1000);
    }

    private ProcessSample convert(OSProcess p, double seconds, long memTotal, Map<Integer, Seen> now) {
        int pid = p.getProcessID();
        if (pid < 0 || p.getState() == OSProcess.State.INVALID) return null;
        long cpuMillis = p.getUserTime() + p.getKernelTime();
        long start = p.getStartTime();
        Seen before = previous.get(pid);
        boolean same = before != null && before.startMillis() == start;
        double cpuPct = same && seconds > 0 ? Math.max(0, cpuMillis - before.cpuMillis()) / 10.0 / seconds : 0;
        double r = Double.NaN, w = Double.NaN;
        if (includeIo) {
            r = same && seconds > 0 ? Math.max(0, p.getBytesRead() - before.read()) / seconds : 0;
            w = same && seconds > 0 ? Math.max(0, p.getBytesWritten() - before.written()) / seconds : 0;
        }
        now.put(pid, new Seen(start, cpuMillis, p.getBytesRead(), p.getBytesWritten()));
        String uidText = p.getUserID();
        int uid = parseUid(uidText);
        String user = users.computeIfAbsent(uidText == null ? "" : uidText, k -> nameOf(p, k));
        String name = p.getName() == null ? "" : p.getName();
        String cmd = p.getCommandLine() == null || p.getCommandLine().isBlank() ? "[" + name + "]" : p.getCommandLine();
        long rss = p.getResidentMemory();
        return new ProcessSample(pid, pid, p.getParentProcessID(), uid, user, letter(p.getState()), 0,
                p.getPriority(), p.getThreadCount(), rss, p.getVirtualSize(), cpuPct,
                memTotal > 0 ? 100.0 * rss / memTotal : 0, cpuMillis / 1000.0, start / 10, start,
                name, cmd, r, w, false, uid);
    }

    private static String nameOf(OSProcess p, String uid) {
        String u = p.getUser();
        return u == null || u.isBlank() ? uid : u;
    }

    private SystemSample system(long memTotal, int tasks, int threads, int running) {
        long[] nowTicks = cpu.getSystemCpuLoadTicks();
        long[][] nowCore = cpu.getProcessorCpuLoadTicks();
        CpuSplit all = split(ticks, nowTicks);
        CpuSplit[] perSplit = new CpuSplit[nowCore.length];
        double[] perCpu = new double[nowCore.length];
        for (int i = 0; i < nowCore.length; i++) {
            perSplit[i] = split(coreTicks == null || i >= coreTicks.length ? null : coreTicks[i], nowCore[i]);
            perCpu[i] = perSplit[i].busy();
        }
        ticks = nowTicks;
        coreTicks = nowCore;
        long avail = memory.getAvailable();
        double[] load = cpu.getSystemLoadAverage(3);
        for (int i = 0; i < load.length; i++) if (load[i] < 0) load[i] = 0;
        // OSHI gives neither buffers nor cache on every system: used is total minus available here
        return new SystemSample(all.busy(), perCpu, memTotal, Math.max(0, memTotal - avail), avail,
                memory.getVirtualMemory().getSwapTotal(), memory.getVirtualMemory().getSwapUsed(),
                load, os.getSystemUptime(), tasks, threads, running, all, perSplit, 0, 0, 0);
    }

    /** Shares of each kind of CPU time between two tick arrays indexed by TickType. */
    private static CpuSplit split(long[] before, long[] now) {
        if (before == null) return CpuSplit.ZERO;
        long[] d = new long[now.length];
        long total = 0;
        for (int i = 0; i < now.length; i++) {
            d[i] = Math.max(0, now[i] - before[i]);
            total += d[i];
        }
        if (total <= 0) return CpuSplit.ZERO;
        double k = 100.0 / total;
        return new CpuSplit(d[TickType.USER.getIndex()] * k, d[TickType.NICE.getIndex()] * k,
                (d[TickType.SYSTEM.getIndex()] + d[TickType.IRQ.getIndex()] + d[TickType.SOFTIRQ.getIndex()]
                        + d[TickType.STEAL.getIndex()]) * k, d[TickType.IOWAIT.getIndex()] * k);
    }

    static char letter(OSProcess.State s) {
        return switch (s) {
            case RUNNING -> 'R';
            case SLEEPING -> 'S';
            case WAITING -> 'D';
            case ZOMBIE -> 'Z';
            case STOPPED, SUSPENDED -> 'T';
            default -> '?';
        };
    }

    private static int parseUid(String s) {
        try {
            return s == null ? -1 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
