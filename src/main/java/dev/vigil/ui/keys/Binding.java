package dev.vigil.ui.keys;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of the key table: the keys, a short label (shown in the function-key bar for F-keys),
 * a description (help screen and README), the group it is listed under, and the action.
 */
public record Binding(String group, List<Key> keys, String label, String description, Action action) {
    public Binding {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) throw new IllegalArgumentException("binding '" + label + "' has no keys");
    }

    /** Keys as shown to people, e.g. "F3 /". */
    public String keyNames() {
        return keys.stream().map(Key::name).collect(Collectors.joining(" "));
    }

    /** The first function key of this binding, or null. */
    public Key functionKey() {
        for (Key k : keys) if (k.isFunctionKey()) return k;
        return null;
    }
}
