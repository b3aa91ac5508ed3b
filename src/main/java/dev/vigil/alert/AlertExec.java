package dev.vigil.alert;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * {@code --alert-exec CMD}: runs CMD once per fired alert. CMD is split into argv by
 * {@link CommandLine} and started directly, never through a shell, and the alert travels only
 * as data: environment variables (see {@link #environment}) and its JSON object on stdin. A
 * process name like {@code $(touch x)} therefore stays text.
 *
 * <p>Asynchronous: {@link #accept} returns at once; worker threads start the command, write
 * stdin, and wait for it. Bounded: at most maxRunning commands at a time; a fired alert beyond
 * that is dropped and counted ({@link #note()}). A command still running after timeoutMillis is
 * killed and counted as failed. Its stdout and stderr are discarded (the screen belongs to the
 * monitor).
 */
public final class AlertExec implements Consumer<Transition>, AutoCloseable {
    public static final int DEFAULT_MAX_RUNNING = 4;
    public static final long DEFAULT_TIMEOUT_MILLIS = 30_000;

    private final List<String> argv;
    private final int maxRunning;
    private final long timeoutMillis;
    private final Semaphore slots;
    private final ExecutorService pool;
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile String lastError;

    public AlertExec(List<String> argv, int maxRunning, long timeoutMillis) {
        if (argv.isEmpty()) throw new IllegalArgumentException("empty command");
        this.argv = List.copyOf(argv);
        this.maxRunning = Math.max(1, maxRunning);
        this.timeoutMillis = timeoutMillis;
        this.slots = new Semaphore(this.maxRunning);
        ThreadPoolExecutor tpe = new ThreadPoolExecutor(this.maxRunning, this.maxRunning, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "vigil-alert-exec");
                    t.setDaemon(true);
                    return t;
                });
        tpe.allowCoreThreadTimeOut(true);
        this.pool = tpe;
    }

    /** For {@code --alert-exec CMD}; IllegalArgumentException (one line) when CMD is malformed. */
    public static AlertExec create(String commandLine) {
        return new AlertExec(CommandLine.split(commandLine), DEFAULT_MAX_RUNNING, DEFAULT_TIMEOUT_MILLIS);
    }

    public List<String> argv() {
        return argv;
    }

    /** Runs the command for fired alerts; other transitions are ignored. */
    @Override
    public void accept(Transition t) {
        if (t.kind() == Transition.Kind.FIRED) run(t.alert());
    }

    /** Starts the command for one alert in the background; false when dropped (too many running). */
    public boolean run(Alert a) {
        if (!slots.tryAcquire()) {
            dropped.incrementAndGet();
            return false;
        }
        Map<String, String> env = environment(a);
        byte[] stdin = (AlertJson.object(a) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            pool.execute(() -> {
                try {
                    runNow(env, stdin);
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException e) { // rejected after close()
            slots.release();
            dropped.incrementAndGet();
            return false;
        }
        return true;
    }

    private void runNow(Map<String, String> env, byte[] stdin) {
        ProcessBuilder pb = new ProcessBuilder(argv)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            fail("cannot run " + argv.get(0) + ": " + e.getMessage());
            return;
        }
        started.incrementAndGet();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin);
        } catch (IOException ignored) {
            // The command did not read its stdin: that is its choice.
        }
        try {
            if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                fail(argv.get(0) + " still running after " + Unit.duration(timeoutMillis) + ", killed");
            } else if (p.exitValue() != 0) {
                fail(argv.get(0) + " exited with status " + p.exitValue());
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void fail(String why) {
        failed.incrementAndGet();
        lastError = why;
    }

    /**
     * The variables CMD gets (on top of vigil's own environment): VIGIL_ALERT_ID, _RULE,
     * _SEVERITY, _STATE, _PID (empty for the machine), _NAME (the raw process name), _VALUE and
     * _THRESHOLD (plain numbers in the rule's unit, a letter for state, empty for events),
     * _SINCE (ISO-8601), _MESSAGE.
     */
    public static Map<String, String> environment(Alert a) {
        Unit unit = a.rule().metric().unit();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("VIGIL_ALERT_ID", Long.toString(a.id()));
        env.put("VIGIL_ALERT_RULE", a.rule().toString());
        env.put("VIGIL_ALERT_SEVERITY", a.severity().word());
        env.put("VIGIL_ALERT_STATE", a.state().word());
        env.put("VIGIL_ALERT_PID", a.pid() > 0 ? Integer.toString(a.pid()) : "");
        env.put("VIGIL_ALERT_NAME", a.name() == null ? "" : a.name().replace('\0', '?'));
        env.put("VIGIL_ALERT_VALUE", plain(unit, a.value()));
        env.put("VIGIL_ALERT_THRESHOLD", plain(unit, a.threshold()));
        env.put("VIGIL_ALERT_SINCE", AlertJson.iso(a.sinceMillis()));
        env.put("VIGIL_ALERT_MESSAGE", a.message());
        return env;
    }

    private static String plain(Unit unit, double v) {
        if (unit == Unit.NONE || Double.isNaN(v)) return "";
        if (unit.isLetter()) return unit.format(v);
        return Unit.plain(Math.round(v * 100.0) / 100.0);
    }

    public long started() {
        return started.get();
    }

    public long dropped() {
        return dropped.get();
    }

    public long failed() {
        return failed.get();
    }

    /** Commands running (or about to start) now. */
    public int running() {
        return maxRunning - slots.availablePermits();
    }

    /** A short status-line note ("alert-exec: 3 dropped (limit 4 running); 1 failed: ..."), or null. */
    public String note() {
        long d = dropped.get();
        long f = failed.get();
        if (d == 0 && f == 0) return null;
        StringBuilder sb = new StringBuilder("alert-exec:");
        if (d > 0) sb.append(' ').append(d).append(" dropped (limit ").append(maxRunning).append(" running)");
        if (f > 0) sb.append(d > 0 ? ";" : "").append(' ').append(f).append(" failed: ").append(lastError);
        return sb.toString();
    }

    /** Waits until no command is running; false on timeout. For tests and orderly exit. */
    public boolean awaitIdle(long millis) throws InterruptedException {
        if (!slots.tryAcquire(maxRunning, millis, TimeUnit.MILLISECONDS)) return false;
        slots.release(maxRunning);
        return true;
    }

    /** Accepts no more work; commands already running finish on their own. */
    @Override
    public void close() {
        pool.shutdown();
    }
}
