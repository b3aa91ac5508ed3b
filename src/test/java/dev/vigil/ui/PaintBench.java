package dev.vigil.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.vigil.sample.Sampler;
import dev.vigil.sample.Samplers;
import dev.vigil.sample.Snapshot;
import dev.vigil.ui.terminal.FastScreen;
import dev.vigil.ui.views.Canvas;
import dev.vigil.ui.views.Frame;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Profiling aid for the cost work: builds rows and paints full frames of a real snapshot onto
 * a virtual 200x50 terminal, and prints microseconds per step.
 * Run: java -cp target/classes:target/test-classes:$(cat cp.txt) dev.vigil.ui.PaintBench [FRAMES] [tree]
 */
public final class PaintBench {
    public static void main(String[] args) throws Exception {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path dir = Files.createTempDirectory("paintbench");
        MonitorOptions o = new MonitorOptions(0, java.util.Set.of(), null, null, null,
                args.length > 1 && args[1].equals("tree"), false, false, false, false, java.util.List.of());
        Session s = VirtualScreen.session(dir, VirtualScreen.utf8Env(), o);
        Sampler sampler = Samplers.create();
        sampler.sample();
        Thread.sleep(200);
        Snapshot snap = sampler.sample();
        var term = new com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal(new TerminalSize(200, 50));
        TerminalScreen screen = args.length > 2 ? new TerminalScreen(term) : new FastScreen(term);
        screen.startScreen();
        long accept = 0, paint = 0, write = 0;
        for (int i = 0; i < frames; i++) {
            if (i == frames / 2) accept = paint = write = 0;
            long t0 = System.nanoTime();
            s.accept(snap);
            long t1 = System.nanoTime();
            Frame.paint(new Canvas(screen, s.glyphs(), s.theme()), s);
            long t2 = System.nanoTime();
            screen.refresh(Screen.RefreshType.DELTA);
            long t3 = System.nanoTime();
            accept += t1 - t0;
            paint += t2 - t1;
            write += t3 - t2;
        }
        int n = frames - frames / 2;
        System.out.printf("%d processes: accept %d us, paint %d us, refresh %d us per frame%n",
                snap.processes().size(), accept / n / 1000, paint / n / 1000, write / n / 1000);
    }
}
