package dev.vigil.ui.keys;

import dev.vigil.model.Row;
import dev.vigil.model.SortColumn;
import dev.vigil.model.ViewState;
import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;
import dev.vigil.ui.Session;
import dev.vigil.ui.overlays.FilterPrompt;
import dev.vigil.ui.overlays.HelpOverlay;
import dev.vigil.ui.overlays.ListPicker;
import dev.vigil.ui.overlays.SearchPrompt;
import dev.vigil.ui.overlays.SetupOverlay;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The monitor's own bindings (issue 3), htop's defaults. Other parts add theirs to the same
 * {@link KeyTable} (signals and renice: F7 F8 F9 k Space c U; alerts: A w; detail: Enter e).
 */
public final class MainKeys {
    private MainKeys() {
    }

    public static KeyTable table() {
        KeyTable t = new KeyTable();
        addTo(t);
        TimeKeys.addTo(t);
        return t;
    }

    public static void addTo(KeyTable t) {
        t.bind("Move", "Up", "Up", "select the previous row", s -> move(s, -1));
        t.bind("Move", "Down", "Down", "select the next row", s -> move(s, 1));
        t.bind("Move", "PgUp", "Page up", "move up one screen", s -> move(s, -s.cursor().pageRows()));
        t.bind("Move", "PgDn", "Page down", "move down one screen", s -> move(s, s.cursor().pageRows()));
        t.bind("Move", "Home", "Top", "select the first row", s -> { s.cursor().select(0); return Reaction.REDRAW; });
        t.bind("Move", "End", "Bottom", "select the last row",
                s -> { s.cursor().select(s.rows().size() - 1); return Reaction.REDRAW; });

        t.bind("Find", "F3 /", "Search", "search name and command line as you type; F3 next, Enter keeps, Esc goes back",
                s -> { s.overlays().open(new SearchPrompt(s)); return Reaction.REDRAW; });
        t.bind("Find", "n", "Next", "select the next match of the last search", MainKeys::nextMatch);
        t.bind("Find", "F4 \\", "Filter", "show only matching processes: text user:NAME state:D pid:1,2 cpu>50 mem>10 rss>500M",
                s -> { s.overlays().open(new FilterPrompt(s)); return Reaction.REDRAW; });
        t.bind("Find", "u", "User", "show only one user's processes (pick from a list)", MainKeys::pickUser);

        t.bind("Tree", "F5 t", "Tree", "tree view on or off (saved)", s -> {
            s.view().setTree(!s.view().tree());
            s.prefs().persist(c -> c.withTree(s.view().tree()));
            return Reaction.REDRAW;
        });
        t.bind("Tree", "+", "Expand", "show the children of the selected node (saved)", s -> collapse(s, false));
        t.bind("Tree", "-", "Collapse", "hide the descendants of the selected node (saved)", s -> collapse(s, true));
        t.bind("Tree", "*", "All", "expand all nodes, or collapse all when none is collapsed", MainKeys::collapseAll);

        t.bind("Sort", "F6", "SortBy", "pick the sort column", MainKeys::pickSort);
        t.bind("Sort", "<", "Left", "sort by the column to the left", s -> shiftSort(s, -1));
        t.bind("Sort", ">", "Right", "sort by the column to the right", s -> shiftSort(s, 1));
        t.bind("Sort", "I", "Invert", "invert the sort order", s -> {
            s.view().invertSort();
            return saveSort(s);
        });
        t.bind("Sort", "P", "CPU", "sort by CPU%", s -> sortBy(s, SortColumn.CPU));
        t.bind("Sort", "M", "Memory", "sort by MEM%", s -> sortBy(s, SortColumn.MEM));
        t.bind("Sort", "T", "Time", "sort by TIME+", s -> sortBy(s, SortColumn.TIME));
        t.bind("Sort", "N", "PID", "sort by PID", s -> sortBy(s, SortColumn.PID));

        t.bind("View", "H", "Threads", "show or hide userland threads (saved)", s -> {
            boolean on = !s.view().showThreads();
            s.view().setShowThreads(on);
            s.app().sampler().setIncludeThreads(on);
            s.app().sampler().requestSample();
            s.prefs().persist(c -> c.withThreads(on, c.kernelThreads()));
            s.status(on ? "showing userland threads" : "hiding userland threads");
            return Reaction.REDRAW;
        });
        t.bind("View", "K", "Kernel", "show or hide kernel threads (hidden at first; saved)", s -> {
            boolean on = !s.view().showKernelThreads();
            s.view().setShowKernelThreads(on);
            s.prefs().persist(c -> c.withThreads(c.threads(), on));
            s.status(on ? "showing kernel threads" : "hiding kernel threads");
            return Reaction.REDRAW;
        });
        t.bind("View", "Z", "Pause", "pause or resume sampling", s -> {
            boolean on = !s.view().paused();
            s.view().setPaused(on);
            s.app().sampler().setPaused(on);
            s.status(on ? "paused: Z resumes" : "resumed");
            return Reaction.REDRAW;
        });
        t.bind("View", "F2", "Setup", "columns on/off and their order (F7/F8), refresh delay, color (saved)",
                s -> { s.overlays().open(new SetupOverlay()); return Reaction.REDRAW; });
        t.bind("View", "Ctrl-L", "Redraw", "clear and redraw the screen", s -> Reaction.REPAINT);

        t.bind("Other", "F1 h ?", "Help", "list the keys", s -> { s.overlays().open(new HelpOverlay()); return Reaction.REDRAW; });
        t.bind("Other", "Ctrl-Z", "Suspend", "give the terminal back and stop; fg resumes", s -> {
            s.controls().suspend();
            return Reaction.NONE;
        });
        t.bind("Other", "F10 q Ctrl-C", "Quit", "leave vigil (the terminal is restored)", s -> Reaction.QUIT);
    }

    private static Reaction move(Session s, int delta) {
        s.cursor().move(delta);
        return Reaction.REDRAW;
    }

    private static Reaction nextMatch(Session s) {
        if (s.view().search().isEmpty()) {
            s.status("no search yet: F3 or / to search");
            return Reaction.REDRAW;
        }
        SearchPrompt.find(s, s.cursor().selectedIndex() + 1);
        return Reaction.REDRAW;
    }

    private static Reaction pickUser(Session s) {
        List<String> items = new ArrayList<>();
        items.add("(all users)");
        if (s.snapshot() != null) {
            TreeSet<String> users = new TreeSet<>();
            for (ProcessSample p : s.snapshot().processes()) users.add(p.user());
            items.addAll(users);
        }
        int initial = s.view().user() == null ? 0 : Math.max(0, items.indexOf(s.view().user()));
        s.overlays().open(new ListPicker("Show user", items, initial, i -> {
            s.view().setUser(i == 0 ? null : items.get(i));
            return Reaction.REDRAW;
        }));
        return Reaction.REDRAW;
    }

    private static Reaction pickSort(Session s) {
        List<String> items = new ArrayList<>();
        for (SortColumn c : SortColumn.values()) items.add(c.title());
        s.overlays().open(new ListPicker("Sort by", items, s.view().sort().ordinal(),
                i -> sortBy(s, SortColumn.values()[i])));
        return Reaction.REDRAW;
    }

    private static Reaction sortBy(Session s, SortColumn c) {
        s.view().sortBy(c);
        return saveSort(s);
    }

    private static Reaction saveSort(Session s) {
        ViewState v = s.view();
        s.prefs().persist(c -> c.withSort(v.sort(), v.descending()));
        return Reaction.REDRAW;
    }

    /** Moves the sort to the neighbouring visible column (wrapping). */
    private static Reaction shiftSort(Session s, int dir) {
        List<SortColumn> cols = s.prefs().columns();
        int i = cols.indexOf(s.view().sort());
        int next = i < 0 ? 0 : Math.floorMod(i + dir, cols.size());
        return sortBy(s, cols.get(next));
    }

    private static Reaction collapse(Session s, boolean on) {
        if (!s.view().tree()) {
            s.status("tree view is off: F5 or t turns it on");
            return Reaction.REDRAW;
        }
        Row r = s.cursor().selectedRow();
        if (r == null) return Reaction.REDRAW;
        if (!r.hasChildren()) {
            s.status("PID " + r.process().pid() + " has no children to " + (on ? "collapse" : "expand"));
            return Reaction.REDRAW;
        }
        s.view().setCollapsed(r.identity(), on);
        s.prefs().persist(c -> c.withCollapsed(s.view().collapsed()));
        return Reaction.REDRAW;
    }

    private static Reaction collapseAll(Session s) {
        if (!s.view().tree()) {
            s.status("tree view is off: F5 or t turns it on");
            return Reaction.REDRAW;
        }
        if (!s.view().collapsed().isEmpty()) {
            s.view().setAllCollapsed(List.of());
            s.status("expanded all");
        } else {
            List<Identity> all = new ArrayList<>();
            for (Row r : s.rows().list()) if (r.hasChildren()) all.add(r.identity());
            s.view().setAllCollapsed(all);
            s.status("collapsed " + all.size() + " nodes");
        }
        s.prefs().persist(c -> c.withCollapsed(s.view().collapsed()));
        return Reaction.REDRAW;
    }
}
