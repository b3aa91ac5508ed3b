package dev.vigil.ui.terminal;

import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.io.IOException;

/**
 * Ctrl-Z and SIGTSTP as less, vim and btop do them: give the terminal back (main screen, cursor
 * shown, the user's tty settings), stop, and on SIGCONT take it again (raw mode, alternate
 * screen) for a full redraw. Runs on the UI thread, holding the {@link TerminalGuard} while it
 * touches the terminal, so no frame is drawn in between.
 */
public final class Suspender {
    private final Terminal terminal;
    private final TerminalGuard guard;

    public Suspender(Terminal terminal, TerminalGuard guard) {
        this.terminal = terminal;
        this.guard = guard;
    }

    /** Gives the terminal back and stops; returns once continued, the terminal taken again. */
    public void suspend() throws IOException {
        synchronized (guard) {
            if (guard.restored()) return;
            terminal.setCursorVisible(true);
            if (terminal instanceof ANSITerminal a) a.exitPrivateMode();
            terminal.flush();
            if (terminal instanceof TtyTerminal t) t.suspendModes();
        }
        if (terminal instanceof TtyTerminal) stop();
        retake();
    }

    /** After SIGCONT (also one that follows a SIGSTOP sent from elsewhere): raw mode and our screen. */
    public void retake() throws IOException {
        synchronized (guard) {
            if (guard.restored()) return;
            if (terminal instanceof TtyTerminal t) t.resumeModes();
            if (terminal instanceof ANSITerminal a) {
                try {
                    a.enterPrivateMode();
                } catch (IllegalStateException alreadyIn) {
                    // only the tty settings were lost (SIGSTOP from elsewhere)
                }
            }
            terminal.setCursorVisible(false);
            terminal.flush();
        }
    }

    /**
     * Stops this process with SIGTSTP and its default action (so the shell reports a stopped job);
     * returns after SIGCONT. The JVM raises only signals it handles, so kill(1) sends it.
     */
    private static void stop() {
        Signal tstp = new Signal("TSTP");
        SignalHandler ours = Signal.handle(tstp, SignalHandler.SIG_DFL);
        try {
            Process kill = new ProcessBuilder("kill", "-TSTP", Long.toString(ProcessHandle.current().pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor();
        } catch (IOException e) {
            // no kill(1): vigil does not stop, and takes the terminal straight back
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Signal.handle(tstp, ours);
        }
    }
}
