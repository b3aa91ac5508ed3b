package dev.vigil.model;

import dev.vigil.sample.Identity;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the user chose: sort, tree mode, filters, collapsed nodes, selection, search text, tags,
 * pause. Owned by one thread (the UI thread); not thread-safe.
 *
 * <p>{@link #version()} counts changes that alter which rows are shown or their order (sort,
 * filters, tree, collapse, threads), so a {@link RowBuilder} result can be reused while it is
 * unchanged. Selection, search, tags and pause do not count: they never change the rows.
 */
public final class ViewState {
    private long version;

    private SortColumn sort = SortColumn.CPU;
    private boolean descending = true;
    private boolean tree;
    private Query filter = Query.ALL;
    private String user;                       // null: all users
    private Set<Integer> pids = Set.of();      // empty: all processes
    private boolean showThreads;
    private boolean showKernelThreads;
    private final Set<Identity> collapsed = new LinkedHashSet<>();

    private Selection selection = Selection.NONE;
    private String search = "";
    private final Set<Identity> tagged = new LinkedHashSet<>();
    private boolean paused;

    public long version() {
        return version;
    }

    /**
     * A copy of what decides the rows (sort, tree, filters, threads, collapsed nodes) and the
     * version, for building rows on another thread: it is handed over whole and never changed.
     * Selection, search, tags and pause are left out.
     */
    public ViewState rowsCopy() {
        ViewState c = new ViewState();
        c.version = version;
        c.sort = sort;
        c.descending = descending;
        c.tree = tree;
        c.filter = filter;
        c.user = user;
        c.pids = pids;
        c.showThreads = showThreads;
        c.showKernelThreads = showKernelThreads;
        c.collapsed.addAll(collapsed);
        return c;
    }

    private void changed() {
        version++;
    }

    public SortColumn sort() {
        return sort;
    }

    public boolean descending() {
        return descending;
    }

    /** Sorts by column in its default direction (htop: choosing a column resets the direction). */
    public void sortBy(SortColumn column) {
        sortBy(column, column.defaultDescending());
    }

    public void sortBy(SortColumn column, boolean descendingOrder) {
        if (column == sort && descendingOrder == descending) return;
        sort = column;
        descending = descendingOrder;
        changed();
    }

    public void invertSort() {
        descending = !descending;
        changed();
    }

    public boolean tree() {
        return tree;
    }

    public void setTree(boolean on) {
        if (tree != on) {
            tree = on;
            changed();
        }
    }

    public Query filter() {
        return filter;
    }

    public void setFilter(Query q) {
        Query next = q == null ? Query.ALL : q;
        if (!next.text().equals(filter.text())) {
            filter = next;
            changed();
        }
    }

    /** The user (name, or numeric uid) whose processes alone are shown; null for all. */
    public String user() {
        return user;
    }

    public void setUser(String name) {
        if (!java.util.Objects.equals(user, name)) {
            user = name;
            changed();
        }
    }

    /** PIDs shown (with -p); empty for all. */
    /** The user, PID and query filters together, as batch output applies them too. */
    public ProcessFilter processFilter() {
        return new ProcessFilter(filter, pids, user);
    }

    public Set<Integer> pids() {
        return pids;
    }

    public void setPids(Collection<Integer> only) {
        pids = Set.copyOf(only);
        changed();
    }

    public boolean showThreads() {
        return showThreads;
    }

    public void setShowThreads(boolean on) {
        if (showThreads != on) {
            showThreads = on;
            changed();
        }
    }

    public boolean showKernelThreads() {
        return showKernelThreads;
    }

    public void setShowKernelThreads(boolean on) {
        if (showKernelThreads != on) {
            showKernelThreads = on;
            changed();
        }
    }

    /** Tree nodes whose descendants are hidden, by identity. Read-only view. */
    public Set<Identity> collapsed() {
        return Collections.unmodifiableSet(collapsed);
    }

    public boolean isCollapsed(Identity id) {
        return collapsed.contains(id);
    }

    public void setCollapsed(Identity id, boolean on) {
        if (on ? collapsed.add(id) : collapsed.remove(id)) changed();
    }

    public void setAllCollapsed(Collection<Identity> ids) {
        collapsed.clear();
        collapsed.addAll(ids);
        changed();
    }

    public Selection selection() {
        return selection;
    }

    public void setSelection(Selection s) {
        selection = s == null ? Selection.NONE : s;
    }

    /** Text of the last search (F3 or /), for n; empty when none. */
    public String search() {
        return search;
    }

    public void setSearch(String text) {
        search = text == null ? "" : text;
    }

    /** Processes tagged for an action (Space, c, U). Read-only view. */
    public Set<Identity> tagged() {
        return Collections.unmodifiableSet(tagged);
    }

    public boolean isTagged(Identity id) {
        return tagged.contains(id);
    }

    public void setTagged(Identity id, boolean on) {
        if (on) tagged.add(id);
        else tagged.remove(id);
    }

    public void clearTags() {
        tagged.clear();
    }

    public boolean paused() {
        return paused;
    }

    public void setPaused(boolean on) {
        paused = on;
    }
}
