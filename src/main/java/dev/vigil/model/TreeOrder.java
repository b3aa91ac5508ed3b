package dev.vigil.model;

import dev.vigil.sample.ProcessSample;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a list of processes in tree order (parents before their children, depth first) with the
 * branch drawing for each row, as batch output's {@code --tree} shows it. A process whose parent
 * is not in the list (filtered out, or PID 0) is a root; so is one whose "parent" started after
 * it (the parent's PID was reused). Thread rows hang under their process. Siblings, and roots,
 * keep the given order.
 */
public final class TreeOrder {
    /** Levels of branch drawing at most; deeper rows are drawn at this indent. */
    static final int MAX_DRAWN_DEPTH = 64;

    private TreeOrder() {
    }

    /**
     * One row of the tree.
     *
     * @param sample the process
     * @param depth  0 for a root
     * @param prefix the branch drawing to print before the command: "" for a root,
     *               then e.g. "│  └─ " (or "|  `- " in ASCII)
     */
    public record Row(ProcessSample sample, int depth, String prefix) {
    }

    /** A row waiting to be placed; guide is the drawing its own children's prefixes start with. */
    private record Frame(ProcessSample sample, int depth, String prefix, String guide) {
    }

    public static List<Row> flatten(List<ProcessSample> rows, Comparator<ProcessSample> order, boolean ascii) {
        String tee = ascii ? "|- " : "├─ ";
        String last = ascii ? "`- " : "└─ ";
        String bar = ascii ? "|  " : "│  ";
        Map<Integer, ProcessSample> byPid = new HashMap<>(rows.size() * 2);
        for (ProcessSample p : rows) byPid.put(p.pid(), p);
        Map<Integer, List<ProcessSample>> children = new HashMap<>();
        List<ProcessSample> roots = new ArrayList<>();
        for (ProcessSample p : rows) {
            int parentPid = p.isThread() ? p.tgid() : p.ppid();
            ProcessSample parent = parentPid == p.pid() ? null : byPid.get(parentPid);
            if (parent == null || parent.startTicks() > p.startTicks()) {
                roots.add(p);
            } else {
                children.computeIfAbsent(parentPid, k -> new ArrayList<>()).add(p);
            }
        }
        roots.sort(order);
        for (List<ProcessSample> c : children.values()) c.sort(order);

        List<Row> out = new ArrayList<>(rows.size());
        Deque<Frame> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) stack.push(new Frame(roots.get(i), 0, "", ""));
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            out.add(new Row(f.sample, f.depth, f.prefix));
            List<ProcessSample> kids = children.remove(f.sample.pid());
            if (kids == null) continue;
            for (int i = kids.size() - 1; i >= 0; i--) {
                boolean isLast = i == kids.size() - 1;
                // Past MAX_DRAWN_DEPTH the drawing stops growing, so a pathological chain stays linear.
                boolean grow = f.depth < MAX_DRAWN_DEPTH;
                stack.push(new Frame(kids.get(i), f.depth + 1, f.guide + (isLast ? last : tee),
                        grow ? f.guide + (isLast ? "   " : bar) : f.guide));
            }
        }
        // Only a parent cycle (impossible on a sane kernel) leaves rows unplaced: list them flat.
        for (List<ProcessSample> stray : children.values()) {
            for (ProcessSample p : stray) out.add(new Row(p, 0, ""));
        }
        return out;
    }
}
