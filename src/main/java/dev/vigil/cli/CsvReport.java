package dev.vigil.cli;

import dev.vigil.alert.Alert;
import dev.vigil.model.TreeOrder;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.Text;

import java.time.Instant;
import java.util.List;

/**
 * Snapshots as CSV (RFC 4180): a header, then one line per shown process per snapshot. Names
 * and commands are escaped as in text output ({@code \n}, {@code \xNN}), then quoted when they
 * hold a comma or a quote. Alerts are not part of CSV.
 */
final class CsvReport implements SnapshotWriter {
    static final String HEADER = "time,pid,ppid,user,state,nice,threads,cpu_percent,mem_percent,rss_bytes,vsz_bytes,"
            + "cpu_time_seconds,start_ticks,name,command";

    private final BatchView view;
    private boolean headerWritten;

    CsvReport(BatchView view) {
        this.view = view;
    }

    @Override
    public void write(Snapshot s, List<Alert> alerts, StringBuilder out) {
        if (!headerWritten) out.append(HEADER).append('\n');
        headerWritten = true;
        String time = JsonReport.ISO.format(Instant.ofEpochMilli(s.timestampMillis()));
        for (TreeOrder.Row r : view.rows(s)) {
            ProcessSample p = r.sample();
            out.append(time).append(',').append(p.pid()).append(',').append(p.ppid()).append(',');
            field(out, p.user());
            out.append(',').append(p.state()).append(',').append(p.nice()).append(',').append(p.threads()).append(',')
                    .append(p.cpuPercent()).append(',').append(p.memPercent()).append(',').append(p.rssBytes())
                    .append(',').append(p.vszBytes()).append(',').append(p.cpuTimeSeconds()).append(',')
                    .append(p.startTicks()).append(',');
            field(out, p.name());
            out.append(',');
            field(out, p.command());
            out.append('\n');
        }
    }

    static void field(StringBuilder out, String s) {
        String e = Text.escape(s);
        if (e.indexOf(',') < 0 && e.indexOf('"') < 0) {
            out.append(e);
            return;
        }
        out.append('"').append(e.replace("\"", "\"\"")).append('"');
    }
}
