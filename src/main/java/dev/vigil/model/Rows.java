package dev.vigil.model;

import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;

import java.util.List;

/**
 * The table's lines for one snapshot and one view: the rows in display order, plus lookups by
 * identity (row index) and by PID (every process of the snapshot, shown or not). Immutable.
 */
public final class Rows {
    public static final Rows EMPTY = new Rows(List.of(), List.of());

    private final List<Row> list;
    private final List<ProcessSample> processes;
    private final PidIndex byPid;
    private PidIndex index; // PID of each row to its position, built on first use

    /**
     * @param list      the rows in display order
     * @param processes every process of the snapshot (shown or not), for {@link #process}
     */
    public Rows(List<Row> list, List<ProcessSample> processes) {
        this.list = List.copyOf(list);
        this.processes = processes;
        this.byPid = new PidIndex(processes.size());
        for (int i = 0; i < processes.size(); i++) byPid.put(processes.get(i).pid(), i);
    }

    public List<Row> list() {
        return list;
    }

    public int size() {
        return list.size();
    }

    public Row get(int i) {
        return list.get(i);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Builds the row lookup now, on the thread that built the rows, not at the first {@link #indexOf}. */
    public Rows indexed() {
        if (index == null) index = index();
        return this;
    }

    private PidIndex index() {
        PidIndex m = new PidIndex(list.size());
        for (int i = 0; i < list.size(); i++) m.put(list.get(i).process().pid(), i);
        return m;
    }

    /** Row index of the process, or -1 when it is not shown. */
    public int indexOf(Identity id) {
        if (id == null) return -1;
        if (index == null) index = index();
        int i = index.get(id.pid());
        // the same PID may now be another process: the start time must match too
        return i >= 0 && list.get(i).process().startTicks() == id.startTicks() ? i : -1;
    }

    /** Any process of the snapshot by PID (shown or not), or null. */
    public ProcessSample process(int pid) {
        int i = byPid.get(pid);
        return i < 0 ? null : processes.get(i);
    }

    /**
     * What COMMAND shows for a row: the command line, or for a thread that has a name of its own
     * (its task/TID/comm differs from its process's comm) that name, as htop shows thread names.
     */
    public String command(ProcessSample p) {
        if (!p.isThread()) return p.command();
        ProcessSample owner = process(p.tgid());
        return owner != null && !owner.name().equals(p.name()) ? p.name() : p.command();
    }

    /**
     * The parent of a process (the owning process for a thread), or null when it is not in the
     * snapshot. A "parent" that started after the child is a reused PID, not the parent.
     */
    public ProcessSample parentOf(ProcessSample p) {
        int ppid = p.isThread() ? p.tgid() : p.ppid();
        if (ppid == p.pid() || ppid <= 0) return null;
        ProcessSample parent = process(ppid);
        if (parent == null || parent.startTicks() > p.startTicks()) return null;
        return parent;
    }
}
