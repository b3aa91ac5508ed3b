package dev.vigil.export;

import dev.vigil.alert.Alert;
import dev.vigil.alert.Metric;
import dev.vigil.alert.Transition;
import dev.vigil.sample.Snapshot;
import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a scrape serves. The sampler thread calls {@link #accept} with each snapshot and the
 * alert engine's state after it; that groups the processes and publishes one immutable
 * {@link Published}. A scrape ({@link #collect}, on the HTTP server's thread) only reads the
 * last one: it never samples, and it answers "no sample yet" with no metrics at all.
 */
public final class Exporter implements MultiCollector {
    /** Everything one scrape shows, made whole on the sampler thread. */
    record Published(Snapshot snapshot, GroupTable table, Set<AlertRow> active, Map<AlertRow, Long> firings) {
    }

    private final Grouper grouper;
    private final Map<AlertRow, Long> firings = new LinkedHashMap<>(); // sampler thread only
    private volatile Published published;

    public Exporter(GroupBy by, int maxGroups) {
        this.grouper = new Grouper(by, maxGroups);
    }

    /**
     * Takes one snapshot (sampler thread). active: the engine's active alerts after evaluating
     * it; transitions: what that evaluation changed (fired ones are counted).
     */
    public void accept(Snapshot s, Collection<Alert> active, Collection<Transition> transitions) {
        GroupTable table = grouper.update(s);
        for (Transition t : transitions) {
            if (t.kind() == Transition.Kind.FIRED) firings.merge(row(t.alert()), 1L, Long::sum);
        }
        Set<AlertRow> rows = new LinkedHashSet<>();
        for (Alert a : active) rows.add(row(a));
        published = new Published(s, table, Set.copyOf(rows), Map.copyOf(firings));
    }

    private AlertRow row(Alert a) {
        String group = a.rule().metric().kind() == Metric.Kind.SYSTEM ? null : grouper.groupOf(a.identity());
        return new AlertRow(a.rule().toString(), a.severity().word(), group == null ? "" : group);
    }

    @Override
    public MetricSnapshots collect() {
        Published p = published;
        if (p == null) return new MetricSnapshots();
        List<MetricSnapshot> out = new ArrayList<>(48);
        ProcessFamilies.add(p.table(), out);
        SystemFamilies.add(p.snapshot(), p.table(), out);
        AlertFamilies.add(p.active(), p.firings(), out);
        return new MetricSnapshots(out);
    }

    /** The exposition text of the last snapshot, as a scrape gets it (for tests and benchmarks). */
    public String text() {
        ByteArrayOutputStream b = new ByteArrayOutputStream(1 << 16);
        try {
            PrometheusTextFormatWriter.create().write(b, collect(), EscapingScheme.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString(StandardCharsets.UTF_8);
    }
}
