package dev.vigil.model;

import dev.vigil.detail.Tty;
import dev.vigil.sample.ProcessAttrs;
import dev.vigil.sample.ProcessSample;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The text of the optional columns (PPID to CPU), the same in the monitor and in batch output:
 * width, alignment and cell text. An unknown value shows as "-"; a process without a terminal
 * as "?", as ps shows it.
 */
public final class ColumnText {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMdd", Locale.ROOT);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", Locale.ROOT);

    private ColumnText() {
    }

    /** Whether this is one of the optional columns this class formats. */
    public static boolean handles(SortColumn c) {
        return c.ordinal() >= SortColumn.PPID.ordinal() && c != SortColumn.COMMAND;
    }

    /** Width in cells of a column, on the screen and in batch text alike: 0 for COMMAND, which stretches; CGROUP cuts longer paths from the left. */
    public static int width(SortColumn c) {
        return switch (c) {
            case PID -> 7;
            case USER -> 9;
            case PRI, NI -> 3;
            case VIRT, RES -> 6;
            case STATE -> 1;
            case CPU, MEM -> 5;
            case TIME -> 9;
            case COMMAND -> 0;
            case PPID, PGRP, SESSION -> 7;
            case TTY -> 8;
            case STARTTIME -> 5;
            case SHR -> 6;
            case NLWP, OOM -> 4;
            case IO_READ, IO_WRITE -> c.title().length();
            case CGROUP -> 24;
            case PROCESSOR -> 3;
            default -> 0;
        };
    }

    /** TTY and CGROUP are text, left-aligned; the others are numbers. */
    public static boolean rightAligned(SortColumn c) {
        return c != SortColumn.TTY && c != SortColumn.CGROUP;
    }

    /** The cell of an optional column for p; nowMillis and zone place START as htop does. */
    public static String text(SortColumn c, ProcessSample p, long nowMillis, ZoneId zone) {
        ProcessAttrs a = p.attrs();
        return switch (c) {
            case PPID -> Integer.toString(p.ppid());
            case PGRP -> id(a.pgrp());
            case SESSION -> id(a.session());
            case TTY -> tty(a.ttyNr());
            case STARTTIME -> start(p.startTimeMillis(), nowMillis, zone);
            case SHR -> a.shrBytes() < 0 ? "-" : Units.formatBytes(a.shrBytes());
            case NLWP -> Integer.toString(p.threads());
            case IO_READ -> rate(p.ioReadBytesPerSec());
            case IO_WRITE -> rate(p.ioWriteBytesPerSec());
            case CGROUP -> a.cgroup() == null ? "-" : a.cgroup();
            case OOM -> id(a.oomScore());
            case PROCESSOR -> id(a.processor());
            default -> "";
        };
    }

    /** The terminal as ps names it (pts/3, tty1), "?" for none. */
    public static String tty(int ttyNr) {
        return ttyNr == 0 ? "?" : Tty.name(ttyNr);
    }

    /**
     * A start time as htop and ps's STIME show it: HH:MM within the last 24 hours, then MonDD
     * within the year, then the year. "-" when unknown.
     */
    public static String start(long startMillis, long nowMillis, ZoneId zone) {
        if (startMillis <= 0) return "-";
        ZonedDateTime t = Instant.ofEpochMilli(startMillis).atZone(zone);
        long age = nowMillis - startMillis;
        if (age < 24 * 3600_000L) return CLOCK.format(t);
        if (age < 364L * 24 * 3600_000L) return DAY.format(t);
        return YEAR.format(t);
    }

    /** Bytes per second in htop's units ("1.5M/s"); "-" when unreadable. */
    public static String rate(double bytesPerSecond) {
        if (Double.isNaN(bytesPerSecond)) return "-";
        return Units.formatBytes(Math.round(bytesPerSecond)) + "/s";
    }

    /** A cgroup path cut to width from the left, "+" marking the cut, so its last parts stay. */
    public static String fitPath(String path, int width) {
        if (path.length() <= width || width < 2) return path;
        return "+" + path.substring(path.length() - width + 1);
    }

    private static String id(int v) {
        return v < 0 ? "-" : Integer.toString(v);
    }
}
