package dev.vigil.export;

import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;

/**
 * Builds one metric family: a gauge or a counter, its help text, and data points given as
 * label name/value pairs. Counter names are given without {@code _total}; the text format
 * adds it (the client's rule).
 */
final class Family {
    private final String name;
    private final String help;
    private final boolean counter;
    private final GaugeSnapshot.Builder gauge;
    private final CounterSnapshot.Builder counts;

    private Family(String name, String help, boolean counter) {
        this.name = name;
        this.help = help;
        this.counter = counter;
        this.gauge = counter ? null : GaugeSnapshot.builder().name(name).help(help);
        this.counts = counter ? CounterSnapshot.builder().name(name).help(help) : null;
    }

    static Family gauge(String name, String help) {
        return new Family(name, help, false);
    }

    static Family counter(String name, String help) {
        return new Family(name, help, true);
    }

    /** Adds one data point; labels are name, value, name, value, ... */
    Family add(double value, String... labels) {
        Labels l = labels.length == 0 ? Labels.EMPTY : Labels.of(labels);
        if (counter) {
            counts.dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder().value(value).labels(l).build());
        } else {
            gauge.dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder().value(value).labels(l).build());
        }
        return this;
    }

    MetricSnapshot build() {
        return counter ? counts.build() : gauge.build();
    }

    @Override
    public String toString() {
        return name + " (" + help + ")";
    }
}
