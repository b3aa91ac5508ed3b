package dev.vigil.model;

import dev.vigil.sample.Identity;

import java.util.List;
import java.util.Set;

/**
 * The settings kept across restarts in vigil.conf. Immutable; change with the with* methods.
 *
 * @param columns         visible table columns, in display order
 * @param sort            sort column
 * @param descending      sort direction
 * @param tree            tree view on
 * @param collapsed       collapsed tree nodes by identity (dead ones are pruned on save)
 * @param delayMillis     refresh interval, milliseconds
 * @param color           false for monochrome
 * @param threads         show userland threads
 * @param kernelThreads   show kernel threads
 * @param extras          lines with keys this version does not know, kept as they were so that
 *                        settings of other parts (alert rules…) survive a rewrite
 */
public record Config(List<SortColumn> columns, SortColumn sort, boolean descending, boolean tree,
                     Set<Identity> collapsed, long delayMillis, boolean color, boolean threads,
                     boolean kernelThreads, List<Setting> extras) {
    public static final long DEFAULT_DELAY_MILLIS = Limits.DEFAULT_DELAY_MILLIS;

    public static final Config DEFAULTS = new Config(SortColumn.DEFAULTS, SortColumn.CPU, true,
            false, Set.of(), DEFAULT_DELAY_MILLIS, true, false, false, List.of());

    /** One key=value line. */
    public record Setting(String key, String value) {
    }

    public Config {
        columns = List.copyOf(columns);
        collapsed = Set.copyOf(collapsed);
        extras = List.copyOf(extras);
    }

    public Config withColumns(List<SortColumn> c) {
        return new Config(c, sort, descending, tree, collapsed, delayMillis, color, threads, kernelThreads, extras);
    }

    public Config withSort(SortColumn s, boolean desc) {
        return new Config(columns, s, desc, tree, collapsed, delayMillis, color, threads, kernelThreads, extras);
    }

    public Config withTree(boolean t) {
        return new Config(columns, sort, descending, t, collapsed, delayMillis, color, threads, kernelThreads, extras);
    }

    public Config withCollapsed(Set<Identity> c) {
        return new Config(columns, sort, descending, tree, c, delayMillis, color, threads, kernelThreads, extras);
    }

    public Config withDelayMillis(long d) {
        return new Config(columns, sort, descending, tree, collapsed, d, color, threads, kernelThreads, extras);
    }

    public Config withColor(boolean c) {
        return new Config(columns, sort, descending, tree, collapsed, delayMillis, c, threads, kernelThreads, extras);
    }

    public Config withThreads(boolean t, boolean k) {
        return new Config(columns, sort, descending, tree, collapsed, delayMillis, color, t, k, extras);
    }

    public Config withExtras(List<Setting> e) {
        return new Config(columns, sort, descending, tree, collapsed, delayMillis, color, threads, kernelThreads, e);
    }

    /** Values of every extra line with this key, in file order (e.g. repeated alert rules). */
    public List<String> extra(String key) {
        return extras.stream().filter(s -> s.key().equals(key)).map(Setting::value).toList();
    }
}
