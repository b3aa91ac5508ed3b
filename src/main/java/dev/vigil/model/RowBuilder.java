package dev.vigil.model;

import dev.vigil.sample.ProcessSample;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a snapshot's processes and a {@link ViewState} into the table's {@link Rows}: filters
 * (kernel threads, threads, user, PID set, query), then either sorts them flat or lays them out
 * as a tree with siblings in sort order. Collapsed nodes hide their descendants and count them;
 * a process whose parent is filtered out becomes a top-level row.
 *
 * <p>Keeps the last result and returns it again while neither the process list (the same list
 * object) nor the view's {@link ViewState#version()} has changed, so a key that only moves the
 * selection costs nothing here.
 */
public final class RowBuilder {
    private List<ProcessSample> lastProcesses;
    private long lastVersion = -1;
    private Rows last = Rows.EMPTY;

    /** Rows for these processes under this view; the cached result when nothing changed. */
    public Rows rows(List<ProcessSample> processes, ViewState view) {
        if (processes == lastProcesses && view.version() == lastVersion) return last;
        last = build(processes, view);
        lastProcesses = processes;
        lastVersion = view.version();
        return last;
    }

    /** Builds rows without caching. */
    public static Rows build(List<ProcessSample> processes, ViewState view) {
        Map<Integer, ProcessSample> byPid = new HashMap<>(processes.size() * 2);
        List<ProcessSample> shown = new ArrayList<>(processes.size());
        for (ProcessSample p : processes) {
            byPid.put(p.pid(), p);
            if (visible(p, view)) shown.add(p);
        }
        Comparator<ProcessSample> order = view.sort().comparator(view.descending());
        List<Row> rows = view.tree() ? tree(shown, order, view) : flat(shown, order);
        return new Rows(rows, byPid);
    }

    /** Whether the view's filters let this process through. */
    public static boolean visible(ProcessSample p, ViewState view) {
        if (p.kernelThread() && !view.showKernelThreads()) return false;
        if (p.isThread() && !view.showThreads()) return false;
        if (view.user() != null && !view.user().equals(p.user())) return false;
        if (!view.pids().isEmpty() && !view.pids().contains(p.pid()) && !view.pids().contains(p.tgid())) {
            return false;
        }
        return view.filter().test(p);
    }

    private static List<Row> flat(List<ProcessSample> shown, Comparator<ProcessSample> order) {
        shown.sort(order);
        List<Row> rows = new ArrayList<>(shown.size());
        for (ProcessSample p : shown) rows.add(Row.flat(p));
        return rows;
    }

    private static List<Row> tree(List<ProcessSample> shown, Comparator<ProcessSample> order, ViewState view) {
        Map<Integer, ProcessSample> present = new HashMap<>(shown.size() * 2);
        for (ProcessSample p : shown) present.put(p.pid(), p);
        Map<Integer, List<ProcessSample>> children = new HashMap<>();
        List<ProcessSample> roots = new ArrayList<>();
        for (ProcessSample p : shown) {
            ProcessSample parent = parent(p, present);
            if (parent == null) roots.add(p);
            else children.computeIfAbsent(parent.pid(), k -> new ArrayList<>()).add(p);
        }
        roots.sort(order);
        for (List<ProcessSample> c : children.values()) c.sort(order);

        List<Row> rows = new ArrayList<>(shown.size());
        Set<Integer> placed = new HashSet<>(shown.size() * 2);
        lay(roots, children, view, rows, placed);
        if (placed.size() < shown.size()) {
            // Only a parent loop (impossible on a consistent snapshot) leaves nodes unplaced:
            // show them at top level rather than lose them.
            List<ProcessSample> rest = new ArrayList<>();
            for (ProcessSample p : shown) if (!placed.contains(p.pid())) rest.add(p);
            rest.sort(order);
            for (ProcessSample p : rest) {
                if (placed.contains(p.pid())) continue;
                lay(List.of(p), children, view, rows, placed);
            }
        }
        return rows;
    }

    /** The shown parent (owning process for a thread), or null: orphans go to top level. */
    private static ProcessSample parent(ProcessSample p, Map<Integer, ProcessSample> present) {
        int ppid = p.isThread() ? p.tgid() : p.ppid();
        if (ppid == p.pid() || ppid <= 0) return null;
        ProcessSample parent = present.get(ppid);
        // A "parent" that started after its child is a reused PID.
        if (parent == null || parent.startTicks() > p.startTicks()) return null;
        return parent;
    }

    private record Frame(ProcessSample p, String guides) {
    }

    /** Depth-first layout with an explicit stack (process chains can be deep). */
    private static void lay(List<ProcessSample> roots, Map<Integer, List<ProcessSample>> children,
                            ViewState view, List<Row> out, Set<Integer> placed) {
        Deque<Frame> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) stack.push(new Frame(roots.get(i), ""));
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            if (!placed.add(f.p().pid())) continue;
            List<ProcessSample> kids = children.getOrDefault(f.p().pid(), List.of());
            boolean collapsed = !kids.isEmpty() && view.isCollapsed(f.p().identity());
            int hidden = collapsed ? hideDescendants(f.p(), children, placed) : 0;
            out.add(new Row(f.p(), f.guides(), !kids.isEmpty(), collapsed, hidden));
            if (collapsed || kids.isEmpty()) continue;
            String base = continuation(f.guides());
            for (int i = kids.size() - 1; i >= 0; i--) {
                char mark = i == kids.size() - 1 ? Row.LAST : Row.TEE;
                stack.push(new Frame(kids.get(i), base + mark));
            }
        }
    }

    /** The guides a child inherits: this node's own mark becomes a bar or a blank. */
    private static String continuation(String guides) {
        if (guides.isEmpty()) return "";
        char own = guides.charAt(guides.length() - 1);
        return guides.substring(0, guides.length() - 1) + (own == Row.TEE ? Row.BAR : Row.BLANK);
    }

    /** Counts the descendants of a collapsed node and marks them placed (they are not shown). */
    private static int hideDescendants(ProcessSample root, Map<Integer, List<ProcessSample>> children,
                                       Set<Integer> placed) {
        int n = 0;
        Deque<ProcessSample> stack = new ArrayDeque<>(children.getOrDefault(root.pid(), List.of()));
        while (!stack.isEmpty()) {
            ProcessSample p = stack.pop();
            if (!placed.add(p.pid())) continue;
            n++;
            stack.addAll(children.getOrDefault(p.pid(), List.of()));
        }
        return n;
    }
}
