package dev.vigil.cli;

import dev.vigil.app.Alerts;
import dev.vigil.app.App;
import dev.vigil.app.HistoryRecording;
import dev.vigil.app.LiveSource;
import dev.vigil.app.RewindSource;
import dev.vigil.app.RunOptions;
import dev.vigil.app.SnapshotRing;
import dev.vigil.app.SnapshotSource;
import dev.vigil.detail.DetailReader;
import dev.vigil.history.HistoryException;
import dev.vigil.model.Limits;
import dev.vigil.sample.Sampler;
import dev.vigil.sample.Samplers;
import dev.vigil.ui.Monitor;
import dev.vigil.ui.MonitorOptions;
import dev.vigil.ui.terminal.StartAhead;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntBiFunction;

/**
 * vigil's entry point: runs a subcommand ({@link Commands}), or parses the command line and runs
 * the interactive monitor or batch output, each a front-end on the {@code App}. Exit status: 0 done, 1 an error while running (one line on stderr), 2 a bad option
 * (one line of reason and the usage line on stderr). Never prints a stack trace.
 */
public final class Main {
    static final String USAGE_LINE = "Usage: vigil [OPTIONS]   (vigil --help lists them)";

    private Main() {
    }

    public static void main(String[] args) {
        if (mayBeInteractive(args)) StartAhead.begin();
        // Our own UTF-8 streams: JSON must be UTF-8, and Java 17 would follow a C locale to '?'.
        PrintStream out = Stdout.system();
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err, Wiring.REAL);
        out.flush();
        System.exit(status);
    }

    /**
     * What main plugs in, and tests replace.
     *
     * @param env      the environment (NO_COLOR, locale variables)
     * @param samplers makes the sampler
     * @param sleeper  batch mode's waits
     * @param monitor  the interactive monitor: (source, options) to exit status
     * @param users    whether a -u name is a user of this machine (without it: every name is)
     */
    record Wiring(Map<String, String> env, Supplier<Sampler> samplers, Batch.Sleeper sleeper,
                  ToIntBiFunction<SnapshotSource, MonitorOptions> monitor, Predicate<String> users) {
        static final Wiring REAL = new Wiring(System.getenv(), Samplers::create, Batch.REAL_SLEEP, Monitor::run,
                UserNames::exists);

        Wiring(Map<String, String> env, Supplier<Sampler> samplers, Batch.Sleeper sleeper,
               ToIntBiFunction<SnapshotSource, MonitorOptions> monitor) {
            this(env, samplers, sleeper, monitor, u -> true);
        }
    }

    /**
     * False when an argument asks for batch, JSON, help or the version. A hint, for reading the
     * terminal settings ahead (which changes nothing) and for taking the priming sample without
     * I/O: picocli decides what the run is. It is never true for a batch run (every one has -b in
     * a cluster of short options, --batch or --json), so batch's priming sample always reads I/O.
     */
    static boolean mayBeInteractive(String[] args) {
        Commands.Command command = subcommand(args);
        if (command != null) return command.screen();
        for (String a : args) {
            if (a.equals("--")) break;
            if (a.startsWith("--")) {
                if (a.startsWith("--batch") || a.startsWith("--json") || a.equals("--help") || a.equals("--version")) return false;
            } else if (a.startsWith("-") && (a.indexOf('b') > 0 || a.indexOf('h') > 0 || a.indexOf('V') > 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subcommand args name first, or null. An option first names none, and then the table of
     * subcommands (a dozen lambdas and their classes) is not even loaded.
     */
    private static Commands.Command subcommand(String[] args) {
        return args.length == 0 || args[0].startsWith("-") ? null : Commands.find(args);
    }

    /** Everything main does except exiting. */
    static int run(String[] args, PrintStream out, PrintStream err, Wiring w) {
        Commands.Command command = subcommand(args);
        if (command != null) return command.runner().run(List.of(args).subList(1, args.length), out, err, w);
        // --threads is looked for before parsing, so that the priming sample has the threads too;
        // I/O is not read when the run will be the monitor, which shows that sample as it is
        boolean threads = List.of(args).contains("--threads");
        LiveSource early = LiveSource.start(w.samplers(), System::nanoTime, threads, !mayBeInteractive(args));
        Options o = new Options();
        int status = Args.parse(o, args, out, err);
        if (status < 0 && o.user != null && !w.users().test(o.user)) {
            status = Args.usageError(err, "-u/--user: no user named '" + Options.oneLine(o.user) + "'");
        }
        if (status >= 0) {
            early.discard();
            return status;
        }
        return o.batchMode() ? batch(o, early, w, out, err) : interactive(o, early, w, err);
    }

    private static int batch(Options o, LiveSource early, Wiring w, PrintStream out, PrintStream err) {
        BatchView view = new BatchView(o.filter(), o.sort == null ? BatchView.DEFAULT_SORT : o.sort,
                o.tree, o.ascii || !utf8Locale(w.env()), o.columns);
        BatchDetail detail = o.detail ? new BatchDetail(DetailReader.system()) : null;
        SnapshotWriter writer = o.json ? new JsonReport(view, detail) : new TextReport(view, ZoneId.systemDefault(), detail);
        long delay = o.delayMillis > 0 ? o.delayMillis : Limits.DEFAULT_DELAY_MILLIS;
        try (App app = App.create(early, new RunOptions(delay, o.alertRules, o.alertExec, w.env()))) {
            try {
                early.awaitPrimed();
                early.setIncludeThreads(o.threads); // (also when "--threads" was the value of another option)
                early.setOptionalReads(view.needs().reads());
                return new Batch(app, writer, out, err, o.iterations, o.debugTimings, w.sleeper(), System::nanoTime)
                        .run(early.primedAtNanos(), early.primed());
            } finally {
                for (String p : app.alerts().close(Alerts.EXEC_WAIT_MILLIS)) err.println("vigil: " + p);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (RuntimeException | Error e) {
            out.flush();
            err.println("vigil: " + describe(e));
            return 1;
        }
    }

    private static int interactive(Options o, LiveSource early, Wiring w, PrintStream err) {
        String noColorEnv = w.env().get("NO_COLOR");
        MonitorOptions mo = new MonitorOptions(o.delayMillis, o.pids, o.user, o.filterText,
                o.sort == null ? null : o.sort.key(), o.tree,
                o.noColor || (noColorEnv != null && !noColorEnv.isEmpty()), o.ascii, o.readonly,
                o.debugTimings, List.copyOf(o.alerts), o.alertExecText);
        Path db = o.dbText == null ? HistoryOptions.defaultDb(w.env()) : Path.of(o.dbText);
        HistoryRecording recording = null;
        if (o.record) {
            try {
                recording = HistoryRecording.open(db, HistoryRecording.DEFAULT_RETAIN_MILLIS,
                        HistoryRecording.DEFAULT_MAX_BYTES, m -> { }); // the screen shows its problems
            } catch (HistoryException e) {
                early.discard();
                err.println("vigil: --record: " + e.getMessage());
                return 2;
            }
        }
        try (RewindSource source = new RewindSource(early.primedFirst(), new SnapshotRing(SnapshotRing.DEFAULT_BUDGET_BYTES), db,
                recording)) {
            return w.monitor().applyAsInt(source, mo);
        } catch (RuntimeException | Error e) {
            err.println("vigil: " + describe(e));
            return 1;
        }
    }

    /** One line about an unexpected failure: its message, or its type when it has none. */
    static String describe(Throwable e) {
        String m = firstLine(e.getMessage());
        String type = e.getClass().getSimpleName();
        return m.isEmpty() ? "unexpected " + type : type + ": " + m;
    }

    static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** Whether the locale variables ask for UTF-8 (LC_ALL, then LC_CTYPE, then LANG). */
    static boolean utf8Locale(Map<String, String> env) {
        for (String k : new String[]{"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = env.get(k);
            if (v != null && !v.isEmpty()) {
                String u = v.toUpperCase(Locale.ROOT);
                return u.contains("UTF-8") || u.contains("UTF8");
            }
        }
        return false;
    }
}
