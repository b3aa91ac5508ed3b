package dev.vigil.ui;

import dev.vigil.app.Settings;
import dev.vigil.model.Config;
import dev.vigil.model.ConfigFile;
import dev.vigil.model.SortColumn;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The saved settings as the screen uses them: the app's {@link Settings}, with a failed save
 * shown in the status line. CLI-only choices (-p, -u, --filter…) are never persisted: only what
 * goes through {@link #persist} is.
 */
public final class Prefs {
    private final Session session;
    private final Settings settings;

    Prefs(Session session, Settings settings) {
        this.session = session;
        this.settings = settings;
    }

    public Config config() {
        return settings.config();
    }

    public List<SortColumn> columns() {
        return settings.config().columns();
    }

    /** Changes the persisted settings (by a user action) and writes the file. */
    public void persist(UnaryOperator<Config> change) {
        settings.change(change);
        save();
    }

    /** Writes the config now, collapsed nodes pruned to live processes. False if not written. */
    public boolean save() {
        boolean ok = settings.save(session.snapshot());
        if (settings.saveError() != null) session.error(settings.saveError());
        return ok;
    }

    /** Why the last save failed, or null. */
    public String saveError() {
        return settings.saveError();
    }

    public ConfigFile file() {
        return settings.file();
    }
}
