package dev.vigil.export;

import io.prometheus.metrics.model.snapshots.MetricSnapshot;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * vigil's own alerts: {@code vigil_alert_active} is 1 for each (rule, severity, group) with an
 * alert firing now, so a box alerts through Alertmanager even where no one translated its
 * rules; {@code vigil_alert_firings_total} counts alerts fired since serve started.
 */
final class AlertFamilies {
    private AlertFamilies() {
    }

    static void add(Set<AlertRow> active, Map<AlertRow, Long> firings, List<MetricSnapshot> out) {
        Family a = Family.gauge("vigil_alert_active", "1 while a vigil alert rule fires for the group (or the machine)");
        for (AlertRow r : active) a.add(1, "rule", r.rule(), "severity", r.severity(), "groupname", r.groupname());
        out.add(a.build());
        Family f = Family.counter("vigil_alert_firings", "Alerts fired since vigil serve started");
        for (Map.Entry<AlertRow, Long> e : firings.entrySet()) {
            AlertRow r = e.getKey();
            f.add(e.getValue(), "rule", r.rule(), "severity", r.severity(), "groupname", r.groupname());
        }
        out.add(f.build());
    }
}
