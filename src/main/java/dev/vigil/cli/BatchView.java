package dev.vigil.cli;

import dev.vigil.model.ProcessFilter;
import dev.vigil.model.SortColumn;
import dev.vigil.model.TreeOrder;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * Which rows a batch snapshot prints and in what order: the filter (-p, -u, --filter), the sort
 * column in its natural direction (ties by PID), and with --tree the tree order, where the sort
 * orders siblings.
 *
 * @param filter which processes to show
 * @param sort   the sort column
 * @param tree   tree order, with branch drawing in text output
 * @param ascii  draw tree branches with ASCII characters
 */
record BatchView(ProcessFilter filter, SortColumn sort, boolean tree, boolean ascii) {
    static final SortColumn DEFAULT_SORT = SortColumn.CPU;

    /** The rows to print; each with its tree prefix ("" when not in tree mode). */
    List<TreeOrder.Row> rows(Snapshot snapshot) {
        List<ProcessSample> shown = filter.apply(snapshot.processes(), sort.comparator());
        if (tree) return TreeOrder.flatten(shown, sort.comparator(), ascii);
        List<TreeOrder.Row> out = new ArrayList<>(shown.size());
        for (ProcessSample p : shown) out.add(new TreeOrder.Row(p, 0, ""));
        return out;
    }

    /** Whether any of -p, -u or --filter narrows the list. */
    boolean filtering() {
        return !filter.pids().isEmpty() || filter.user() != null || !filter.query().isEmpty();
    }
}
