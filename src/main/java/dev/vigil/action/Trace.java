package dev.vigil.action;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One running strace ({@link Strace#start}): a reader thread takes its output as it comes,
 * including the unfinished line of a call still blocked (strace ends such a line only when the
 * call returns), and keeps the newest {@link #KEEP} lines until the UI thread takes them. The
 * reader calls changed once per batch not yet taken, never once per line. {@link #stop} ends this
 * strace only, through its own process handle (SIGTERM: strace detaches and exits; SIGKILL after
 * {@link #GRACE_MILLIS} if it has not); a shutdown hook does the same if vigil exits first.
 */
public final class Trace {
    /** Lines kept between two takes; older ones are counted as dropped. */
    public static final int KEEP = 10_000;
    static final long GRACE_MILLIS = 2_000;
    private static final int LONGEST = 1 << 16; // bytes of one line before it is cut

    /**
     * What came since the last take.
     *
     * @param lines      complete lines, oldest first
     * @param partial    the line being written (no newline yet), "" for none
     * @param dropped    lines lost because more than {@link #KEEP} came between two takes
     * @param exitStatus strace's exit status once it has ended and all its output is taken; else null
     */
    public record Batch(List<String> lines, String partial, long dropped, Integer exitStatus) {
    }

    private final Process process;
    private final Runnable changed;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ArrayDeque<String> lines = new ArrayDeque<>(); // guarded by this
    private String partial = "";                                  // guarded by this
    private long dropped;                                         // guarded by this
    private Integer exit;                                         // guarded by this
    private final Thread hook;

    Trace(Process process, Runnable changed) {
        this.process = process;
        this.changed = changed;
        this.hook = new Thread(process::destroy, "vigil-strace-end-" + process.pid());
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException e) {
            process.destroy(); // vigil is exiting already
        }
        Thread reader = new Thread(this::read, "vigil-strace-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** strace's own PID. */
    public long pid() {
        return process.pid();
    }

    /** True while strace runs. */
    public boolean alive() {
        return process.isAlive();
    }

    /** Takes what came since the last call (UI thread). */
    public synchronized Batch take() {
        pending.set(false);
        Batch b = new Batch(List.copyOf(lines), partial, dropped, exit);
        lines.clear();
        dropped = 0;
        return b;
    }

    /**
     * Ends strace (SIGTERM to its PID through the handle; SIGKILL after a grace if it lingers).
     * Returns at once; the wait happens on a daemon thread.
     */
    public void stop() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // exiting: the hook ends it
        }
        if (!process.isAlive()) return;
        process.destroy();
        Thread t = new Thread(() -> {
            try {
                if (!process.waitFor(GRACE_MILLIS, TimeUnit.MILLISECONDS)) process.destroyForcibly();
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }, "vigil-strace-stop-" + process.pid());
        t.setDaemon(true);
        t.start();
    }

    private void read() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try (InputStream in = process.getInputStream()) {
            for (int n; (n = in.read(buf)) > 0; ) {
                List<String> done = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n' || line.size() >= LONGEST) {
                        done.add(text(line));
                        line.reset();
                        if (buf[i] == '\n') continue;
                    }
                    line.write(buf[i]);
                }
                add(done, text(line), null);
            }
        } catch (IOException e) {
            // the pipe closed under us (stop): what came is kept
        }
        List<String> last = line.size() > 0 ? List.of(text(line)) : List.of();
        int status;
        try {
            status = process.waitFor();
        } catch (InterruptedException e) {
            status = -1;
        }
        add(last, "", status);
    }

    private void add(List<String> done, String now, Integer status) {
        synchronized (this) {
            lines.addAll(done);
            while (lines.size() > KEEP) {
                lines.removeFirst();
                dropped++;
            }
            partial = now;
            if (status != null) exit = status;
        }
        if (!pending.getAndSet(true)) changed.run();
    }

    private static String text(ByteArrayOutputStream b) {
        return b.toString(StandardCharsets.UTF_8);
    }
}
