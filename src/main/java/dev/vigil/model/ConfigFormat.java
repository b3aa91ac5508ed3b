package dev.vigil.model;

import dev.vigil.sample.Identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * vigil.conf text ↔ {@link Config}. Plain {@code key=value} lines; blank lines and lines starting
 * with {@code #} are ignored. Keys this version does not know are kept as extras; a line without
 * '=' or a known key with a bad value makes the whole file invalid.
 */
public final class ConfigFormat {
    private ConfigFormat() {
    }

    /** A file that cannot be used, with the 1-based line and the reason. */
    public static final class Invalid extends Exception {
        public Invalid(int line, String reason) {
            super("line " + line + ": " + reason);
        }
    }

    public static Config parse(String text) throws Invalid {
        Config c = Config.DEFAULTS;
        List<Config.Setting> extras = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            if (eq <= 0) throw new Invalid(n + 1, "expected key=value, got '" + abbreviate(line) + "'");
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            c = apply(c, key, value, n + 1, extras);
        }
        return c.withExtras(extras);
    }

    private static Config apply(Config c, String key, String value, int line, List<Config.Setting> extras)
            throws Invalid {
        switch (key) {
            case "columns" -> {
                List<SortColumn> cols = new ArrayList<>();
                for (String name : value.split(",")) {
                    if (name.isBlank()) continue;
                    SortColumn col = SortColumn.parse(name);
                    if (col == null) throw new Invalid(line, "unknown column '" + name.strip() + "'");
                    if (!cols.contains(col)) cols.add(col);
                }
                if (cols.isEmpty()) throw new Invalid(line, "no columns listed");
                return c.withColumns(cols);
            }
            case "sort" -> {
                SortColumn col = SortColumn.parse(value);
                if (col == null) throw new Invalid(line, "unknown sort column '" + value + "'");
                return c.withSort(col, c.descending());
            }
            case "sort_descending" -> {
                return c.withSort(c.sort(), bool(value, line));
            }
            case "tree" -> {
                return c.withTree(bool(value, line));
            }
            case "collapsed" -> {
                Set<Identity> ids = new LinkedHashSet<>();
                for (String s : value.split(",")) {
                    if (s.isBlank()) continue;
                    Identity id = Identity.parse(s);
                    if (id == null) throw new Invalid(line, "'" + s.strip() + "' is not PID@STARTTICKS");
                    ids.add(id);
                }
                return c.withCollapsed(ids);
            }
            case "delay" -> {
                long ms = Units.parseDurationMillis(value, 100);
                if (!Limits.delayAllowed(ms)) {
                    throw new Invalid(line, "delay '" + value + "' is not between 100ms and 1h");
                }
                return c.withDelayMillis(ms);
            }
            case "color" -> {
                return c.withColor(bool(value, line));
            }
            case "threads" -> {
                return c.withThreads(bool(value, line), c.kernelThreads());
            }
            case "kernel_threads" -> {
                return c.withThreads(c.threads(), bool(value, line));
            }
            default -> {
                extras.add(new Config.Setting(key, value));
                return c;
            }
        }
    }

    private static boolean bool(String v, int line) throws Invalid {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new Invalid(line, "'" + v + "' is not true or false");
        };
    }

    public static String format(Config c) {
        StringBuilder sb = new StringBuilder();
        sb.append("# vigil settings: key=value. vigil changes the line of a setting you change and keeps the rest.\n");
        sb.append("columns=").append(String.join(",", c.columns().stream().map(SortColumn::configName).toList())).append('\n');
        sb.append("sort=").append(c.sort().configName()).append('\n');
        sb.append("sort_descending=").append(c.descending()).append('\n');
        sb.append("tree=").append(c.tree()).append('\n');
        List<String> ids = c.collapsed().stream()
                .sorted(java.util.Comparator.comparingInt(Identity::pid).thenComparingLong(Identity::startTicks))
                .map(Identity::toString).toList();
        sb.append("collapsed=").append(String.join(",", ids)).append('\n');
        sb.append("delay=").append(c.delayMillis()).append("ms\n");
        sb.append("color=").append(c.color()).append('\n');
        sb.append("threads=").append(c.threads()).append('\n');
        sb.append("kernel_threads=").append(c.kernelThreads()).append('\n');
        for (Config.Setting s : c.extras()) sb.append(s.key()).append('=').append(s.value()).append('\n');
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
