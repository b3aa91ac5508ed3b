package dev.vigil.export;

import dev.vigil.alert.AlertEngine;
import dev.vigil.alert.Rule;
import dev.vigil.alert.Transition;
import dev.vigil.sample.Sampler;
import dev.vigil.sample.Snapshot;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code vigil serve}: samples every interval on its own thread, evaluates the alert rules on
 * each snapshot, publishes it to the {@link Exporter}, and answers /metrics from the last one.
 * The sampler also collects the exporter's counters ({@link Sampler#setIncludeExtra}).
 */
public final class Serve {
    private final Sampler sampler;
    private final Exporter exporter;
    private final AlertEngine engine;
    private final long intervalMillis;
    private final PrintStream err;
    private volatile boolean stopped;

    public Serve(Sampler sampler, GroupBy by, int maxGroups, List<Rule> rules, long intervalMillis, PrintStream err) {
        this.sampler = sampler;
        this.exporter = new Exporter(by, maxGroups);
        this.engine = new AlertEngine(rules);
        this.intervalMillis = intervalMillis;
        this.err = err;
        sampler.setIncludeExtra(true);
        sampler.setIncludeIo(true);
    }

    /** Thrown when the address cannot be listened on; the message is the one-line reason. */
    public static final class ListenFailed extends Exception {
        ListenFailed(String message) {
            super(message);
        }
    }

    /**
     * Takes the first sample, listens, then samples every interval until the JVM is stopped
     * (SIGTERM, SIGINT). Returns only on failure to listen.
     */
    public void run(Listen listen) throws ListenFailed {
        step();
        HTTPServer server = listen(listen);
        err.println("vigil serve: metrics on http://" + new Listen(listen.address(), server.getPort()).authority() + "/metrics");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopped = true;
            server.close();
        }, "vigil-serve-stop"));
        long next = System.nanoTime();
        while (!stopped) {
            next += intervalMillis * 1_000_000L;
            long wait;
            while (!stopped && (wait = next - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
            if (stopped) break;
            try {
                step();
            } catch (RuntimeException e) {
                err.println("vigil serve: sample failed: " + e); // keep serving the last one
            }
            long now = System.nanoTime();
            if (now - next > intervalMillis * 1_000_000L) next = now; // fell behind (suspend): no burst
        }
    }

    /** One sample, its alerts, and the publication of both. */
    void step() {
        Snapshot s = sampler.sample();
        List<Transition> changes = engine.evaluate(s, s.timestampMillis());
        exporter.accept(s, engine.active(), changes);
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
