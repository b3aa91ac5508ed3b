package dev.vigil.ui.views;

import com.googlecode.lanterna.TextColor.ANSI;
import dev.vigil.sample.CpuSplit;
import dev.vigil.sample.SystemSample;

/**
 * Meter bars split into parts, as htop draws its CPU and memory meters: one color per part, and
 * in monochrome one character per part ({@link #MONO_CHARS}: the first part {@code |}, then
 * {@code #}, {@code *}, {@code @}, htop's own order), so the split reads without color too.
 * Each part gets whole cells: the edges are the rounded running sums of the fractions.
 */
final class SplitBar {
    private SplitBar() {
    }

    /** The characters of the parts, in order, when there is no color. */
    static final String MONO_CHARS = "|#*@";

    /** CPU parts in htop's order and colors: nice (blue), user (green), system (red), iowait (grey). */
    static final Style[] CPU = {Style.fg(ANSI.BLUE_BRIGHT), Style.fg(ANSI.GREEN), Style.fg(ANSI.RED),
            Style.fg(ANSI.BLACK_BRIGHT)};

    /** Memory parts in htop's order and colors: used (green), buffers (blue), cache (yellow). */
    static final Style[] MEM = {Style.fg(ANSI.GREEN), Style.fg(ANSI.BLUE_BRIGHT), Style.fg(ANSI.YELLOW)};

    static double[] cpu(CpuSplit s) {
        CpuSplit v = s == null ? CpuSplit.ZERO : s;
        return new double[]{v.nice() / 100, v.user() / 100, v.system() / 100, v.iowait() / 100};
    }

    static double[] memory(SystemSample s) {
        double t = s.memTotalBytes();
        if (t <= 0) return new double[3];
        return new double[]{s.memUsedBytes() / t, s.memBuffersBytes() / t, s.memCacheBytes() / t};
    }

    /** label[parts     value] in width columns; the value is written over the end of the bar. */
    static void draw(Canvas c, int x, int y, int width, String label, int labelWidth, double[] parts,
                     Style[] styles, String value) {
        Theme t = c.theme();
        int used = c.right(x, y, label, labelWidth, t.label());
        if (width - used < 3) return;
        c.text(x + used, y, "[", 1, t.normal(), false);
        int inner = width - used - 2;
        int textLen = Math.min(value.length(), inner);
        int room = inner - textLen;
        int[] edges = edges(parts, inner);
        int at = 0;
        for (int i = 0; i < parts.length && at < room; i++) {
            int end = Math.min(room, edges[i]);
            if (end <= at) continue;
            char ch = t.color() ? c.glyphs().full() : MONO_CHARS.charAt(Math.min(i, MONO_CHARS.length() - 1));
            c.text(x + used + 1 + at, y, String.valueOf(ch).repeat(end - at), end - at,
                    t.color() ? styles[i] : t.normal(), false);
            at = end;
        }
        if (at < room) c.text(x + used + 1 + at, y, "", room - at, t.normal(), true);
        c.right(x + used + 1 + room, y, value.substring(value.length() - textLen), textLen, t.meterText());
        c.text(x + used + 1 + inner, y, "]", 1, t.normal(), false);
    }

    /** Cell index where each part ends: the running sum of the fractions, rounded, at most cells. */
    static int[] edges(double[] parts, int cells) {
        int[] e = new int[parts.length];
        double sum = 0;
        for (int i = 0; i < parts.length; i++) {
            double p = parts[i];
            sum += Double.isNaN(p) || p < 0 ? 0 : p;
            e[i] = (int) Math.min(cells, Math.round(Math.min(1, sum) * cells));
        }
        return e;
    }
}
