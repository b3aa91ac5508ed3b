package dev.vigil.cli;

import dev.vigil.model.ColumnNeeds;
import dev.vigil.model.ProcessFilter;
import dev.vigil.model.RowBuilder;
import dev.vigil.model.SortColumn;
import dev.vigil.model.TreeOrder;
import dev.vigil.model.ViewState;
import dev.vigil.sample.Snapshot;

import java.util.List;

/**
 * Which rows a batch snapshot prints and in what order: the model's one row pipeline
 * ({@link RowBuilder}, as the monitor uses it) on a view of the filter (-p, -u, --filter), the
 * sort column in its natural direction (ties by PID), and with --tree the tree order, where the
 * sort orders siblings. Unlike the monitor's default view, batch lists kernel threads (as ps -e
 * and top -b do), and thread rows when the snapshot has them.
 *
 * @param filter which processes to show
 * @param sort   the sort column
 * @param tree   tree order, with branch drawing in text output
 * @param ascii  draw tree branches with ASCII characters
 * @param columns the text table's columns in order (--columns); null for the default table
 */
record BatchView(ProcessFilter filter, SortColumn sort, boolean tree, boolean ascii, List<SortColumn> columns) {
    static final SortColumn DEFAULT_SORT = SortColumn.CPU;

    BatchView(ProcessFilter filter, SortColumn sort, boolean tree, boolean ascii) {
        this(filter, sort, tree, ascii, null);
    }

    /** What the sampler must read for this output: the I/O rates always (JSON has them), cgroup and oom_score when asked for. */
    ColumnNeeds needs() {
        return ColumnNeeds.of(columns == null ? List.of() : columns, sort, filter.query());
    }

    /** The rows to print; each with its tree prefix ("" when not in tree mode). */
    List<TreeOrder.Row> rows(Snapshot snapshot) {
        return TreeOrder.of(RowBuilder.list(snapshot.processes(), view()), ascii);
    }

    /** The view this batch run shows, as the monitor would hold it. */
    ViewState view() {
        ViewState v = new ViewState();
        v.setShowKernelThreads(true);
        v.setShowThreads(true);
        v.sortBy(sort);
        v.setTree(tree);
        v.setFilter(filter.query());
        v.setPids(filter.pids());
        v.setUser(filter.user());
        return v;
    }

    /** Whether any of -p, -u or --filter narrows the list. */
    boolean filtering() {
        return !filter.pids().isEmpty() || filter.user() != null || !filter.query().isEmpty();
    }
}
