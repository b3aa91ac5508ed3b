package dev.vigil.cli;

import dev.vigil.alert.Alert;
import dev.vigil.alert.AlertText;
import dev.vigil.model.ColumnText;
import dev.vigil.model.CpuTime;
import dev.vigil.model.Rows;
import dev.vigil.model.SortColumn;
import dev.vigil.model.TreeOrder;
import dev.vigil.model.Units;
import dev.vigil.sample.CpuSplit;
import dev.vigil.sample.Pressure;
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
 * swap) and a table with the columns PID USER PRI NI VIRT RES S CPU% MEM% TIME+ COMMAND, or
 * those of --columns in their order.
 * Commands are printed whole (no truncation) with control characters and invalid bytes escaped.
 * Alerts come between the header and the table, one line each ({@link AlertText#line}).
 */
final class TextReport implements SnapshotWriter {
    static final String COLUMNS = String.format("%7s %-9s %3s %3s %6s %6s %s %5s %5s %9s  %s",
            "PID", "USER", "PRI", "NI", "VIRT", "RES", "S", "CPU%", "MEM%", "TIME+", "COMMAND");

    private final BatchView view;
    private final DateTimeFormatter clock;
    private final ZoneId zone;
    private final BatchDetail detail; // null without --detail
    private long written;

    TextReport(BatchView view, ZoneId zone) {
        this(view, zone, null);
    }

    TextReport(BatchView view, ZoneId zone, BatchDetail detail) {
        this.view = view;
        this.clock = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        this.zone = zone;
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
        List<SortColumn> cols = view.columns();
        out.append('\n').append(cols == null ? COLUMNS : heading(cols)).append('\n');
        Rows all = new Rows(List.of(), s.processes()); // a thread row's process, for its own name
        for (TreeOrder.Row r : rows) {
            if (cols == null) row(r, all.command(r.sample()), out);
            else row(cols, r, all.command(r.sample()), s.timestampMillis(), out);
        }
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
        CpuSplit c = y.cpuSplit() == null ? CpuSplit.ZERO : y.cpuSplit();
        out.append(" (").append(one(c.user())).append(" us, ").append(one(c.system())).append(" sy, ")
                .append(one(c.nice())).append(" ni, ").append(one(c.iowait())).append(" wa)");
        double[] per = y.perCpu();
        if (per.length > 0) {
            out.append("  per CPU:");
            for (double v : per) out.append(' ').append(one(v));
        }
        out.append('\n');
        out.append("Mem: ").append(Units.formatBytes(y.memTotalBytes())).append(" total, ")
                .append(Units.formatBytes(y.memUsedBytes())).append(" used, ")
                .append(Units.formatBytes(y.memBuffersBytes())).append(" buffers, ")
                .append(Units.formatBytes(y.memCacheBytes())).append(" cache, ")
                .append(Units.formatBytes(y.memAvailableBytes())).append(" available\n");
        out.append("Swap: ").append(Units.formatBytes(y.swapTotalBytes())).append(" total, ")
                .append(Units.formatBytes(y.swapUsedBytes())).append(" used\n");
        if (y.pressure() != null && y.pressure().present()) pressure(y.pressure(), out);
    }

    private static void row(TreeOrder.Row r, String command, StringBuilder out) {
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
        out.append(r.prefix()).append(Text.escape(command)).append('\n');
    }

    /** The heading of a --columns table: each title aligned as its cells are, COMMAND as is. */
    static String heading(List<SortColumn> cols) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            SortColumn c = cols.get(i);
            if (i > 0) sb.append(c == SortColumn.COMMAND ? "  " : " ");
            if (c == SortColumn.COMMAND) sb.append(c.title());
            else pad(sb, c.title(), width(c), rightAligned(c));
        }
        return sb.toString().stripTrailing();
    }

    /** One row of a --columns table; COMMAND is printed whole wherever it stands. */
    private void row(List<SortColumn> cols, TreeOrder.Row r, String command, long now, StringBuilder out) {
        int start = out.length();
        for (int i = 0; i < cols.size(); i++) {
            SortColumn c = cols.get(i);
            if (i > 0) out.append(c == SortColumn.COMMAND ? "  " : " ");
            if (c == SortColumn.COMMAND) out.append(r.prefix()).append(Text.escape(command));
            else pad(out, cell(c, r.sample(), now), width(c), rightAligned(c));
        }
        int end = out.length();
        while (end > start && out.charAt(end - 1) == ' ') end--;
        out.setLength(end);
        out.append('\n');
    }

    private static int width(SortColumn c) {
        return ColumnText.width(c);
    }

    private static boolean rightAligned(SortColumn c) {
        if (ColumnText.handles(c)) return ColumnText.rightAligned(c);
        return c != SortColumn.USER && c != SortColumn.STATE;
    }

    /** The text of one cell, as the default table writes it. */
    private String cell(SortColumn c, ProcessSample p, long now) {
        return switch (c) {
            case PID -> Integer.toString(p.pid());
            case USER -> {
                String user = Text.escape(p.user());
                yield user.length() > 9 ? user.substring(0, 8) + "+" : user;
            }
            case PRI -> Integer.toString(p.priority());
            case NI -> Integer.toString(p.nice());
            case VIRT -> Units.formatBytes(p.vszBytes());
            case RES -> Units.formatBytes(p.rssBytes());
            case STATE -> String.valueOf(p.state());
            case CPU -> percent(p.cpuPercent());
            case MEM -> percent(p.memPercent());
            case TIME -> CpuTime.format(p.cpuTimeSeconds());
            case CGROUP -> Text.escape(ColumnText.fitPath(ColumnText.text(c, p, now, zone), width(c)));
            default -> ColumnText.text(c, p, now, zone);
        };
    }

    /** "PSI some: cpu 1.00 0.50 0.25, memory ..., io ...; full: memory ..., io ..." (avg10 avg60 avg300, %). */
    private static void pressure(Pressure p, StringBuilder out) {
        out.append("PSI some:");
        stalls(p, false, out);
        int mark = out.length();
        out.append("; full:");
        if (!stalls(p, true, out)) out.setLength(mark);
        out.append('\n');
    }

    private static boolean stalls(Pressure p, boolean full, StringBuilder out) {
        String[] names = {"cpu", "memory", "io"};
        Pressure.Stall[] all = {p.cpu(), p.memory(), p.io()};
        boolean any = false;
        for (int i = 0; i < 3; i++) {
            Pressure.Stall s = all[i];
            if (s == null || (full && Double.isNaN(s.full10()))) continue;
            out.append(any ? ", " : " ").append(names[i]);
            for (double v : full ? new double[]{s.full10(), s.full60(), s.full300()}
                    : new double[]{s.some10(), s.some60(), s.some300()}) {
                out.append(' ').append(two(v));
            }
            any = true;
        }
        return any;
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
