package dev.vigil.detail;

import dev.vigil.sample.ProcStat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The ancestors of a process, as {@code pstree -s} shows them: walked up through the ppid of
 * each /proc/PID/stat and returned root first (PID 1, or whatever root the walk reached), down
 * to the direct parent. The process itself is not in the list.
 */
public final class ParentChain {
    private ParentChain() {
    }

    /** One ancestor: its PID and comm name. */
    public record Ancestor(int pid, String name) {
    }

    /** Longer than any real tree; stops a walk through corrupt or racing data. */
    static final int MAX_DEPTH = 1024;

    /**
     * Walks from {@code parentPid} upward. {@code lookup} gives the stat of a PID, or null when
     * it cannot be read (the walk then stops there). Stops at PID 0, on a PID seen before (a
     * loop) or after {@link #MAX_DEPTH} steps.
     */
    public static List<Ancestor> walk(int parentPid, IntFunction<ProcStat> lookup) {
        List<Ancestor> up = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        int pid = parentPid;
        while (pid > 0 && up.size() < MAX_DEPTH && seen.add(pid)) {
            ProcStat st = lookup.apply(pid);
            if (st == null) break;
            up.add(new Ancestor(pid, st.comm()));
            pid = st.ppid();
        }
        Collections.reverse(up);
        return up;
    }
}
