package dev.vigil.cli;

import dev.vigil.model.TimeSpec;
import dev.vigil.model.Units;
import dev.vigil.model.VigilPaths;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/** What the history commands share: the default file, and reading times, durations and sizes. */
final class HistoryOptions {
    private HistoryOptions() {
    }

    /** $XDG_STATE_HOME/vigil/history.db (default ~/.local/state/vigil/history.db). */
    static Path defaultDb(Map<String, String> env) {
        return VigilPaths.stateDir(env).resolve("history.db");
    }

    static Path db(String text, Map<String, String> env) throws Options.BadOption {
        if (text == null) return defaultDb(env);
        if (text.isBlank()) throw new Options.BadOption("--db: the path is empty");
        return Path.of(text);
    }

    static long time(String option, String text, long nowMillis) throws Options.BadOption {
        try {
            return TimeSpec.parse(text, nowMillis, ZoneId.systemDefault());
        } catch (IllegalArgumentException e) {
            throw new Options.BadOption(option + ": " + e.getMessage());
        }
    }

    /** A duration: 200ms, 5s, 10m, 12h, 7d (a bare number is seconds). */
    static long duration(String option, String text, long min) throws Options.BadOption {
        String t = text.strip().toLowerCase(Locale.ROOT);
        long ms = t.endsWith("d") && !t.endsWith("ms")
                ? days(t.substring(0, t.length() - 1)) : Units.parseDurationMillis(t, 1000);
        if (ms < 0) {
            throw new Options.BadOption(option + ": '" + Options.oneLine(text) + "' is not a duration (e.g. 5s, 500ms, 10m, 7d)");
        }
        if (ms < min) throw new Options.BadOption(option + ": " + Units.formatDuration(ms) + " is too short (at least "
                + Units.formatDuration(min) + ")");
        return ms;
    }

    private static long days(String n) {
        try {
            double d = Double.parseDouble(n);
            return d < 0 ? -1 : Math.round(d * 86_400_000L);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static long size(String option, String text) throws Options.BadOption {
        long b = Units.parseBytes(text);
        if (b < 0) throw new Options.BadOption(option + ": '" + Options.oneLine(text) + "' is not a size (e.g. 500M, 1G)");
        if (b < (1 << 20)) throw new Options.BadOption(option + ": at least 1M");
        return b;
    }
}
