package dev.vigil.export;

import dev.vigil.alert.Transition;
import dev.vigil.app.App;
import dev.vigil.app.SnapshotListener;
import dev.vigil.sample.Sampler;
import dev.vigil.sample.Snapshot;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * {@code vigil serve} on the application core: a snapshot listener of the {@link App} that hands
 * each snapshot, with the alerts the app's {@code Alerts} evaluated on it just before, to the
 * {@link Exporter}; and the HTTP server that answers /metrics from the last one. The app's
 * sampler thread samples every interval; a scrape never samples.
 */
public final class Serve implements SnapshotListener {
    private final App app;
    private final Exporter exporter;
    private final PrintStream err;
    private volatile List<Transition> changes = List.of(); // the last evaluation's, sampler thread

    /** Listens to app's snapshots; add before the app starts, to see the first. */
    public Serve(App app, GroupBy by, int maxGroups, PrintStream err) {
        this.app = app;
        this.exporter = new Exporter(by, maxGroups);
        this.err = err;
        app.alerts().onBoard((board, ts) -> changes = ts); // runs just before onSnapshot, same thread
        app.listeners().add(this);
    }

    /** The samplers serve needs: with the exporter's counters and the I/O counters read. */
    public static Supplier<Sampler> samplers(Supplier<Sampler> base) {
        return () -> {
            Sampler s = base.get();
            s.setIncludeExtra(true);
            s.setIncludeIo(true);
            return s;
        };
    }

    @Override
    public void onSnapshot(Snapshot s) {
        List<Transition> ts = changes;
        changes = List.of();
        exporter.accept(s, app.alerts().board().active(), ts);
        for (String problem : app.alerts().problems()) err.println("vigil serve: " + problem);
    }

    /** Thrown when the address cannot be listened on; the message is the one-line reason. */
    public static final class ListenFailed extends Exception {
        ListenFailed(String message) {
            super(message);
        }
    }

    /**
     * Listens, starts the app's sampler thread, and serves until the JVM is stopped (SIGTERM,
     * SIGINT). Returns 1 when sampling fails for good.
     */
    public int run(Listen listen) throws ListenFailed, InterruptedException {
        HTTPServer server = listen(listen);
        err.println("vigil serve: metrics on http://" + new Listen(listen.address(), server.getPort()).authority() + "/metrics");
        CountDownLatch failed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            app.close();
            for (String line : app.alerts().close(1000)) err.println("vigil serve: " + line);
        }, "vigil-serve-stop"));
        app.start(s -> { }, e -> {
            err.println("vigil serve: sampling failed: " + e);
            failed.countDown();
        });
        failed.await();
        server.close();
        return 1;
    }

    private HTTPServer listen(Listen l) throws ListenFailed {
        PrometheusRegistry registry = new PrometheusRegistry();
        registry.register(exporter);
        try {
            return HTTPServer.builder().inetAddress(l.address()).port(l.port()).registry(registry).buildAndStart();
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ListenFailed("cannot listen on " + l.authority() + ": " + why);
        }
    }

    public Exporter exporter() {
        return exporter;
    }
}
