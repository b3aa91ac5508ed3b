package dev.vigil.ui.terminal;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;

/**
 * Gives the terminal back exactly as it was: mouse reporting off, leaves the alternate screen, shows the cursor, and
 * restores the tty settings Lanterna saved (stty -g) on start. Idempotent and thread-safe; the
 * UI thread draws only while holding this object's monitor and while {@link #restored} is
 * false, so no frame is written after the restore, whichever thread (quit key, signal handler,
 * shutdown hook, crash path) restores first.
 */
public final class TerminalGuard {
    private final TerminalScreen screen;
    private final Terminal terminal;
    private volatile boolean restored;

    public TerminalGuard(TerminalScreen screen, Terminal terminal) {
        this.screen = screen;
        this.terminal = terminal;
    }

    public boolean restored() {
        return restored;
    }

    public synchronized void restore() {
        if (restored) return;
        restored = true;
        if (terminal instanceof TtyTerminal t) t.mouseOffForExit();
        try {
            terminal.setCursorVisible(true);
            screen.stopScreen(false);
        } catch (Exception | Error ignored) {
            // go on: the tty settings matter most
        }
        try {
            terminal.close();
        } catch (Exception | Error ignored) {
            // nothing more can be done
        }
    }
}
