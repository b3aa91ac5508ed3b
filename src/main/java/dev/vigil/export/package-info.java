/**
 * vigil as a Prometheus target ({@code vigil serve}) and vigil's alert rules as Prometheus rules
 * ({@code vigil rules --prometheus}). Processes are grouped ({@link dev.vigil.export.GroupBy})
 * and exported under process-exporter's metric names, so its dashboards work unchanged; the
 * machine and the alerts go under {@code vigil_}. A scrape reads the last published snapshot:
 * it never samples. No PID and no command line ever becomes a label.
 *
 * <p>Uses the official client ({@code io.prometheus.metrics}); only {@code vigil serve} loads
 * these classes. Never refers to {@code dev.vigil.ui}.
 */
package dev.vigil.export;
