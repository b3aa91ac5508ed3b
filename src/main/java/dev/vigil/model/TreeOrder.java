package dev.vigil.model;

import dev.vigil.sample.ProcessSample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Batch output's view of the row pipeline: each {@link dev.vigil.model.Row} of
 * {@link RowBuilder} with its depth and the branch drawing text output prints before the command
 * ({@code --tree}). The tree itself is RowBuilder's, the one the monitor draws: a process whose
 * parent is not in the list (filtered out, or PID 0) is a root; so is one whose "parent" started
 * after it (the parent's PID was reused). Thread rows hang under their process.
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

    /** These processes in tree order, siblings and roots in the given order, with their drawing. */
    public static List<Row> flatten(List<ProcessSample> rows, Comparator<ProcessSample> order, boolean ascii) {
        return of(RowBuilder.tree(rows, order), ascii);
    }

    /** The pipeline's rows with their depth and drawing (none for rows outside a tree). */
    public static List<Row> of(List<dev.vigil.model.Row> rows, boolean ascii) {
        List<Row> out = new ArrayList<>(rows.size());
        for (dev.vigil.model.Row r : rows) out.add(new Row(r.process(), r.depth(), prefix(r.guides(), ascii)));
        return out;
    }

    /**
     * The drawing of one row's guides: a bar or blank for each ancestor level, then the row's own
     * tee or corner. Past {@link #MAX_DRAWN_DEPTH} the drawing stops growing, so a pathological
     * chain stays linear.
     */
    static String prefix(String guides, boolean ascii) {
        int n = guides.length();
        if (n == 0) return "";
        StringBuilder sb = new StringBuilder(Math.min(n, MAX_DRAWN_DEPTH + 1) * 3);
        for (int i = 0; i < Math.min(n - 1, MAX_DRAWN_DEPTH); i++) {
            sb.append(guides.charAt(i) == dev.vigil.model.Row.BAR ? (ascii ? "|  " : "│  ") : "   ");
        }
        boolean last = guides.charAt(n - 1) == dev.vigil.model.Row.LAST;
        sb.append(last ? (ascii ? "`- " : "└─ ") : (ascii ? "|- " : "├─ "));
        return sb.toString();
    }
}
