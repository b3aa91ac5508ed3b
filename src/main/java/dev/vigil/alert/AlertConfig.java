package dev.vigil.alert;

import dev.vigil.model.QueryException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The alert part of the config file, read from its lines (the file itself belongs to
 * model.Config). Keys, one per line, {@code key=value}, blanks around '=' allowed, '#' comments:
 * <ul>
 *   <li>{@code alert=RULE} (repeatable): a rule in the {@link RuleParser} syntax</li>
 *   <li>{@code alerts.defaults=on|off}: the {@link DefaultRules} (on when absent)</li>
 *   <li>{@code alerts.bell=on|off}: ring the terminal bell on a new critical alert (off when absent)</li>
 * </ul>
 * Other keys are ignored. Bad lines become {@code errors} ("line 3: ..."); {@code rules} holds
 * the lines that parsed. An app re-reading its config should use {@link #orKeep} so one typo
 * does not drop the rules it already has.
 *
 * @param rules    the alert= rules that parsed, in file order, without duplicates
 * @param defaults whether the built-in rules apply
 * @param bell     whether a new critical alert rings the bell
 * @param errors   one line per bad line; empty when all is well
 */
public record AlertConfig(List<Rule> rules, boolean defaults, boolean bell, List<String> errors) {
    public static final String RULE_KEY = "alert";
    public static final String DEFAULTS_KEY = "alerts.defaults";
    public static final String BELL_KEY = "alerts.bell";
    public static final AlertConfig DEFAULT = new AlertConfig(List.of(), true, false, List.of());

    public AlertConfig {
        rules = List.copyOf(rules);
        errors = List.copyOf(errors);
    }

    public static AlertConfig parse(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        boolean defaults = true;
        boolean bell = false;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k).trim();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            if (eq < 0) continue;
            String key = line.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(eq + 1).trim();
            switch (key) {
                case RULE_KEY -> {
                    try {
                        Rule r = Rule.parse(value);
                        if (!rules.contains(r)) rules.add(r);
                    } catch (QueryException e) {
                        errors.add("line " + (k + 1) + ": alert rule '" + value + "': " + e.getMessage());
                    }
                }
                case DEFAULTS_KEY, BELL_KEY -> {
                    Boolean b = onOff(value);
                    if (b == null) {
                        errors.add("line " + (k + 1) + ": " + key + ": '" + value + "' is not on or off");
                    } else if (key.equals(DEFAULTS_KEY)) {
                        defaults = b;
                    } else {
                        bell = b;
                    }
                }
                default -> { }
            }
        }
        return new AlertConfig(rules, defaults, bell, errors);
    }

    /**
     * The alert lines of a config file (line numbers in errors are the file's). A missing file
     * is {@link #DEFAULT}; one that cannot be read is DEFAULT with the reason as its error.
     */
    public static AlertConfig read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return DEFAULT;
        } catch (IOException | UncheckedIOException e) {
            return new AlertConfig(List.of(), true, false, List.of("cannot read " + file + ": " + e.getMessage()));
        }
    }

    private static Boolean onOff(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes", "1" -> Boolean.TRUE;
            case "off", "false", "no", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** This config when it read cleanly; else previous's settings, carrying this one's errors. */
    public AlertConfig orKeep(AlertConfig previous) {
        return ok() ? this : new AlertConfig(previous.rules, previous.defaults, previous.bell, errors);
    }

    /** The rules to run: the defaults (when on), then the config's rules, then extra (--alert, prompt). */
    public List<Rule> effectiveRules(List<Rule> extra) {
        LinkedHashSet<Rule> all = new LinkedHashSet<>();
        if (defaults) all.addAll(DefaultRules.rules());
        all.addAll(rules);
        all.addAll(extra);
        return List.copyOf(all);
    }

    /** The config line that saves a rule: "alert=cpu > 90 for 30s". */
    public static String line(Rule r) {
        return RULE_KEY + "=" + r;
    }
}
