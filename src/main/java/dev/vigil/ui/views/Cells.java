package dev.vigil.ui.views;

import dev.vigil.model.ColumnText;
import dev.vigil.model.Row;
import dev.vigil.model.SortColumn;
import dev.vigil.model.Units;
import dev.vigil.sample.ProcessSample;

/**
 * How each table column is shown: width in cells, alignment, and the text of one cell, with
 * human units (K/M/G) as htop shows them. COMMAND takes the columns left over.
 */
final class Cells {
    private Cells() {
    }

    /** Width of a column; 0 for COMMAND, which stretches. */
    static int width(SortColumn c) {
        return ColumnText.width(c);
    }

    static boolean rightAligned(SortColumn c) {
        if (ColumnText.handles(c)) return ColumnText.rightAligned(c);
        return c != SortColumn.USER && c != SortColumn.COMMAND && c != SortColumn.STATE;
    }

    static String text(SortColumn c, Row row, Glyphs glyphs) {
        ProcessSample p = row.process();
        return switch (c) {
            case PID -> Integer.toString(p.pid());
            case USER -> p.user();
            case PRI -> p.priority() <= -100 ? "RT" : Integer.toString(p.priority());
            case NI -> Integer.toString(p.nice());
            case VIRT -> Units.formatBytes(p.vszBytes());
            case RES -> Units.formatBytes(p.rssBytes());
            case STATE -> String.valueOf(p.state());
            case CPU -> percent(p.cpuPercent());
            case MEM -> percent(p.memPercent());
            case TIME -> time(p.cpuTimeSeconds());
            case COMMAND -> command(row, glyphs);
            case CGROUP -> ColumnText.fitPath(ColumnText.text(c, p, 0, ZONE), width(c));
            default -> ColumnText.text(c, p, System.currentTimeMillis(), ZONE);
        };
    }

    private static final java.time.ZoneId ZONE = java.time.ZoneId.systemDefault();

    /** Put before the command of a tagged row (after the tree guides), in every mode. */
    static final String TAG_MARK = "* ";

    static String command(Row row, Glyphs glyphs) {
        return command(row, glyphs, false);
    }

    static String command(Row row, Glyphs glyphs, boolean tagged) {
        return command(row, glyphs, tagged, Integer.MAX_VALUE, row.process().command());
    }

    /**
     * The COMMAND cell showing text (see {@code Rows.command}: a thread's own name), with its tree
     * guides narrowed to leave part of room to the command itself.
     */
    static String command(Row row, Glyphs glyphs, boolean tagged, int room, String text) {
        String prefix = room == Integer.MAX_VALUE ? glyphs.treePrefix(row.guides()) : glyphs.treePrefix(row.guides(), room);
        String hidden = row.collapsed() ? "[+" + row.hidden() + "] " : "";
        return prefix + (tagged ? TAG_MARK : "") + hidden + text;
    }

    /** 5 columns at most: one decimal below 100, whole numbers above. */
    static String percent(double v) {
        if (Double.isNaN(v)) return "-";
        if (v < 99.95) {
            long tenths = Math.round(v * 10);
            return (tenths / 10) + "." + (tenths % 10);
        }
        return Long.toString(Math.round(v));
    }

    /** htop's TIME+: M:SS.hh below an hour, HhMM:SS below 100 hours, then whole hours. */
    static String time(double seconds) {
        if (Double.isNaN(seconds) || seconds < 0) return "-";
        long hundredths = Math.round(seconds * 100);
        long totalSeconds = hundredths / 100;
        long h = totalSeconds / 3600;
        long m = (totalSeconds / 60) % 60;
        long s = totalSeconds % 60;
        if (h == 0) return m + ":" + two(s) + "." + two(hundredths % 100);
        if (h < 100) return h + "h" + two(m) + ":" + two(s);
        return h + "h";
    }

    private static String two(long v) {
        return v < 10 ? "0" + v : Long.toString(v);
    }
}
