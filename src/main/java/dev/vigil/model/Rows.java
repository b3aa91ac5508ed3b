package dev.vigil.model;

import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The table's lines for one snapshot and one view: the rows in display order, plus lookups by
 * identity (row index) and by PID (every process of the snapshot, shown or not). Immutable.
 */
public final class Rows {
    public static final Rows EMPTY = new Rows(List.of(), Map.of());

    private final List<Row> list;
    private final Map<Integer, ProcessSample> byPid;
    private Map<Identity, Integer> index; // built on first use

    public Rows(List<Row> list, Map<Integer, ProcessSample> byPid) {
        this.list = List.copyOf(list);
        this.byPid = byPid;
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

    /** Row index of the process, or -1 when it is not shown. */
    public int indexOf(Identity id) {
        if (id == null) return -1;
        if (index == null) {
            Map<Identity, Integer> m = new HashMap<>(list.size() * 2);
            for (int i = 0; i < list.size(); i++) m.put(list.get(i).identity(), i);
            index = m;
        }
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    /** Any process of the snapshot by PID (shown or not), or null. */
    public ProcessSample process(int pid) {
        return byPid.get(pid);
    }

    /**
     * The parent of a process (the owning process for a thread), or null when it is not in the
     * snapshot. A "parent" that started after the child is a reused PID, not the parent.
     */
    public ProcessSample parentOf(ProcessSample p) {
        int ppid = p.isThread() ? p.tgid() : p.ppid();
        if (ppid == p.pid() || ppid <= 0) return null;
        ProcessSample parent = byPid.get(ppid);
        if (parent == null || parent.startTicks() > p.startTicks()) return null;
        return parent;
    }
}
