package dev.vigil.ui;

import com.googlecode.lanterna.terminal.Terminal;
import dev.vigil.model.ConfigFile;
import dev.vigil.model.VigilPaths;
import dev.vigil.sample.Sampler;
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
import java.util.Map;

/**
 * The full-screen monitor. Owns the terminal from start to restore: checks for a TTY, sets up
 * the screen, the sampler and input threads and the UI loop, and gives the terminal back
 * exactly as it was on every way out (quit keys, Ctrl-C, SIGTERM, SIGHUP, a crash).
 */
public final class Monitor {
    /** Exit status after an unexpected internal error (EX_SOFTWARE). */
    public static final int STATUS_INTERNAL_ERROR = 70;

    private Monitor() {
    }

    /**
     * Runs until the user quits; returns the process exit status: 0 after q, F10 or Ctrl-C;
     * 1 when stdin or stdout is not a terminal; 128+signal after SIGTERM, SIGHUP or SIGINT;
     * 70 after an internal error (reported on stderr once the terminal is restored).
     */
    public static int run(Sampler sampler, MonitorOptions options) {
        if (!Tty.interactive()) {
            System.err.println("vigil: not a terminal (stdin and stdout must be a TTY); use --batch for plain-text or --json output");
            return 1;
        }
        return runOn(sampler, options, System.getenv(), Monitor::openTerminal);
    }

    /** The monitor on the terminal opener gives, with config and state found through env. */
    static int runOn(Sampler sampler, MonitorOptions options, Map<String, String> env, MonitorRun.Opener opener) {
        KeyTable keys = MainKeys.table();
        ProcessControl control = ProcessControl.addTo(keys);
        AlertUi alerts = AlertUi.addTo(keys);
        Session session = Setup.create(options, env, new ConfigFile(VigilPaths.configFile(env)), keys);
        control.attach(session, DetailKeys.install(session));
        alerts.attach(session, dev.vigil.alert.AlertLog.defaultPath(env));
        try {
            return new MonitorRun(sampler, session, VigilPaths.stateDir(env)).run(opener);
        } finally {
            alerts.close();
        }
    }

    /**
     * Every key the monitor binds, in the order it binds them (as {@link #runOn} does), for the
     * key lists made outside a run: docs/keys.md and the man page. Nothing here runs or starts.
     */
    public static KeyTable keyTable() {
        KeyTable t = MainKeys.table();
        ProcessControl.addTo(t);
        AlertUi.addTo(t);
        DetailKeys.addTo(t, new DetailFeed(dev.vigil.detail.DetailReader.system()));
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
