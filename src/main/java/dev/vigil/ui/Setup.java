package dev.vigil.ui;

import dev.vigil.app.App;
import dev.vigil.app.Settings;
import dev.vigil.model.Query;
import dev.vigil.model.QueryException;
import dev.vigil.model.SortColumn;
import dev.vigil.ui.keys.KeyTable;
import dev.vigil.ui.overlays.FilterPrompt;
import dev.vigil.ui.terminal.Tty;
import dev.vigil.ui.views.Glyphs;

import java.util.Map;

/**
 * Builds the session a run starts with: the config file's settings (read once, by the app), then
 * the command line on top (not saved; the delay went to the app's schedule already), the glyph set from the locale and --ascii, color from the terminal, NO_COLOR
 * and --no-color. Problems (invalid config, bad --filter or --sort) go to the status line.
 */
final class Setup {
    private Setup() {
    }

    static Session create(MonitorOptions o, Map<String, String> env, App app, KeyTable keys) {
        Settings settings = app.settings();
        boolean unicode = !o.ascii() && Tty.utf8(env);
        boolean color = !o.noColor() && Tty.colorAllowed(env);
        Session s = new Session(keys, o, unicode ? Glyphs.UNICODE : Glyphs.ASCII, color, app);
        if (o.pids() != null && !o.pids().isEmpty()) s.view().setPids(o.pids());
        if (o.user() != null && !o.user().isEmpty()) s.view().setUser(o.user());
        if (o.tree()) s.view().setTree(true);
        if (o.sort() != null && !o.sort().isEmpty()) {
            SortColumn c = SortColumn.parse(o.sort());
            if (c == null) s.error("unknown sort column '" + o.sort() + "'; sorting by " + s.view().sort().title());
            else s.view().sortBy(c);
        }
        if (o.filter() != null && !o.filter().isBlank()) {
            try {
                s.view().setFilter(Query.parse(o.filter()));
            } catch (QueryException e) {
                s.error(FilterPrompt.describe(e));
            }
        }
        if (settings.problem() != null) s.error(settings.problem());
        return s;
    }
}
