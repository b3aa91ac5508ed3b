package dev.vigil.history;

import dev.vigil.sample.Snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * Benchmark of the history file (bench/history.sh runs it). {@code day PATH [EXTRA]} records a
 * scripted day at 5 s ({@link SyntheticDay}: 17,280 samples of a quiet server's ~70 processes
 * plus EXTRA idle sleepers) and prints its size, the rows written and the recorder's CPU time;
 * the same on every run. {@code jump PATH N} opens the file and reads the snapshot at N random
 * times, printing the time to open and read the newest sample, and the median and worst of the
 * jumps, in ms.
 * Usage: java -cp vigil.jar dev.vigil.history.HistoryBench day PATH [EXTRA] | jump PATH [N]
 */
public final class HistoryBench {
    private HistoryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[1]);
        if (args[0].equals("day")) day(path, args.length > 2 ? Integer.parseInt(args[2]) : 0);
        else jump(path, args.length > 2 ? Integer.parseInt(args[2]) : 200);
    }

    static void day(Path path, int extra) throws Exception {
        Files.deleteIfExists(path);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        SyntheticDay day = new SyntheticDay(extra);
        long cpu = 0;
        int procs = 0;
        long t0 = System.nanoTime();
        try (Recorder rec = Recorder.open(path, System.err::println)) {
            for (int k = 1; k <= SyntheticDay.SAMPLES; k++) {
                Snapshot s = day.next();
                procs = s.processes().size();
                long c0 = mx.getCurrentThreadCpuTime();
                rec.record(s);
                cpu += mx.getCurrentThreadCpuTime() - c0;
            }
        }
        long rows;
        long bytes;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + path);
             java.sql.Statement st = c.createStatement()) {
            try (java.sql.ResultSet r = st.executeQuery("SELECT count(*) FROM proc")) {
                r.next();
                rows = r.getLong(1);
            }
            try (java.sql.ResultSet r = st.executeQuery("SELECT (page_count - freelist_count) * page_size"
                    + " FROM pragma_page_count, pragma_freelist_count, pragma_page_size")) {
                r.next();
                bytes = r.getLong(1);
            }
        }
        System.out.printf("day +%d: %d samples of ~%d processes, %d proc rows (%.1f a sample): %.1f MB a day;"
                + " recording took %.1f s, %.2f ms of CPU a sample (%.3f %% of a core at 5 s)%n", extra,
                SyntheticDay.SAMPLES, procs, rows, (double) rows / SyntheticDay.SAMPLES, bytes / 1e6,
                (System.nanoTime() - t0) / 1e9, cpu / 1e6 / SyntheticDay.SAMPLES,
                100.0 * cpu / 1e9 / SyntheticDay.SAMPLES / 5);
    }

    static void jump(Path path, int n) throws Exception {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        double[] ms = new double[n];
        StringBuilder steps = new StringBuilder();
        long[] mark = {t0, c0};
        Runnable step = () -> {
            long t = System.nanoTime();
            long c = mx.getCurrentThreadCpuTime();
            steps.append(String.format(" %.0f/%.0f", (t - mark[0]) / 1e6, (c - mark[1]) / 1e6));
            mark[0] = t;
            mark[1] = c;
        };
        try (HistoryReader h = HistoryReader.open(path)) {
            step.run();
            SamplePoint first = h.first();
            SamplePoint last = h.last();
            step.run();
            Snapshot s = h.snapshot(h.at(last.timeMillis()));
            step.run();
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
            System.out.printf("jump: open + newest sample %.1f ms (%.1f ms of CPU; %d processes; ms wall/CPU to open,"
                    + " find the ends, read the newest:%s); %d jumps to random times: median %.1f ms, worst %.1f ms"
                    + " (%d processes each on average)%n", open, openCpu, s.processes().size(), steps, n, ms[n / 2],
                    ms[n - 1], procs / n);
        }
    }
}
