package dev.vigil.model;

import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

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

    /**
     * Rows built elsewhere (on another thread, from {@link ViewState#rowsCopy()}) for these
     * processes and view version: {@link #rows} returns them while neither has changed.
     */
    public void offer(List<ProcessSample> processes, long viewVersion, Rows built) {
        lastProcesses = processes;
        lastVersion = viewVersion;
        last = built;
    }

    /** Builds rows without caching. */
    public static Rows build(List<ProcessSample> processes, ViewState view) {
        return new Rows(list(processes, view), processes);
    }

    /**
     * The one row pipeline of the monitor and batch output: filter (kernel threads, threads,
     * user, PID list, query), then sort flat, or lay out as a tree with collapsed nodes hidden.
     */
    public static List<Row> list(List<ProcessSample> processes, ViewState view) {
        ProcessFilter filter = view.processFilter();
        List<ProcessSample> shown = new ArrayList<>(processes.size());
        for (ProcessSample p : processes) {
            if (visible(p, view, filter)) shown.add(p);
        }
        Comparator<ProcessSample> order = view.sort().comparator(view.descending());
        return view.tree() ? new Tree(shown).rows(order, view::isCollapsed) : flat(shown, order);
    }

    /** Whether the view lets this process through: kernel threads and threads as it says, then the filter. */
    private static boolean visible(ProcessSample p, ViewState view, ProcessFilter filter) {
        if (p.kernelThread() && !view.showKernelThreads()) return false;
        if (p.isThread() && !view.showThreads()) return false;
        return filter.test(p);
    }

    /**
     * These processes laid out as a tree, siblings (and roots) in the given order, nothing
     * collapsed: parents before their children, depth first. A process whose parent is not in
     * the list (filtered out, PID 0, or a reused PID) is a root; thread rows hang under their process.
     */
    public static List<Row> tree(List<ProcessSample> shown, Comparator<ProcessSample> order) {
        return new Tree(shown).rows(order, id -> false);
    }

    private static List<Row> flat(List<ProcessSample> shown, Comparator<ProcessSample> order) {
        shown.sort(order);
        List<Row> rows = new ArrayList<>(shown.size());
        for (ProcessSample p : shown) rows.add(Row.flat(p));
        return rows;
    }

    /**
     * The tree layout of the shown processes. Nodes are addressed by their position in the
     * shown list (a {@link PidIndex} finds it), so no map entry or boxed PID is made per process.
     */
    private static final class Tree {
        private final List<ProcessSample> shown;
        private final PidIndex position;
        private final List<List<ProcessSample>> children;
        private final boolean[] placed;
        private int placedCount;

        Tree(List<ProcessSample> shown) {
            this.shown = shown;
            int n = shown.size();
            position = new PidIndex(n);
            for (int i = 0; i < n; i++) position.put(shown.get(i).pid(), i);
            children = new ArrayList<>(java.util.Collections.nCopies(n, (List<ProcessSample>) null));
            placed = new boolean[n];
        }

        List<Row> rows(Comparator<ProcessSample> order, Predicate<Identity> collapsed) {
            List<ProcessSample> roots = new ArrayList<>();
            for (ProcessSample p : shown) {
                int parent = parent(p);
                if (parent < 0) {
                    roots.add(p);
                    continue;
                }
                List<ProcessSample> c = children.get(parent);
                if (c == null) children.set(parent, c = new ArrayList<>(2));
                c.add(p);
            }
            roots.sort(order);
            for (List<ProcessSample> c : children) if (c != null && c.size() > 1) c.sort(order);

            List<Row> rows = new ArrayList<>(shown.size());
            lay(roots, collapsed, rows);
            if (placedCount < shown.size()) {
                // Only a parent loop (impossible on a consistent snapshot) leaves nodes unplaced:
                // show them at top level rather than lose them.
                List<ProcessSample> rest = new ArrayList<>();
                for (int i = 0; i < shown.size(); i++) if (!placed[i]) rest.add(shown.get(i));
                rest.sort(order);
                for (ProcessSample p : rest) {
                    if (!placed[position.get(p.pid())]) lay(List.of(p), collapsed, rows);
                }
            }
            return rows;
        }

        /** Position of the shown parent (owning process for a thread), or -1: orphans go to top level. */
        private int parent(ProcessSample p) {
            int ppid = p.isThread() ? p.tgid() : p.ppid();
            if (ppid == p.pid() || ppid <= 0) return -1;
            int at = position.get(ppid);
            // A "parent" that started after its child is a reused PID.
            if (at < 0 || shown.get(at).startTicks() > p.startTicks()) return -1;
            return at;
        }

        private List<ProcessSample> kids(ProcessSample p) {
            List<ProcessSample> c = children.get(position.get(p.pid()));
            return c == null ? List.of() : c;
        }

        /** Marks p placed; false when it already was. */
        private boolean place(ProcessSample p) {
            int at = position.get(p.pid());
            if (placed[at]) return false;
            placed[at] = true;
            placedCount++;
            return true;
        }

        /** Depth-first layout with an explicit stack (process chains can be deep). */
        private void lay(List<ProcessSample> roots, Predicate<Identity> collapsedNodes, List<Row> out) {
            Deque<Frame> stack = new ArrayDeque<>();
            for (int i = roots.size() - 1; i >= 0; i--) stack.push(new Frame(roots.get(i), ""));
            while (!stack.isEmpty()) {
                Frame f = stack.pop();
                if (!place(f.p())) continue;
                List<ProcessSample> kids = kids(f.p());
                boolean collapsed = !kids.isEmpty() && collapsedNodes.test(f.p().identity());
                int hidden = collapsed ? hideDescendants(f.p()) : 0;
                out.add(new Row(f.p(), f.guides(), !kids.isEmpty(), collapsed, hidden));
                if (collapsed || kids.isEmpty()) continue;
                String base = continuation(f.guides());
                for (int i = kids.size() - 1; i >= 0; i--) {
                    char mark = i == kids.size() - 1 ? Row.LAST : Row.TEE;
                    stack.push(new Frame(kids.get(i), base + mark));
                }
            }
        }

        /** Counts the descendants of a collapsed node and marks them placed (they are not shown). */
        private int hideDescendants(ProcessSample root) {
            int n = 0;
            Deque<ProcessSample> stack = new ArrayDeque<>(kids(root));
            while (!stack.isEmpty()) {
                ProcessSample p = stack.pop();
                if (!place(p)) continue;
                n++;
                stack.addAll(kids(p));
            }
            return n;
        }
    }

    private record Frame(ProcessSample p, String guides) {
    }

    /** The guides a child inherits: this node's own mark becomes a bar or a blank. */
    private static String continuation(String guides) {
        if (guides.isEmpty()) return "";
        char own = guides.charAt(guides.length() - 1);
        return guides.substring(0, guides.length() - 1) + (own == Row.TEE ? Row.BAR : Row.BLANK);
    }
}
