package dev.vigil.ui;

import java.util.List;
import java.util.Set;

/**
 * Runs the real monitor on a {@link FakeSampler}, for trying the UI by hand before the real
 * sampler exists: java -cp target/classes:target/test-classes:DEPS dev.vigil.ui.DemoMain
 * [--extra N] [--tree] [--ascii] [--no-color] [--debug-timings]
 */
public final class DemoMain {
    private DemoMain() {
    }

    public static void main(String[] args) {
        int extra = 0;
        List<String> a = List.of(args);
        int i = a.indexOf("--extra");
        if (i >= 0) extra = Integer.parseInt(a.get(i + 1));
        MonitorOptions o = new MonitorOptions(0, Set.of(), null, null, null, a.contains("--tree"),
                a.contains("--no-color"), a.contains("--ascii"), false, a.contains("--debug-timings"), List.of());
        System.exit(Monitor.run(dev.vigil.app.LiveSource.of(new FakeSampler(extra)), o));
    }
}
