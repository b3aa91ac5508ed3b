package dev.vigil.model;

import dev.vigil.sample.ProcRead;
import dev.vigil.sample.ProcessSample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The columns of the process table, in their default left-to-right order, and the keys they
 * sort on. Each knows its heading, the names it answers to (case-insensitive, as given to
 * {@code --sort} or written in the config), and the direction it sorts in when first chosen:
 * big numbers first for CPU, memory and time as in htop, names and ids ascending. Every
 * comparator breaks ties on PID ascending, whatever the direction, so rows never jitter.
 */
public enum SortColumn {
    PID("PID", false, Comparator.comparingInt(ProcessSample::pid), "pid"),
    USER("USER", false, Comparator.comparing(ProcessSample::user), "user"),
    PRI("PRI", false, Comparator.comparingInt(ProcessSample::priority), "pri", "priority"),
    NI("NI", false, Comparator.comparingInt(ProcessSample::nice), "ni", "nice"),
    VIRT("VIRT", true, Comparator.comparingLong(ProcessSample::vszBytes), "virt", "vsz", "virtual"),
    RES("RES", true, Comparator.comparingLong(ProcessSample::rssBytes), "res", "rss", "resident"),
    STATE("S", false, Comparator.comparingInt(ProcessSample::state), "s", "state"),
    CPU("CPU%", true, Comparator.comparingDouble(ProcessSample::cpuPercent), "cpu", "cpu%", "percent_cpu"),
    MEM("MEM%", true, Comparator.comparingDouble(ProcessSample::memPercent), "mem", "mem%", "memory", "percent_mem"),
    TIME("TIME+", true, Comparator.comparingDouble(ProcessSample::cpuTimeSeconds), "time", "time+", "cputime"),
    // Off by default; F2 or --columns turn them on.
    PPID("PPID", false, Comparator.comparingInt(ProcessSample::ppid), "ppid"),
    PGRP("PGRP", false, Comparator.comparingInt(p -> p.attrs().pgrp()), "pgrp", "pgid"),
    SESSION("SID", false, Comparator.comparingInt(p -> p.attrs().session()), "session", "sid", "sess"),
    TTY("TTY", false, Comparator.comparingInt(p -> p.attrs().ttyNr()), "tty", "tt"),
    STARTTIME("START", false, Comparator.comparingLong(ProcessSample::startTicks), "starttime", "start",
            "start_time", "lstart", "stime"),
    SHR("SHR", true, Comparator.comparingLong(p -> p.attrs().shrBytes()), "shr", "shared", "share"),
    NLWP("NLWP", true, Comparator.comparingInt(ProcessSample::threads), "nlwp", "threads", "thcount"),
    IO_READ("DISK READ", true, Comparator.comparingDouble(p -> rate(p.ioReadBytesPerSec())), "io_read",
            "ioread", "disk_read", "read"),
    IO_WRITE("DISK WRITE", true, Comparator.comparingDouble(p -> rate(p.ioWriteBytesPerSec())), "io_write",
            "iowrite", "disk_write", "write"),
    CGROUP("CGROUP", false, Comparator.comparing(p -> p.attrs().cgroup() == null ? "" : p.attrs().cgroup()), "cgroup"),
    OOM("OOM", true, Comparator.comparingInt(p -> p.attrs().oomScore()), "oom", "oom_score"),
    PROCESSOR("CPU", false, Comparator.comparingInt(p -> p.attrs().processor()), "processor", "psr", "last_cpu",
            "lastcpu"),
    COMMAND("COMMAND", false, Comparator.comparing(ProcessSample::command), "command", "name", "cmd");

    /** The columns shown when the config names none: htop's default set. */
    public static final List<SortColumn> DEFAULTS = List.of(PID, USER, PRI, NI, VIRT, RES, STATE, CPU, MEM, TIME, COMMAND);

    private final String title;
    private final boolean descendingByDefault;
    private final List<String> names;
    private final Comparator<ProcessSample> ascending;
    private final Comparator<ProcessSample> descending;

    SortColumn(String title, boolean descendingByDefault, Comparator<ProcessSample> key, String... names) {
        this.title = title;
        this.descendingByDefault = descendingByDefault;
        this.names = List.of(names);
        this.ascending = key.thenComparingInt(ProcessSample::pid);
        this.descending = key.reversed().thenComparingInt(ProcessSample::pid);
    }

    /** Column heading as the table shows it, e.g. "CPU%". */
    public String title() {
        return title;
    }

    /** The canonical name, lower case ("cpu", "command"): the first of {@link #names()}. */
    public String key() {
        return names.get(0);
    }

    public List<String> names() {
        return names;
    }

    /** True for the columns that sort largest first unless told otherwise (CPU%, MEM%, TIME+, VIRT, RES). */
    public boolean descendingByDefault() {
        return descendingByDefault;
    }

    /** Same as {@link #descendingByDefault()}. */
    public boolean defaultDescending() {
        return descendingByDefault;
    }

    /** Order on this column in its natural direction, ties by PID ascending. */
    public Comparator<ProcessSample> comparator() {
        return comparator(descendingByDefault);
    }

    /** Order on this column in the given direction; ties always on PID ascending. */
    public Comparator<ProcessSample> comparator(boolean descendingOrder) {
        return descendingOrder ? descending : ascending;
    }

    /**
     * The column for a name as a user types it: any of {@link #names()}, the heading, or the enum
     * name, any case ("cpu", "CPU%", "res", "S", "command"). Null when unknown.
     */
    public static SortColumn byName(String name) {
        if (name == null) return null;
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (SortColumn c : values()) {
            if (c.names.contains(n) || c.title.toLowerCase(Locale.ROOT).equals(n)
                    || c.name().toLowerCase(Locale.ROOT).equals(n)) {
                return c;
            }
        }
        return null;
    }

    /** Same as {@link #byName}. */
    public static SortColumn parse(String name) {
        return byName(name);
    }

    /** An unreadable rate (NaN) sorts as the lowest, below 0. */
    private static double rate(double v) {
        return Double.isNaN(v) ? -1 : v;
    }

    /**
     * The name written in the config file: the heading for htop's default columns (as vigil
     * always wrote them), the key for the others (a heading like "CPU" or "DISK READ" would not
     * read back as the same column).
     */
    public String configName() {
        return DEFAULTS.contains(this) ? title : key();
    }

    /** Whether showing, sorting or filtering on this column needs the I/O rates read. */
    public boolean usesIo() {
        return this == IO_READ || this == IO_WRITE;
    }

    /** The optional per-process files this column needs read. */
    public java.util.Set<ProcRead> reads() {
        return switch (this) {
            case CGROUP -> java.util.Set.of(ProcRead.CGROUP);
            case OOM -> java.util.Set.of(ProcRead.OOM_SCORE);
            default -> java.util.Set.of();
        };
    }

    /** Every accepted name, for messages: "pid, user, pri/priority, ...". */
    public static String validNames() {
        List<String> all = new ArrayList<>();
        for (SortColumn c : values()) all.add(String.join("/", c.names));
        return String.join(", ", all);
    }
}
