package dev.vigil.cli;

import dev.vigil.alert.Alert;
import dev.vigil.alert.AlertText;
import dev.vigil.model.CpuTime;
import dev.vigil.model.TreeOrder;
import dev.vigil.model.Units;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.SystemSample;
import dev.vigil.sample.Text;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One snapshot as text, like {@code top -b}: a header (time, uptime, load, tasks, CPU, memory,
 * swap) and a table with the columns PID USER PRI NI VIRT RES S CPU% MEM% TIME+ COMMAND.
 * Commands are printed whole (no truncation) with control characters and invalid bytes escaped.
 * Alerts come between the header and the table, one line each ({@link AlertText#line}).
 */
final class TextReport implements SnapshotWriter {
    static final String COLUMNS = String.format("%7s %-9s %3s %3s %6s %6s %s %5s %5s %9s  %s",
            "PID", "USER", "PRI", "NI", "VIRT", "RES", "S", "CPU%", "MEM%", "TIME+", "COMMAND");

    private final BatchView view;
    private final DateTimeFormatter clock;
    private final BatchDetail detail; // null without --detail
    private long written;

    TextReport(BatchView view, ZoneId zone) {
        this(view, zone, null);
    }

    TextReport(BatchView view, ZoneId zone, BatchDetail detail) {
        this.view = view;
        this.clock = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        this.detail = detail;
    }

    @Override
    public void write(Snapshot s, List<Alert> alerts, StringBuilder out) {
        if (written++ > 0) out.append('\n');
        header(s, out);
        List<TreeOrder.Row> rows = view.rows(s);
        if (view.filtering()) {
            out.append("Shown: ").append(rows.size()).append(" of ").append(s.processes().size())
                    .append(" processes\n");
        }
        for (Alert a : alerts) out.append(AlertText.line(a)).append('\n'); // names already escaped
        out.append('\n').append(COLUMNS).append('\n');
        for (TreeOrder.Row r : rows) row(r, out);
        if (detail == null) return;
        detail.update(s);
        for (TreeOrder.Row r : rows) detail.text(r.sample(), !view.ascii(), out);
    }

    private void header(Snapshot s, StringBuilder out) {
        SystemSample y = s.system();
        out.append("vigil - ").append(clock.format(Instant.ofEpochMilli(s.timestampMillis())))
                .append("  up ").append(uptime(y.uptimeSeconds()))
                .append(",  load average: ").append(two(y.load()[0])).append(", ")
                .append(two(y.load()[1])).append(", ").append(two(y.load()[2])).append('\n');
        out.append("Tasks: ").append(y.tasks()).append(", ").append(y.threads()).append(" thr, ")
                .append(y.kernelThreads()).append(" kthr; ").append(y.running()).append(" running\n");
        out.append("CPU: ").append(one(y.cpuPercent())).append('%');
        double[] per = y.perCpu();
        if (per.length > 0) {
            out.append("  per CPU:");
            for (double v : per) out.append(' ').append(one(v));
        }
        out.append('\n');
        out.append("Mem: ").append(Units.formatBytes(y.memTotalBytes())).append(" total, ")
                .append(Units.formatBytes(y.memUsedBytes())).append(" used, ")
                .append(Units.formatBytes(y.memAvailableBytes())).append(" available\n");
        out.append("Swap: ").append(Units.formatBytes(y.swapTotalBytes())).append(" total, ")
                .append(Units.formatBytes(y.swapUsedBytes())).append(" used\n");
    }

    private static void row(TreeOrder.Row r, StringBuilder out) {
        ProcessSample p = r.sample();
        pad(out, Integer.toString(p.pid()), 7, true).append(' ');
        String user = Text.escape(p.user());
        if (user.length() > 9) user = user.substring(0, 8) + "+";
        pad(out, user, 9, false).append(' ');
        pad(out, Integer.toString(p.priority()), 3, true).append(' ');
        pad(out, Integer.toString(p.nice()), 3, true).append(' ');
        pad(out, Units.formatBytes(p.vszBytes()), 6, true).append(' ');
        pad(out, Units.formatBytes(p.rssBytes()), 6, true).append(' ');
        out.append(p.state()).append(' ');
        pad(out, percent(p.cpuPercent()), 5, true).append(' ');
        pad(out, percent(p.memPercent()), 5, true).append(' ');
        pad(out, CpuTime.format(p.cpuTimeSeconds()), 9, true).append("  ");
        out.append(r.prefix()).append(Text.escape(p.command())).append('\n');
    }

    /** Appends s padded to width, on the right (rightAlign) or on the left. */
    private static StringBuilder pad(StringBuilder out, String s, int width, boolean rightAlign) {
        if (!rightAlign) out.append(s);
        for (int i = s.length(); i < width; i++) out.append(' ');
        if (rightAlign) out.append(s);
        return out;
    }

    /** 12.3 under 100, then whole numbers (250) as htop does; "-" when unknown. */
    static String percent(double v) {
        if (Double.isNaN(v)) return "-";
        return v < 99.95 ? one(v) : Long.toString(Math.round(v));
    }

    static String one(double v) {
        if (Double.isNaN(v)) return "-";
        long tenths = Math.round(v * 10);
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }

    static String two(double v) {
        if (Double.isNaN(v)) return "-";
        long h = Math.round(v * 100);
        return (h < 0 ? "-" : "") + Math.abs(h) / 100 + "." + (Math.abs(h) % 100 < 10 ? "0" : "") + Math.abs(h) % 100;
    }

    /** "12 min", "4:05", "3 days, 4:05" as top prints uptime. */
    static String uptime(long seconds) {
        long days = seconds / 86400;
        long hours = seconds / 3600 % 24;
        long minutes = seconds / 60 % 60;
        String clock = days == 0 && hours == 0 ? minutes + " min"
                : hours + ":" + (minutes < 10 ? "0" : "") + minutes;
        if (days == 0) return clock;
        return days + (days == 1 ? " day, " : " days, ") + clock;
    }
}
