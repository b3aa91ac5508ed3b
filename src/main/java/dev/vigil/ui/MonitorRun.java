package dev.vigil.ui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import dev.vigil.app.App;
import dev.vigil.ui.terminal.FastScreen;
import dev.vigil.ui.terminal.Signals;
import dev.vigil.ui.terminal.TerminalGuard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One run on one terminal, from opening it to giving it back. Every way out passes the finally
 * block, which restores the terminal before anything is printed: quit keys, signals (through
 * the loop, or {@link Signals}' watchdog), a crash, and (through the shutdown hook) an exit
 * from elsewhere. While the screen is up, System.out and System.err are captured so stray output
 * cannot scribble on it; captured stderr is replayed afterwards.
 */
final class MonitorRun {
    /** Opens the terminal to run on (the real one, or a virtual one in tests). */
    interface Opener {
        Terminal open() throws IOException;
    }

    private final App app;
    private final Session session;
    private final Path stateDir;

    MonitorRun(App app, Session session) {
        this.app = app;
        this.session = session;
        this.stateDir = app.stateDir();
    }

    int run(Opener opener) {
        Terminal terminal;
        TerminalScreen screen;
        try {
            terminal = opener.open();
            screen = new FastScreen(terminal);
        } catch (IOException | RuntimeException e) {
            System.err.println("vigil: cannot set up the terminal: " + e.getMessage() + "; try --batch");
            return 1;
        }
        TerminalGuard guard = new TerminalGuard(screen, terminal);
        Thread hook = new Thread(guard::restore, "vigil-restore-on-exit");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        TimingLog timings = TimingLog.OFF;
        Signals signals = null;
        boolean sampling = false;
        Throwable crash = null;
        int status;
        try {
            screen.startScreen();
            PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
            System.setOut(capture);
            System.setErr(capture);
            if (session.options().debugTimings()) timings = TimingLog.open(stateDir);
            EventLoop loop = new EventLoop(screen, session, guard, timings);
            session.setControls(loop);
            terminal.addResizeListener((t, size) -> loop.resized());
            signals = Signals.install(loop::quit, guard, loop::suspend, loop::continued);
            app.sampler().setIncludeThreads(session.view().showThreads());
            session.hooks().applyNeeds(app.sampler());
            app.start(loop::publish, loop::fail);
            sampling = true;
            loop.startInput(terminal);
            status = loop.run();
        } catch (Throwable t) {
            crash = t;
            status = Monitor.STATUS_INTERNAL_ERROR;
        } finally {
            if (sampling) app.sampler().stop();
            guard.restore();
            if (signals != null) signals.uninstall();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // the JVM is already shutting down
            }
            System.setOut(realOut);
            System.setErr(realErr);
            timings.close();
        }
        if (!session.prefs().save() && session.prefs().saveError() != null) System.err.println("vigil: " + session.prefs().saveError());
        if (captured.size() > 0) {
            String text = captured.toString(StandardCharsets.UTF_8);
            System.err.print(text.length() > 4000 ? text.substring(0, 4000) + "\n[...]\n" : text);
        }
        if (crash != null) report(crash);
        if (timings.enabled()) System.err.println("vigil: timings in " + stateDir.resolve("timings.log") + ": " + timings.summary());
        return status;
    }

    /** Prints the error after the terminal is back, and keeps a copy in the state directory. */
    private void report(Throwable t) {
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        System.err.println("vigil: internal error: " + t);
        System.err.print(sw);
        try {
            Files.createDirectories(stateDir);
            Path log = stateDir.resolve("crash-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".log");
            Files.writeString(log, "vigil " + Monitor.version() + " crashed at " + LocalDateTime.now() + "\n" + sw);
            System.err.println("vigil: this report is also in " + log);
        } catch (IOException | RuntimeException e) {
            System.err.println("vigil: could not write a crash log under " + stateDir + ": " + e.getMessage());
        }
    }
}
