package dev.vigil.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.StreamBasedTerminal;
import dev.vigil.ui.terminal.TerminalGuard;
import dev.vigil.ui.terminal.TtyTerminal;

import java.io.IOException;

/**
 * The thread that reads keys and hands them to the {@link EventLoop}; it ends with the JVM or at
 * end of input (then the loop quits with 129). A stream terminal (the real one) is read
 * blocking; others (the virtual terminal of the tests, whose blocking read holds its lock) are
 * polled. A cursor-position answer means the window was measured: a resize.
 */
final class KeyInput {
    private KeyInput() {
    }

    static void start(Terminal terminal, TerminalGuard guard, EventLoop loop) {
        boolean blocking = terminal instanceof StreamBasedTerminal;
        Thread t = new Thread(() -> {
            try {
                while (!guard.restored()) {
                    KeyStroke k = blocking ? terminal.readInput() : terminal.pollInput();
                    if (k == null) {
                        if (!blocking) Thread.sleep(5);
                        continue;
                    }
                    if (k.getKeyType() == KeyType.EOF) {
                        loop.quit(129); // the terminal went away
                        return;
                    }
                    if (k.getKeyType() == KeyType.CursorLocation) {
                        if (terminal instanceof TtyTerminal tty && tty.answered(k)) loop.resized();
                        continue;
                    }
                    if (k.getKeyType() == KeyType.MouseEvent) continue;
                    loop.key(k);
                }
            } catch (IOException | RuntimeException e) {
                if (!guard.restored()) loop.quit(129);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "vigil-input");
        t.setDaemon(true);
        t.start();
    }
}
