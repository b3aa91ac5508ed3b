package dev.vigil.ui;

import dev.vigil.action.Targets;
import dev.vigil.model.Row;
import dev.vigil.model.Rows;
import dev.vigil.model.ViewState;
import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.ui.keys.Reaction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags (Space, c, U) and what an action applies to: the tagged processes that are shown (or
 * hidden only inside a collapsed tree node), else the selected process. Tags are identities, so
 * a process keeps its tag while the table is sorted or filtered, and loses it when it exits.
 * UI thread only.
 */
public final class Tagging {
    private Tagging() {
    }

    /** Space: tags or untags the selected process and moves down one row. */
    public static Reaction toggle(Session s) {
        Row r = s.cursor().selectedRow();
        if (r == null) {
            s.status("no process to tag");
            return Reaction.REDRAW;
        }
        ViewState v = s.view();
        v.setTagged(r.identity(), !v.isTagged(r.identity()));
        s.cursor().move(1);
        return Reaction.REDRAW;
    }

    /** c: tags the selected process and every descendant of it in the snapshot. */
    public static Reaction tagTree(Session s) {
        Row r = s.cursor().selectedRow();
        if (r == null || s.snapshot() == null) {
            s.status("no process to tag");
            return Reaction.REDRAW;
        }
        List<Identity> ids = descendants(s.snapshot().processes(), r.process());
        s.view().setTagged(r.identity(), true);
        for (Identity id : ids) s.view().setTagged(id, true);
        String who = "PID " + r.process().pid();
        s.status(ids.isEmpty() ? "tagged " + who + " (it has no descendants)"
                : "tagged " + who + " and " + ids.size() + (ids.size() == 1 ? " descendant" : " descendants"));
        return Reaction.REDRAW;
    }

    /** U: removes every tag. */
    public static Reaction untagAll(Session s) {
        int n = s.view().tagged().size();
        s.view().clearTags();
        s.status(n == 0 ? "nothing was tagged" : "untagged " + n + (n == 1 ? " process" : " processes"));
        return Reaction.REDRAW;
    }

    /**
     * Processes below {@code root} (children, their children...), by parent PID. A "child" that
     * started before its parent is a reused PID and is skipped. Threads are not listed: a
     * process stands for its threads.
     */
    static List<Identity> descendants(List<ProcessSample> processes, ProcessSample root) {
        Map<Integer, List<ProcessSample>> children = new HashMap<>();
        for (ProcessSample p : processes) {
            if (!p.isThread()) children.computeIfAbsent(p.ppid(), k -> new ArrayList<>()).add(p);
        }
        List<Identity> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Deque<ProcessSample> todo = new ArrayDeque<>();
        int rootPid = root.isThread() ? root.tgid() : root.pid();
        seen.add(rootPid);
        todo.add(root);
        while (!todo.isEmpty()) {
            ProcessSample parent = todo.poll();
            int pid = parent.isThread() ? parent.tgid() : parent.pid();
            for (ProcessSample c : children.getOrDefault(pid, List.of())) {
                if (c.startTicks() < parent.startTicks() || !seen.add(c.pid())) continue;
                out.add(c.identity());
                todo.add(c);
            }
        }
        return out;
    }

    /** Drops the tags of processes that are no longer in the snapshot. */
    static void prune(Session s, Snapshot snap) {
        ViewState v = s.view();
        if (v.tagged().isEmpty()) return;
        Set<Identity> present = new HashSet<>();
        for (ProcessSample p : snap.processes()) present.add(p.identity());
        for (Identity id : List.copyOf(v.tagged())) {
            if (!present.contains(id)) v.setTagged(id, false);
        }
    }

    /** The targets, frozen now: see the class comment. Empty when nothing is selected. */
    static Targets capture(Session s) {
        Snapshot snap = s.snapshot();
        if (snap == null) return Targets.NONE;
        Row sel = s.cursor().selectedRow();
        return Targets.capture(actionable(s), sel == null ? null : sel.process(), snap.processes());
    }

    /** Tagged processes that an action may reach: shown, or folded into a collapsed node. */
    static List<Identity> actionable(Session s) {
        Rows rows = s.rows();
        List<Identity> out = new ArrayList<>();
        for (Identity id : s.view().tagged()) {
            if (rows.indexOf(id) >= 0 || insideCollapsed(s, rows, id)) out.add(id);
        }
        return out;
    }

    /** Tagged processes left out of an action: hidden by the filter, or already gone. */
    static int leftOut(Session s) {
        return s.view().tagged().size() - actionable(s).size();
    }

    private static boolean insideCollapsed(Session s, Rows rows, Identity id) {
        ProcessSample p = rows.process(id.pid());
        if (p == null || !p.identity().equals(id)) return false;
        for (int depth = 0; depth < 4096; depth++) {
            p = rows.parentOf(p);
            if (p == null) return false;
            if (rows.indexOf(p.identity()) >= 0) return s.view().isCollapsed(p.identity());
        }
        return false;
    }
}
