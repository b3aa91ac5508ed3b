package dev.vigil.model;

import dev.vigil.sample.ProcessSample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The columns a process table can be sorted on, each with its key, the names it answers to
 * (case-insensitive, as given to {@code --sort}) and its natural direction: numbers that matter
 * when large (CPU, memory, time) sort descending as in htop; names and ids ascending.
 * Every comparator breaks ties on PID ascending, whatever the direction, so the order is total
 * and a table never jitters between refreshes.
 */
public enum SortColumn {
    PID(false, Comparator.comparingInt(ProcessSample::pid), "pid"),
    USER(false, Comparator.comparing(ProcessSample::user), "user"),
    PRI(false, Comparator.comparingInt(ProcessSample::priority), "pri", "priority"),
    NI(false, Comparator.comparingInt(ProcessSample::nice), "ni", "nice"),
    VIRT(true, Comparator.comparingLong(ProcessSample::vszBytes), "virt", "vsz"),
    RES(true, Comparator.comparingLong(ProcessSample::rssBytes), "res", "rss"),
    STATE(false, Comparator.comparingInt(ProcessSample::state), "s", "state"),
    CPU(true, Comparator.comparingDouble(ProcessSample::cpuPercent), "cpu", "cpu%"),
    MEM(true, Comparator.comparingDouble(ProcessSample::memPercent), "mem", "mem%"),
    TIME(true, Comparator.comparingDouble(ProcessSample::cpuTimeSeconds), "time", "time+"),
    COMMAND(false, Comparator.comparing(ProcessSample::command), "command", "name", "cmd");

    private final boolean descendingByDefault;
    private final List<String> names;
    private final Comparator<ProcessSample> ascending;
    private final Comparator<ProcessSample> descending;

    SortColumn(boolean descendingByDefault, Comparator<ProcessSample> key, String... names) {
        this.descendingByDefault = descendingByDefault;
        this.names = List.of(names);
        this.ascending = key.thenComparingInt(ProcessSample::pid);
        this.descending = key.reversed().thenComparingInt(ProcessSample::pid);
    }

    /** The column for a name such as "cpu", "CPU%", "res" or "command"; null when unknown. */
    public static SortColumn byName(String name) {
        if (name == null) return null;
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (SortColumn c : values()) {
            if (c.names.contains(n)) return c;
        }
        return null;
    }

    /** Every accepted name, for messages: "pid, user, pri, ...". */
    public static String validNames() {
        List<String> all = new ArrayList<>();
        for (SortColumn c : values()) all.add(String.join("/", c.names));
        return String.join(", ", all);
    }

    /** The canonical name, lower case ("cpu", "command"): the first of {@link #names()}. */
    public String key() {
        return names.get(0);
    }

    public List<String> names() {
        return names;
    }

    /** True for the columns that sort largest first unless told otherwise. */
    public boolean descendingByDefault() {
        return descendingByDefault;
    }

    /** Order on this column in its natural direction, ties by PID ascending. */
    public Comparator<ProcessSample> comparator() {
        return comparator(descendingByDefault);
    }

    /** Order on this column in the given direction, ties always by PID ascending. */
    public Comparator<ProcessSample> comparator(boolean descendingOrder) {
        return descendingOrder ? descending : ascending;
    }
}
