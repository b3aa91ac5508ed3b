package dev.vigil.model;

import dev.vigil.sample.ProcessSample;

import java.util.Comparator;
import java.util.Locale;

/**
 * The columns of the process table, in their default left-to-right order. Each knows its title,
 * the direction it sorts in when first chosen (htop's: big numbers first for CPU, memory and
 * time; names and ids ascending), and how to compare two processes. Every comparator breaks ties
 * on PID ascending, whichever the direction, so rows never jitter between refreshes.
 */
public enum SortColumn {
    PID("PID", false, Comparator.comparingInt(ProcessSample::pid)),
    USER("USER", false, Comparator.comparing(ProcessSample::user)),
    PRI("PRI", false, Comparator.comparingInt(ProcessSample::priority)),
    NI("NI", false, Comparator.comparingInt(ProcessSample::nice)),
    VIRT("VIRT", true, Comparator.comparingLong(ProcessSample::vszBytes)),
    RES("RES", true, Comparator.comparingLong(ProcessSample::rssBytes)),
    S("S", false, Comparator.comparingInt(p -> stateRank(p.state()))),
    CPU("CPU%", true, Comparator.comparingDouble(ProcessSample::cpuPercent)),
    MEM("MEM%", true, Comparator.comparingDouble(ProcessSample::memPercent)),
    TIME("TIME+", true, Comparator.comparingDouble(ProcessSample::cpuTimeSeconds)),
    COMMAND("COMMAND", false, Comparator.comparing(ProcessSample::command, String.CASE_INSENSITIVE_ORDER));

    private final String title;
    private final boolean defaultDescending;
    private final Comparator<ProcessSample> primary;
    private final Comparator<ProcessSample> ascending;
    private final Comparator<ProcessSample> descending;

    SortColumn(String title, boolean defaultDescending, Comparator<ProcessSample> primary) {
        this.title = title;
        this.defaultDescending = defaultDescending;
        this.primary = primary;
        this.ascending = primary.thenComparingInt(ProcessSample::pid);
        this.descending = primary.reversed().thenComparingInt(ProcessSample::pid);
    }

    /** Column heading as the table shows it, e.g. "CPU%". */
    public String title() {
        return title;
    }

    /** True when this column sorts biggest first on first choice (CPU%, MEM%, TIME+, VIRT, RES). */
    public boolean defaultDescending() {
        return defaultDescending;
    }

    /** Order by this column in the given direction; ties always on PID ascending. */
    public Comparator<ProcessSample> comparator(boolean descendingOrder) {
        return descendingOrder ? descending : ascending;
    }

    /** The bare comparison of this column's values, without the PID tie-break. */
    public Comparator<ProcessSample> primary() {
        return primary;
    }

    /**
     * Column from a name as a user types it: the enum name or the title, any case, plus common
     * aliases (cpu, mem, time, command/cmd/name, state, nice, vsz/virt, rss/res). Null if unknown.
     */
    public static SortColumn parse(String name) {
        if (name == null) return null;
        String n = name.trim().toUpperCase(Locale.ROOT);
        for (SortColumn c : values()) {
            if (c.name().equals(n) || c.title.equals(n)) return c;
        }
        return switch (n) {
            case "CPU_PERCENT", "PERCENT_CPU" -> CPU;
            case "MEMORY", "MEM_PERCENT", "PERCENT_MEM" -> MEM;
            case "TIME", "CPUTIME" -> TIME;
            case "CMD", "NAME" -> COMMAND;
            case "STATE" -> S;
            case "NICE" -> NI;
            case "PRIORITY" -> PRI;
            case "VSZ", "VIRTUAL" -> VIRT;
            case "RSS", "RESIDENT" -> RES;
            default -> null;
        };
    }

    /** Running first, then the blocked, sleeping, idle, stopped, and dead ones last. */
    static int stateRank(char s) {
        return switch (s) {
            case 'R' -> 0;
            case 'D' -> 1;
            case 'S' -> 2;
            case 'I' -> 3;
            case 'T' -> 4;
            case 't' -> 5;
            case 'Z' -> 6;
            case 'X', 'x' -> 7;
            default -> 8;
        };
    }
}
