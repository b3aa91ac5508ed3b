package dev.vigil.ui;

import com.googlecode.lanterna.terminal.Terminal;
import dev.vigil.alert.CommandLine;
import dev.vigil.alert.Rule;
import dev.vigil.app.App;
import dev.vigil.app.RunOptions;
import dev.vigil.app.SnapshotSource;
import dev.vigil.model.QueryException;
import dev.vigil.ui.keys.DetailKeys;
import dev.vigil.ui.keys.KeyTable;
import dev.vigil.ui.keys.MainKeys;
import dev.vigil.ui.terminal.TerminalOutput;
import dev.vigil.ui.terminal.Tty;
import dev.vigil.ui.terminal.TtyTerminal;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The full-screen monitor, a front-end on the {@link App}: on any {@link SnapshotSource} (the
 * live machine, or a recording), it makes the app, adds the keys, the session and its listeners,
 * and runs the screen. Owns the terminal from start to restore: checks for a TTY, sets up the
 * screen, the input thread and the UI loop, and gives the terminal back exactly as it was on
 * every way out (quit keys, Ctrl-C, SIGTERM, SIGHUP, a crash).
 */
public final class Monitor {
    /** Exit status after an unexpected internal error (EX_SOFTWARE). */
    public static final int STATUS_INTERNAL_ERROR = 70;

    /** The real terminal; made with the class, so that the build's rehearsal archives it too. */
    private static final MonitorRun.Opener REAL_TERMINAL = Monitor::openTerminal;

    private Monitor() {
    }

    /**
     * Runs until the user quits; returns the process exit status: 0 after q, F10 or Ctrl-C;
     * 1 when stdin or stdout is not a terminal; 128+signal after SIGTERM, SIGHUP or SIGINT;
     * 70 after an internal error (reported on stderr once the terminal is restored).
     */
    public static int run(SnapshotSource source, MonitorOptions options) {
        if (!Tty.interactive()) {
            System.err.println("vigil: not a terminal (stdin and stdout must be a TTY); use --batch for plain-text or --json output");
            return 1;
        }
        return runOn(source, options, System.getenv(), REAL_TERMINAL);
    }

    /** The monitor on the terminal opener gives, with config and state found through env. */
    static int runOn(SnapshotSource source, MonitorOptions options, Map<String, String> env, MonitorRun.Opener opener) {
        return runOn(source, options, env, App.Paths.of(env), opener);
    }

    static int runOn(SnapshotSource source, MonitorOptions options, Map<String, String> env, App.Paths paths,
                     MonitorRun.Opener opener) {
        KeyTable keys = MainKeys.table();
        ProcessControl control = ProcessControl.addTo(keys);
        AlertUi alerts = AlertUi.addTo(keys);
        List<String> problems = new ArrayList<>();
        App app = App.create(source, runOptions(options, env, problems), paths);
        Session session = Setup.create(options, env, app, keys);
        problems.forEach(session::error);
        control.attach(session, DetailKeys.install(session));
        alerts.attach(session);
        try {
            return new MonitorRun(app, session).run(opener);
        } finally {
            alerts.close();
        }
    }

    /** What the monitor asks of the app; options the command line let through but that fail here go to problems. */
    static RunOptions runOptions(MonitorOptions o, Map<String, String> env, List<String> problems) {
        List<Rule> rules = new ArrayList<>();
        for (String text : o.alertRules()) {
            try {
                rules.add(Rule.parse(text));
            } catch (QueryException e) {
                problems.add("--alert '" + text + "': " + e.getMessage());
            }
        }
        List<String> exec = null;
        if (o.alertExec() != null) {
            try {
                exec = CommandLine.split(o.alertExec());
            } catch (IllegalArgumentException e) {
                problems.add("--alert-exec: " + e.getMessage());
            }
        }
        return new RunOptions(o.delayMillis(), rules, exec, env);
    }

    /**
     * Every key the monitor binds, in the order it binds them (as {@link #runOn} does), for the
     * key lists made outside a run: docs/keys.md and the man page. Nothing here runs or starts.
     */
    public static KeyTable keyTable() {
        KeyTable t = MainKeys.table();
        ProcessControl.addTo(t);
        AlertUi.addTo(t);
        DetailKeys.addTo(t, new dev.vigil.app.DetailFeed(dev.vigil.detail.DetailReader.system()));
        return t;
    }

    /**
     * The real terminal on stdin/stdout: what {@code DefaultTerminalFactory} makes for a forced
     * text terminal with Ctrl-C delivered as a key (never a Swing window), with its stty calls
     * batched ({@link TtyTerminal}).
     */
    static Terminal openTerminal() throws java.io.IOException {
        // Buffered: Lanterna writes every escape sequence and character on its own and flushes
        // at the end of each refresh; unbuffered, a frame cost thousands of write calls. The
        // size query still goes out at once (TerminalOutput).
        return new TtyTerminal(new FileInputStream(FileDescriptor.in),
                new TerminalOutput(new FileOutputStream(FileDescriptor.out), 1 << 16), StandardCharsets.UTF_8);
    }

    /** The version from the jar manifest, or "dev" when run from classes. */
    public static String version() {
        String v = Monitor.class.getPackage() == null ? null : Monitor.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
