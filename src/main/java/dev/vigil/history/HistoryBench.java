package dev.vigil.history;

import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Sampler;
import dev.vigil.sample.Samplers;
import dev.vigil.sample.Snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Benchmark of replay's reads (bench/history.sh runs it). {@code day PATH} writes a synthetic day
 * of history at 5 s (17,280 samples) starting from this machine's real process list: each
 * sample a tenth of the processes change CPU and RSS, and one process starts and one ends a
 * minute. {@code jump PATH N} opens the file and reads the snapshot at N random times, printing
 * the time to open and read the first, and the median and worst of the jumps, in ms.
 * Usage: java -cp vigil.jar dev.vigil.history.HistoryBench day PATH | jump PATH [N]
 */
public final class HistoryBench {
    static final int DAY = 17_280;

    private HistoryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[1]);
        if (args[0].equals("day")) day(path);
        else jump(path, args.length > 2 ? Integer.parseInt(args[2]) : 200);
    }

    static void day(Path path) throws Exception {
        Files.deleteIfExists(path);
        Snapshot real;
        try (Sampler s = Samplers.create()) {
            s.sample();
            Thread.sleep(500);
            real = s.sample();
        }
        Random r = new Random(1);
        List<ProcessSample> live = new ArrayList<>(real.processes());
        int nextPid = 4_000_000;
        long t = System.currentTimeMillis() - DAY * 5000L;
        long t0 = System.nanoTime();
        try (Recorder rec = Recorder.open(path, System.err::println)) {
            for (int k = 1; k <= DAY; k++) {
                t += 5000;
                for (int i = 0; i < live.size(); i++) {
                    if (r.nextInt(10) == 0) live.set(i, change(live.get(i), r));
                }
                if (k % 12 == 0) {
                    live.remove(r.nextInt(live.size()));
                    ProcessSample p = live.get(r.nextInt(live.size()));
                    live.add(new ProcessSample(nextPid, nextPid, p.ppid(), p.uid(), p.user(), 'S', 0, 20, 1, p.rssBytes(),
                            p.vszBytes(), 1, p.memPercent(), 0, k * 500L, t, p.name(), p.command(), 0, 0, false,
                            p.realUid(), null));
                    nextPid++;
                }
                rec.record(new Snapshot(k, t, 5000, real.system(), live, 1000));
            }
        }
        System.out.printf("day: %d samples of ~%d processes written in %.1f s, %.1f MB%n", DAY, live.size(),
                (System.nanoTime() - t0) / 1e9, Files.size(path) / 1e6);
    }

    private static ProcessSample change(ProcessSample p, Random r) {
        double cpu = r.nextDouble() * 30;
        return new ProcessSample(p.pid(), p.tgid(), p.ppid(), p.uid(), p.user(), r.nextBoolean() ? 'R' : 'S', p.nice(),
                p.priority(), p.threads(), p.rssBytes() + 4096L * (r.nextInt(9) - 4), p.vszBytes(), cpu, p.memPercent(),
                p.cpuTimeSeconds() + cpu / 20, p.startTicks(), p.startTimeMillis(), p.name(), p.command(),
                p.ioReadBytesPerSec(), p.ioWriteBytesPerSec(), p.kernelThread(), p.realUid(), null);
    }

    static void jump(Path path, int n) throws Exception {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        double[] ms = new double[n];
        try (HistoryReader h = HistoryReader.open(path)) {
            SamplePoint first = h.first();
            SamplePoint last = h.last();
            Snapshot s = h.snapshot(h.at(last.timeMillis()));
            double open = (System.nanoTime() - t0) / 1e6;
            double openCpu = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
            Random r = new Random(2);
            long span = last.timeMillis() - first.timeMillis();
            int procs = 0;
            for (int i = 0; i < n; i++) {
                long at = first.timeMillis() + (long) (r.nextDouble() * span);
                long j0 = System.nanoTime();
                Snapshot x = h.snapshot(h.at(at));
                ms[i] = (System.nanoTime() - j0) / 1e6;
                procs += x.processes().size();
            }
            Arrays.sort(ms);
            System.out.printf("jump: open + newest sample %.1f ms (%.1f ms of CPU; %d processes); %d jumps to random times: median %.1f ms,"
                    + " worst %.1f ms (%d processes each on average)%n", open, openCpu, s.processes().size(), n, ms[n / 2],
                    ms[n - 1], procs / n);
        }
    }
}
