package dev.vigil.ui;

import dev.vigil.app.DetailFeed;
import dev.vigil.detail.DetailReader;
import dev.vigil.detail.History;
import dev.vigil.sample.ProcStat;
import dev.vigil.sample.Identity;
import dev.vigil.sample.Snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measuring aid (not a test): what the detail view's snapshot listener costs the sampler thread
 * per refresh at N processes (default 5000), with no view open and with the view open on this
 * JVM, next to what feeding History with every process would cost. Run it with the launcher's
 * JVM flags (C1 only, 64 MB heap) for numbers that mean something:
 * {@code java -XX:+UseSerialGC -Xmx64m -XX:TieredStopAtLevel=1 -cp target/test-classes:target/vigil.jar dev.vigil.ui.DetailFeedBench}
 * [N] [ROUNDS].
 */
public final class DetailFeedBench {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        FakeSampler sampler = new FakeSampler(n);
        List<Snapshot> snaps = new ArrayList<>();
        for (int i = 0; i < 8; i++) snaps.add(sampler.sample());
        int self = (int) ProcessHandle.current().pid();
        Identity me = new Identity(self, ProcStat.parse(Files.readString(Path.of("/proc/self/stat"))).startTicks());

        DetailFeed closed = new DetailFeed(DetailReader.system());
        DetailFeed open = new DetailFeed(DetailReader.system());
        open.startReading(me);
        History all = new History();
        String noView = time(snaps, rounds, closed::onSnapshot);
        String withView = time(snaps, rounds, open::onSnapshot);
        String everyProcess = time(snaps, rounds, all::update);
        System.out.printf("%d processes, us per refresh (median/best): feed with no view open %s (%d watched), "
                        + "with the view open on this JVM %s; History of every process instead: %s%n",
                snaps.get(0).processes().size(), noView, closed.watched(), withView, everyProcess);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long withAll = rt.totalMemory() - rt.freeMemory();
        all = null;
        System.gc();
        long without = rt.totalMemory() - rt.freeMemory();
        System.out.printf("heap held by a History of every process: %d KB%n", (withAll - without) >> 10);
    }

    /** "median/best" microseconds per call over the second half of the rounds (the first half warms up). */
    private static String time(List<Snapshot> snaps, int rounds, java.util.function.Consumer<Snapshot> feed) {
        long[] t = new long[rounds - rounds / 2];
        for (int r = 0; r < rounds; r++) {
            Snapshot base = snaps.get(r % snaps.size());
            Snapshot s = new Snapshot(++seq, base.timestampMillis() + r * 1000L, 1000, base.system(),
                    base.processes(), 0);
            long t0 = System.nanoTime();
            feed.accept(s);
            if (r >= rounds / 2) t[r - rounds / 2] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(t);
        return t[t.length / 2] / 1000 + "/" + t[0] / 1000;
    }

    private static long seq;
}
