package dev.vigil.ui;

import dev.vigil.model.Config;
import dev.vigil.model.ConfigFile;
import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The settings that are saved (vigil.conf): changed only by user actions, written through the
 * {@link ConfigFile} (which refuses after an invalid file), with collapsed tree nodes pruned to
 * processes that still exist.
 */
final class Settings {
    private final ConfigFile file;
    private Config config;
    private String saveError;

    Settings(ConfigFile file, Config config) {
        this.file = file;
        this.config = config;
    }

    Config config() {
        return config;
    }

    ConfigFile file() {
        return file;
    }

    void change(UnaryOperator<Config> change) {
        config = change.apply(config);
    }

    /** Why the last save failed, or null. */
    String saveError() {
        return saveError;
    }

    /** Writes the config; false when the file is refused or cannot be written (see saveError). */
    boolean save(Snapshot latest) {
        saveError = null;
        if (!file.writable()) return false;
        Config c = config;
        if (latest != null) {
            Set<Identity> live = new HashSet<>();
            for (ProcessSample p : latest.processes()) live.add(p.identity());
            Set<Identity> kept = new LinkedHashSet<>();
            for (Identity id : c.collapsed()) if (live.contains(id)) kept.add(id);
            c = c.withCollapsed(kept);
        }
        try {
            return file.save(c);
        } catch (IOException | RuntimeException e) {
            saveError = "could not save " + file.path() + ": " + e;
            return false;
        }
    }
}
