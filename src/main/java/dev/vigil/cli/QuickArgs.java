package dev.vigil.cli;

import java.util.HashSet;
import java.util.Set;

/**
 * The monitor's everyday command lines read without picocli, whose model of the options costs
 * about 100 ms of CPU at start (reflection over the annotations, then its parser, all run
 * interpreted): {@code -d 10}, {@code --tree -u www-data --sort mem} and the like. Only forms whose
 * meaning is beyond doubt are taken: each of these options at most once, its value as the next
 * argument or after {@code =} (never one that starts with '-'). Anything else (another option, a
 * repeat, {@code -d10}, {@code --}, help) is left to picocli, so that every message and every
 * corner of the syntax stays picocli's. MainTest checks that both fill {@link Options} alike.
 */
final class QuickArgs {
    private QuickArgs() {
    }

    /** Fills o from args and returns true; false (o untouched) when picocli must read them. */
    static boolean parse(Options o, String[] args) {
        String delay = null;
        String user = null;
        String sort = null;
        String filter = null;
        boolean tree = false;
        boolean noColor = false;
        boolean ascii = false;
        boolean readonly = false;
        boolean timings = false;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            int eq = a.startsWith("--") ? a.indexOf('=') : -1;
            String name = eq < 0 ? a : a.substring(0, eq);
            String key = switch (name) {
                case "-d", "--delay" -> "delay";
                case "-u", "--user" -> "user";
                case "--sort", "--filter", "--tree", "--no-color", "--ascii", "--readonly", "--debug-timings" -> name;
                default -> null;
            };
            if (key == null || !seen.add(key)) return false;
            boolean flag = name.equals("--tree") || name.equals("--no-color") || name.equals("--ascii")
                    || name.equals("--readonly") || name.equals("--debug-timings");
            if (flag) {
                if (eq >= 0) return false;
                switch (name) {
                    case "--tree" -> tree = true;
                    case "--no-color" -> noColor = true;
                    case "--ascii" -> ascii = true;
                    case "--readonly" -> readonly = true;
                    default -> timings = true;
                }
                continue;
            }
            String value;
            if (eq >= 0) {
                value = a.substring(eq + 1);
            } else {
                if (i + 1 >= args.length) return false;
                value = args[++i];
            }
            if (value.isEmpty() || value.startsWith("-")) return false;
            switch (key) {
                case "delay" -> delay = value;
                case "user" -> user = value;
                case "--sort" -> sort = value;
                default -> filter = value;
            }
        }
        o.delayText = delay;
        o.user = user;
        o.sortText = sort;
        o.filterText = filter;
        o.tree = tree;
        o.noColor = noColor;
        o.ascii = ascii;
        o.readonly = readonly;
        o.debugTimings = timings;
        return true;
    }
}
