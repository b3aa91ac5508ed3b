package dev.vigil.ui.views;

import dev.vigil.model.Units;
import dev.vigil.sample.CpuSplit;
import dev.vigil.sample.Pressure;
import dev.vigil.sample.SystemSample;

import java.util.List;

/**
 * The header meters: one CPU bar per core, memory and swap bars, tasks, load average, uptime.
 * CPU and memory bars are split into parts as htop's are ({@link SplitBar}).
 * {@link #plan} picks how to fold them into the rows allowed: more columns of CPU bars on wide
 * or short screens, one average CPU bar when cores still do not fit, and one compact text line
 * when even that does not fit. Where the kernel has pressure stall information, one more line
 * shows it (htop 3's PSI meters, folded into one line), when the rows allow.
 */
final class HeaderView {
    private HeaderView() {
    }

    enum Kind { NONE, COMPACT, FULL }

    /**
     * @param cols       columns of CPU bars
     * @param cpuRows    rows of CPU bars
     * @param aggregate  one average CPU bar instead of one per core
     * @param height     rows used in all
     * @param psi        whether the pressure line is shown (the last row)
     */
    record Plan(Kind kind, int cols, int cpuRows, boolean aggregate, int height, boolean psi) {
        static final Plan NONE = new Plan(Kind.NONE, 0, 0, false, 0, false);

        Plan(Kind kind, int cols, int cpuRows, boolean aggregate, int height) {
            this(kind, cols, cpuRows, aggregate, height, false);
        }
    }

    private static final int MIN_BAR_COLUMN = 24;

    static Plan plan(SystemSample sys, int width, int maxRows) {
        if (sys == null || maxRows <= 0) return Plan.NONE;
        int n = sys.perCpu() == null ? 0 : sys.perCpu().length;
        int base = width >= 160 ? 4 : width >= 70 ? 2 : 1;
        if (n > 0) {
            for (int c = base; c == base || width / c >= MIN_BAR_COLUMN; c++) {
                int rows = (n + c - 1) / c;
                if (rows + 3 <= maxRows) return new Plan(Kind.FULL, c, rows, false, rows + 3);
                if (c >= n) break;
            }
        }
        if (4 <= maxRows) return new Plan(Kind.FULL, base, 1, true, 4);
        return new Plan(Kind.COMPACT, 1, 0, true, 1);
    }

    /** The plan for the meters, with the pressure line added below them where there is PSI and room. */
    static Plan planWithPressure(SystemSample sys, int width, int maxRows) {
        boolean psi = sys != null && sys.pressure() != null && sys.pressure().present();
        if (!psi) return plan(sys, width, maxRows);
        Plan p = plan(sys, width, maxRows - 1);
        if (p.kind() == Kind.FULL) return new Plan(p.kind(), p.cols(), p.cpuRows(), p.aggregate(), p.height() + 1, true);
        return plan(sys, width, maxRows);
    }

    /**
     * The pressure line: avg10, avg60 and avg300 of each resource's "some" share, percent, then
     * the "full" ones of memory and io when the width allows. Absent resources are left out.
     */
    static String pressureLine(Pressure p, int width) {
        StringBuilder some = new StringBuilder("PSI some");
        StringBuilder full = new StringBuilder("  full");
        stall(some, "cpu", p.cpu(), false);
        stall(some, "mem", p.memory(), false);
        stall(some, "io", p.io(), false);
        int before = full.length();
        stall(full, "mem", p.memory(), true);
        stall(full, "io", p.io(), true);
        if (full.length() > before && some.length() + full.length() <= width) some.append(full);
        return some.toString();
    }

    private static void stall(StringBuilder sb, String name, Pressure.Stall s, boolean full) {
        if (s == null || (full && Double.isNaN(s.full10()))) return;
        boolean first = sb.charAt(sb.length() - 1) == 'e' || sb.charAt(sb.length() - 1) == 'l'; // after "some"/"full"
        sb.append(first ? " " : "  ").append(name).append(':');
        double[] v = full ? new double[]{s.full10(), s.full60(), s.full300()} : new double[]{s.some10(), s.some60(), s.some300()};
        for (double x : v) sb.append(' ').append(Units.twoDecimals(x));
    }

    static void draw(Canvas c, SystemSample sys, Plan plan, List<String> notes) {
        if (plan.kind() == Kind.NONE) return;
        Theme t = c.theme();
        if (plan.kind() == Kind.COMPACT) {
            String line = "CPU " + Cells.percent(sys.cpuPercent()) + "% Mem " + Math.round(sys.memPercent())
                    + "% Swp " + Math.round(sys.swapPercent()) + "% Load " + load(sys.load(), 1);
            c.text(0, 0, line, c.width(), t.normal(), true);
            return;
        }
        int w = c.width();
        double[] cpus = plan.aggregate() ? new double[]{sys.cpuPercent()} : sys.perCpu();
        CpuSplit[] splits = plan.aggregate() ? new CpuSplit[]{sys.cpuSplit()} : sys.perCpuSplit();
        int cols = plan.aggregate() ? 1 : plan.cols();
        int colWidth = w / cols;
        int labelWidth = plan.aggregate() ? 3 : Math.max(3, String.valueOf(cpus.length - 1).length());
        for (int i = 0; i < cpus.length; i++) {
            int col = i / plan.cpuRows();
            int row = i % plan.cpuRows();
            String label = plan.aggregate() ? "CPU" : String.valueOf(i);
            int barWidth = cols == 1 ? w : colWidth - 1;
            CpuSplit split = splits != null && i < splits.length ? splits[i] : null;
            SplitBar.draw(c, col * colWidth, row, barWidth, label, labelWidth, SplitBar.cpu(split), SplitBar.CPU,
                    Cells.percent(cpus[i]) + "%");
        }
        int y = plan.cpuRows();
        int half = cols == 1 && w < 70 ? w : w / 2;
        int leftWidth = half == w ? w : half - 1;
        SplitBar.draw(c, 0, y, leftWidth, "Mem", labelWidth, SplitBar.memory(sys), SplitBar.MEM,
                Units.formatBytes(sys.memUsedBytes()) + "/" + Units.formatBytes(sys.memTotalBytes()));
        bar(c, 0, y + 1, leftWidth, "Swp", labelWidth, frac(sys.swapUsedBytes(), sys.swapTotalBytes()),
                Units.formatBytes(sys.swapUsedBytes()) + "/" + Units.formatBytes(sys.swapTotalBytes()), t.meterSwap());
        String tasks = "Tasks: " + sys.tasks() + ", " + sys.threads() + " thr, " + sys.kernelThreads() + " kthr; "
                + sys.running() + " running";
        String loads = "Load average: " + load(sys.load(), 3);
        String up = "Uptime: " + uptime(sys.uptimeSeconds());
        String note = String.join("  ", notes);
        if (half == w) {
            String line = tasks + "  " + loads + "  " + up + (note.isEmpty() ? "" : "  " + note);
            c.text(0, y + 2, line, w, t.normal(), true);
        } else {
            labelled(c, half, y, w - half, tasks, t);
            labelled(c, half, y + 1, w - half, loads, t);
            labelled(c, half, y + 2, w - half, up, t);
            c.text(0, y + 2, note, leftWidth, t.meterText(), true);
        }
        if (plan.psi() && sys.pressure() != null) {
            String psi = pressureLine(sys.pressure(), w);
            int used = c.text(0, y + 3, "PSI", w, t.label(), false);
            c.text(used, y + 3, psi.substring(3), w - used, t.meterText(), true);
        }
    }

    /** "Label: value" with the label in the label style. */
    private static void labelled(Canvas c, int x, int y, int width, String s, Theme t) {
        int colon = s.indexOf(':');
        int used = c.text(x, y, s.substring(0, colon + 1), width, t.label(), false);
        c.text(x + used, y, s.substring(colon + 1), width - used, t.meterText(), true);
    }

    /** label[|||||       value] in width columns. */
    static void bar(Canvas c, int x, int y, int width, String label, int labelWidth, double fraction,
                    String value, Style barStyle) {
        Theme t = c.theme();
        int used = c.right(x, y, label, labelWidth, t.label());
        if (width - used < 3) return;
        c.text(x + used, y, "[", 1, t.normal(), false);
        int inner = width - used - 2;
        int textLen = Math.min(value.length(), inner);
        String fill = c.glyphs().barFill(fraction, inner);
        c.text(x + used + 1, y, fill.substring(0, inner - textLen), inner - textLen, barStyle, false);
        c.right(x + used + 1 + inner - textLen, y, value.substring(value.length() - textLen), textLen, t.meterText());
        c.text(x + used + 1 + inner, y, "]", 1, t.normal(), false);
    }

    private static double frac(long used, long total) {
        return total <= 0 ? 0 : (double) used / total;
    }

    static String load(double[] load, int n) {
        if (load == null) return "-";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(n, load.length); i++) {
            if (i > 0) sb.append(' ');
            sb.append(Units.twoDecimals(load[i]));
        }
        return sb.toString();
    }

    static String uptime(long seconds) {
        long d = seconds / 86400;
        String hms = Units.twoDigits((seconds / 3600) % 24) + ":" + Units.twoDigits((seconds / 60) % 60) + ":"
                + Units.twoDigits(seconds % 60);
        if (d == 0) return hms;
        return d + (d == 1 ? " day, " : " days, ") + hms;
    }
}
