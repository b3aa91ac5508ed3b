package dev.vigil.cli;

import dev.vigil.app.App;
import dev.vigil.app.HistoryRecording;
import dev.vigil.app.LiveSource;
import dev.vigil.history.HistoryException;
import dev.vigil.sample.Sampler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code vigil record}: samples on a fixed schedule and appends each snapshot to the history
 * file until TERM, INT or HUP, then closes the file cleanly: the app core with
 * {@link HistoryRecording} as its listener, as under {@code vigil --record}. Retention and the size cap run on
 * their own thread. Problems while running (a full disk) are one line each on stderr, once per
 * spell; the recorder never stops for them.
 */
@Command(name = "vigil record", customSynopsis = "vigil record [--db PATH] [--interval DUR] [--retain DUR] [--max-size SIZE]",
        description = {"Record snapshots to an SQLite history file until stopped (TERM or INT).", ""},
        optionListHeading = "Options:%n", sortOptions = false, addMethodSubcommands = false)
final class RecordCommand {
    static final long DEFAULT_INTERVAL = 5000;
    static final long DEFAULT_RETAIN = HistoryRecording.DEFAULT_RETAIN_MILLIS;
    static final long DEFAULT_MAX_SIZE = HistoryRecording.DEFAULT_MAX_BYTES;

    @Option(names = "--db", paramLabel = "PATH", description = "History file (default $XDG_STATE_HOME/vigil/history.db).")
    String dbText;

    @Option(names = "--interval", paramLabel = "DUR", description = "Time between samples: 5s, 500ms, 1m (default 5s).")
    String intervalText;

    @Option(names = "--retain", paramLabel = "DUR", description = "Delete history older than this: 7d, 12h (default 7d).")
    String retainText;

    @Option(names = "--max-size", paramLabel = "SIZE", description = "Keep the file under SIZE, deleting the oldest "
            + "history: 500M, 2G (default 1G).")
    String maxSizeText;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    Path db;
    long interval = DEFAULT_INTERVAL;
    long retain = DEFAULT_RETAIN;
    long maxSize = DEFAULT_MAX_SIZE;

    void validate(Map<String, String> env) throws Options.BadOption {
        db = HistoryOptions.db(dbText, env);
        if (intervalText != null) interval = HistoryOptions.duration("--interval", intervalText, dev.vigil.model.Limits.MIN_DELAY_MILLIS);
        if (retainText != null) retain = HistoryOptions.duration("--retain", retainText, 60_000);
        if (maxSizeText != null) maxSize = HistoryOptions.size("--max-size", maxSizeText);
    }

    /**
     * Records until stop counts down (the shutdown hook does); returns the exit status. The app
     * core on the live machine, with the recorder as its listener, on this thread's schedule.
     */
    int run(Supplier<Sampler> samplers, PrintStream err, CountDownLatch stop) throws InterruptedException {
        HistoryRecording recording;
        try {
            recording = HistoryRecording.open(db, retain, maxSize, m -> err.println("vigil: " + m));
        } catch (HistoryException e) {
            err.println("vigil: " + e.getMessage());
            return 2;
        }
        try (HistoryRecording r = recording;
             App app = App.bare(LiveSource.of(samplers.get()), interval, db.toAbsolutePath().getParent())) {
            app.listeners().add(r);
            app.source().next(); // rates (CPU %, I/O) need a sample before the first recorded one
            long next = System.nanoTime() + interval * 1_000_000;
            while (!stop.await(Math.max(0, next - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                next += interval * 1_000_000;
                long now = System.nanoTime();
                if (next < now) next = now + interval * 1_000_000; // fell behind (suspend): no burst
                app.next();
            }
        }
        return 0;
    }
}
