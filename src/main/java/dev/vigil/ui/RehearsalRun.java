package dev.vigil.ui;

import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.vigil.app.SnapshotSource;
import dev.vigil.ui.terminal.StartAhead;
import dev.vigil.ui.terminal.TerminalOutput;
import dev.vigil.ui.terminal.TtyTerminal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A short run of the monitor for the build's class-data archive (see
 * {@code dev.vigil.cli.Rehearsal}). It runs on Lanterna's ANSI terminal as a real start does,
 * but over pipes: a typist thread answers the size queries, waits for the first frame in the
 * output, then opens help, the tree and the search prompt, and quits. No tty is touched (the
 * build may run in the developer's own terminal), so the terminal settings part of a start is
 * only loaded, not run.
 */
public final class RehearsalRun {
    /** F1, Esc, F5, Down, F5, /, j, Esc: each written at once, as a terminal sends it. */
    private static final String[] KEYS = {"\033OP", "\033", "\033[15~", "\033[B", "\033[15~", "/", "j", "\033"};

    private RehearsalRun() {
    }

    public static int run(SnapshotSource source, MonitorOptions options, Map<String, String> env) throws IOException {
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 1 << 12);
        Output out = new Output();
        CountDownLatch done = new CountDownLatch(1);
        Thread typist = new Thread(() -> type(keys, out, done), "vigil-rehearsal-keys");
        typist.setDaemon(true);
        typist.start();
        loadTtyClasses();
        try {
            return Monitor.runOn(source, options, env,
                    () -> new ANSITerminal(in, new TerminalOutput(out, 1 << 16), StandardCharsets.UTF_8) {
                    });
        } finally {
            done.countDown();
        }
    }

    private static void loadTtyClasses() {
        try {
            Class.forName(TtyTerminal.class.getName());
            Class.forName(StartAhead.class.getName());
            Process p = new ProcessBuilder("true").redirectInput(ProcessBuilder.Redirect.PIPE).start();
            p.getInputStream().readAllBytes();
            p.waitFor();
        } catch (ClassNotFoundException | IOException e) {
            // a smaller archive, no more
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Types the keys; the pipe's writer stays alive until the run is over (else reads fail). */
    private static void type(PipedOutputStream keys, Output out, CountDownLatch done) {
        try {
            int answered = 0;
            for (int i = 0; i < 1000 && !out.contains("PID"); i++) {
                for (int asked = out.count("\033[6n"); answered < asked; answered++) {
                    keys.write("\033[40;120R".getBytes(StandardCharsets.US_ASCII)); // where the cursor is
                    keys.flush();
                }
                Thread.sleep(10);
            }
            for (String k : KEYS) {
                keys.write(k.getBytes(StandardCharsets.US_ASCII));
                keys.flush();
                Thread.sleep(150);
            }
            keys.write('q');
            keys.flush();
            done.await();
        } catch (IOException e) {
            // the run is over
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the monitor wrote, kept as text to look for the first frame in. */
    private static final class Output extends OutputStream {
        private final StringBuilder text = new StringBuilder();

        @Override
        public synchronized void write(int b) {
            if (text.length() < 1 << 20) text.append((char) b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) write(b[off + i]);
        }

        synchronized int count(String s) {
            int n = 0;
            for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) n++;
            return n;
        }

        synchronized boolean contains(String s) {
            return text.indexOf(s) >= 0;
        }
    }
}
