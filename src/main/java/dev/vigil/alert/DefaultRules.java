package dev.vigil.alert;

import dev.vigil.model.QueryException;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in rules, on unless the config says {@code alerts.defaults=off}. The sixth default,
 * "exit of any process the user marked as watched", is {@link AlertEngine#watch}: it works
 * whether or not these are on, since the user asked for it directly.
 */
public final class DefaultRules {
    /** The built-in rules as text, in the order they are evaluated. */
    public static final List<String> TEXT = List.of(
            "state == D for 10s",
            "sys.zombies > 0",
            "cpu > 90 for 30s",
            "sys.mem > 90",
            "sys.swap > 50");

    private DefaultRules() {
    }

    public static List<Rule> rules() {
        List<Rule> out = new ArrayList<>();
        for (String t : TEXT) {
            try {
                out.add(Rule.parse(t));
            } catch (QueryException e) {
                throw new IllegalStateException("built-in rule '" + t + "': " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }
}
