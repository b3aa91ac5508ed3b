package dev.vigil.ui.terminal;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * SIGTERM, SIGHUP (an SSH drop) and SIGINT end the monitor cleanly: the handler asks the UI
 * loop to quit with 128+signal, and if the loop has not given the terminal back within two
 * seconds, restores it from here and halts. SIGTSTP and SIGCONT go to the loop as suspend and
 * continue ({@link Suspender}). The previous handlers come back on uninstall.
 */
public final class Signals {
    private static final long GRACE_MILLIS = 2000;

    private final Map<Signal, SignalHandler> previous = new HashMap<>();

    public static Signals install(IntConsumer quit, TerminalGuard guard) {
        return install(quit, guard, () -> { }, () -> { });
    }

    /** Also SIGTSTP (suspend: give the terminal back, stop) and SIGCONT (take it again, redraw). */
    public static Signals install(IntConsumer quit, TerminalGuard guard, Runnable suspend, Runnable continued) {
        Signals s = new Signals();
        s.handle("TSTP", suspend);
        s.handle("CONT", continued);
        for (String name : new String[]{"TERM", "HUP", "INT"}) {
            try {
                Signal sig = new Signal(name);
                int status = 128 + sig.getNumber();
                s.previous.put(sig, Signal.handle(sig, x -> {
                    quit.accept(status);
                    watchdog(guard, status);
                }));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // this platform or JVM does not let us handle it; the shutdown hook still restores
            }
        }
        return s;
    }

    private void handle(String name, Runnable r) {
        try {
            Signal sig = new Signal(name);
            previous.put(sig, Signal.handle(sig, x -> r.run()));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // not handled here: SIGTSTP keeps its default (stop without restoring)
        }
    }

    private static void watchdog(TerminalGuard guard, int status) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(GRACE_MILLIS);
                if (guard.restored()) return;
                Thread r = new Thread(guard::restore, "vigil-restore");
                r.setDaemon(true);
                r.start();
                r.join(1000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(status);
        }, "vigil-signal-watchdog");
        t.setDaemon(true);
        t.start();
    }

    public void uninstall() {
        for (Map.Entry<Signal, SignalHandler> e : previous.entrySet()) {
            try {
                Signal.handle(e.getKey(), e.getValue());
            } catch (IllegalArgumentException ignored) {
                // leave it
            }
        }
    }
}
