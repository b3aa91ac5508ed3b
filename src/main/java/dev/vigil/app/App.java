package dev.vigil.app;

import dev.vigil.alert.AlertExec;
import dev.vigil.alert.AlertLog;
import dev.vigil.detail.DetailReader;
import dev.vigil.model.ConfigFile;
import dev.vigil.model.Limits;
import dev.vigil.model.VigilPaths;
import dev.vigil.sample.Snapshot;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The running program without a screen, under every front-end (the monitor, batch, replay, the
 * exporter): the {@link SnapshotSource}, the {@link SamplerThread} and its schedule, the
 * {@link Listeners} run on each snapshot ({@link Alerts} first; the {@link DetailFeed} once a
 * front-end asks for it; a recorder or exporter adds its own), and the {@link Settings}, read
 * once at the first call.
 *
 * <p>A front-end makes one with {@link #create}, adds its listeners, then either
 * {@link #start}s the thread and takes each snapshot in publish (the monitor, an exporter), or
 * calls {@link #next()} itself on its own schedule (batch). It closes the app at the end.
 */
public final class App implements AutoCloseable {
    /**
     * Where one run's files are.
     *
     * @param config   vigil.conf
     * @param alertLog alerts.jsonl
     * @param stateDir logs and crash reports
     */
    public record Paths(Path config, Path alertLog, Path stateDir) {
        /** The XDG places under env (XDG_CONFIG_HOME, XDG_STATE_HOME, HOME). */
        public static Paths of(Map<String, String> env) {
            return new Paths(VigilPaths.configFile(env), AlertLog.defaultPath(env), VigilPaths.stateDir(env));
        }
    }

    private final SnapshotSource source;
    private final Supplier<Settings> settingsLoader;
    private final Path stateDir;
    private final Listeners listeners = new Listeners();
    private final Alerts alerts;
    private final SamplerThread sampler;
    private Settings settings;   // guarded by this; read at the first call
    private DetailFeed detail;   // guarded by this; made at the first call
    private volatile Map<String, String> env = Map.of();

    private App(SnapshotSource source, Supplier<Settings> settings, Path stateDir, long delayMillis,
                Function<App, Alerts> alerts) {
        this.source = source;
        this.settingsLoader = settings;
        this.stateDir = stateDir;
        this.alerts = alerts.apply(this);
        listeners.add(this.alerts);
        for (SnapshotListener l : source.listeners()) listeners.add(l);
        this.sampler = new SamplerThread(source, listeners, delayMillis);
    }

    /** The core of one run on source, with its files in the XDG places of o's environment. */
    public static App create(SnapshotSource source, RunOptions o) {
        return create(source, o, Paths.of(o.env()));
    }

    /**
     * The core of one run on source: the alert log and --alert-exec as o says. The delay is o's,
     * else the config's (then the settings are read now; else at the first call).
     */
    public static App create(SnapshotSource source, RunOptions o, Paths paths) {
        ConfigFile file = new ConfigFile(paths.config());
        // A recording's alerts are the past: evaluated and shown, never logged or acted on again.
        AlertExec exec = o.alertExec() == null || !source.live() ? null
                : new AlertExec(o.alertExec(), AlertExec.DEFAULT_MAX_RUNNING, AlertExec.DEFAULT_TIMEOUT_MILLIS);
        AlertLog log = source.live() ? new AlertLog(paths.alertLog()) : null;
        App app = new App(source, () -> Settings.load(file), paths.stateDir(),
                o.delayMillis() > 0 ? o.delayMillis() : Limits.DEFAULT_DELAY_MILLIS,
                a -> new Alerts(() -> a.settings().alerts(), o.alertRules(), log, exec));
        if (o.delayMillis() <= 0) app.sampler.setDelayMillis(app.settings().config().delayMillis());
        app.env = o.env();
        return app;
    }

    /** A core without config, alerts or files: defaults only (tests, tools). */
    public static App bare(SnapshotSource source, long delayMillis, Path stateDir) {
        return new App(source, Settings::none, stateDir, delayMillis, a -> Alerts.none());
    }

    /** The environment the run was given (RunOptions): PATH for the tools it starts (strace); empty for a bare core. */
    public Map<String, String> env() {
        return env;
    }

    public SnapshotSource source() {
        return source;
    }

    /** The settings, read at the first call (so a front-end decides when the file is read). */
    public synchronized Settings settings() {
        if (settings == null) settings = settingsLoader.get();
        return settings;
    }

    /** Where logs and crash reports go (XDG_STATE_HOME/vigil). */
    public Path stateDir() {
        return stateDir;
    }

    /** The listeners run on each snapshot; add yours before {@link #start} to see the first. */
    public Listeners listeners() {
        return listeners;
    }

    public Alerts alerts() {
        return alerts;
    }

    /** The thread and its schedule: delay, pause, sample now, and moves of a recording. */
    public SamplerThread sampler() {
        return sampler;
    }

    /** The detail view's feed (time in state D, CPU/RSS history, the open process's read); made and added at the first call. */
    public synchronized DetailFeed detail() {
        return detail(DetailReader.system());
    }

    /** The same, reading with reader (tests) when it is made by this call. */
    public synchronized DetailFeed detail(DetailReader reader) {
        if (detail == null) {
            detail = new DetailFeed(reader);
            listeners.add(detail);
        }
        return detail;
    }

    /**
     * Starts the sampler thread: the first snapshot goes to publish before the listeners run
     * (the first frame waits for none of them), later ones after.
     */
    public void start(Consumer<Snapshot> publish, Consumer<Throwable> failure) {
        sampler.start(publish, failure);
    }

    /** Takes the next snapshot on this thread and runs the listeners on it (batch); null at a recording's end. */
    public Snapshot next() {
        Snapshot s = source.next();
        if (s != null) listeners.run(s);
        return s;
    }

    /** Stops the thread and closes the source. Alerts are closed by the front-end ({@link Alerts#close}), which knows how long to wait. */
    @Override
    public void close() {
        sampler.stop();
        source.close();
    }
}
