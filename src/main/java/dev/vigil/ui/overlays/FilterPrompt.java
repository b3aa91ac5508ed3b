package dev.vigil.ui.overlays;

import dev.vigil.model.Query;
import dev.vigil.model.QueryException;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.Reaction;

/**
 * F4 or \: the filter. Each edit applies the query when it parses, so rows narrow as you type;
 * while it does not parse, the status line says where and why. Enter keeps a valid query, or
 * on a bad one restores the filter from before and says why. Esc clears the filter, as htop's
 * does.
 */
public final class FilterPrompt extends LinePrompt {
    private final Query before;

    public FilterPrompt(Session s) {
        super("Filter", s.view().filter().text());
        this.before = s.view().filter();
    }

    @Override
    protected Reaction changed(Session s) {
        try {
            s.view().setFilter(Query.parse(text()));
            s.statusLine().clear();
        } catch (QueryException e) {
            s.error(describe(e));
        }
        return Reaction.REDRAW;
    }

    @Override
    protected Reaction accept(Session s) {
        try {
            Query q = Query.parse(text());
            s.view().setFilter(q);
            if (q.isEmpty()) s.status("filter cleared");
            else s.status("filter '" + q.text() + "': " + s.rows().size() + " shown");
        } catch (QueryException e) {
            s.view().setFilter(before);
            s.error("filter not changed: column " + e.position() + ": " + e.reason());
        }
        return Reaction.REDRAW;
    }

    @Override
    protected Reaction cancel(Session s) {
        s.view().setFilter(Query.ALL);
        s.status(before.isEmpty() ? "no filter" : "filter cleared");
        return Reaction.REDRAW;
    }

    public static String describe(QueryException e) {
        return "bad filter at column " + e.position() + ": " + e.reason();
    }

    @Override
    protected String keys() {
        return "Enter done  Esc clear";
    }

    @Override
    protected String hint() {
        return "e.g. java user:root cpu>50 state:D rss>500M";
    }
}
