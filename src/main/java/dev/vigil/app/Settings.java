package dev.vigil.app;

import dev.vigil.action.ChainConfig;
import dev.vigil.alert.AlertConfig;
import dev.vigil.model.Config;
import dev.vigil.model.ConfigFile;
import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The settings of one run (vigil.conf), read once: the config, the alert settings and the
 * escalation chain from the same text, and what was wrong with the file. They change only by user actions and are written
 * through the {@link ConfigFile} (which refuses after an invalid file), with collapsed tree
 * nodes pruned to processes that still exist. Not thread-safe: one front-end thread changes it.
 */
public final class Settings {
    private final ConfigFile file;
    private final String problem;
    private final AlertConfig alerts;
    private final ChainConfig escalation;
    private Config config;
    private String saveError;

    private Settings(ConfigFile file, ConfigFile.Loaded loaded) {
        this.file = file;
        this.config = loaded.config();
        this.problem = loaded.problem();
        this.alerts = AlertConfig.parse(Arrays.asList(loaded.text().split("\r?\n", -1)));
        this.escalation = ChainConfig.parse(Arrays.asList(loaded.text().split("\r?\n", -1)));
        // A chain vigil refuses leaves the whole file alone, so the user's line is never overwritten.
        if (escalation.error() != null && file != null) file.keepAsIs();
    }

    /** Reads the file (once; a missing file means defaults). */
    public static Settings load(ConfigFile file) {
        return new Settings(file, file.load());
    }

    /** Defaults, and never written (tests, tools). */
    public static Settings none() {
        return new Settings(null, new ConfigFile.Loaded(Config.DEFAULTS, null));
    }

    public Config config() {
        return config;
    }

    /** The alert settings of the same file, as read at the start (saving rules adds to config, not here). */
    public AlertConfig alerts() {
        return alerts;
    }

    /**
     * The escalate= chain of the same file: its chain (null without one), or the error naming the
     * line of a bad one (then the file is never written in this run).
     */
    public ChainConfig escalation() {
        return escalation;
    }

    /** What was wrong with the file when read (then it is never written), or null. */
    public String problem() {
        return problem;
    }

    /** The file; null for {@link #none()}. */
    public ConfigFile file() {
        return file;
    }

    public void change(UnaryOperator<Config> change) {
        config = change.apply(config);
    }

    /** Why the last save failed, or null. */
    public String saveError() {
        return saveError;
    }

    /** Writes the config; false when the file is refused or cannot be written (see saveError). */
    public boolean save(Snapshot latest) {
        saveError = null;
        if (file == null || !file.writable()) return false;
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
