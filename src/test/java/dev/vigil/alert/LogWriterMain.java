package dev.vigil.alert;

import java.nio.file.Path;
import java.util.List;

/** Child program for AlertLogTest: appends alert lines to args[0] as fast as it can until killed. */
public final class LogWriterMain {
    private LogWriterMain() {
    }

    public static void main(String[] args) {
        AlertLog log = new AlertLog(Path.of(args[0]));
        String longName = "n".repeat(1000);
        AlertEngine e = new AlertEngine(List.of(Snaps.rule("cpu > 1 cooldown 0")), log);
        System.out.println("ready");
        System.out.flush();
        for (long t = 1_700_000_000_000L; ; t += 1000) {
            e.evaluate(Snaps.snap(t, Snaps.p(10, longName).cpu((t / 1000) % 2 == 0 ? 5 : 0)), t);
        }
    }
}
