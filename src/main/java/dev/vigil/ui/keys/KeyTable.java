package dev.vigil.ui.keys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one key table: it drives what keys do, the F1 help screen, the function-key bar and the
 * README key list (see {@link #markdown()}). A key may be bound once only; binding it twice is
 * a programming error caught at start-up (and by the tests).
 *
 * <pre>
 *   table.bind("Actions", "F9 k", "Kill", "send a signal to the tagged or selected processes",
 *              s -> { s.open(new SignalMenu(...)); return Reaction.REDRAW; });
 * </pre>
 */
public final class KeyTable {
    private final List<Binding> bindings = new ArrayList<>();
    private final Map<Key, Binding> byKey = new HashMap<>();

    /**
     * Adds a binding. keys: space-separated key names as {@link Key#parse} reads them, e.g.
     * "F3 /" or "Ctrl-L"; the key "Space" is written as Space.
     */
    public KeyTable bind(String group, String keys, String label, String description, Action action) {
        List<Key> ks = new ArrayList<>();
        for (String name : keys.trim().split("\\s+")) ks.add(Key.parse(name));
        return add(new Binding(group, ks, label, description, action));
    }

    public KeyTable add(Binding b) {
        for (Key k : b.keys()) {
            Binding old = byKey.get(k);
            if (old != null) {
                throw new IllegalStateException("key " + k.name() + " bound twice: '" + old.label()
                        + "' and '" + b.label() + "'");
            }
        }
        for (Key k : b.keys()) byKey.put(k, b);
        bindings.add(b);
        return this;
    }

    /** The binding of a key, or null. */
    public Binding find(Key key) {
        return key == null ? null : byKey.get(key);
    }

    public List<Binding> bindings() {
        return Collections.unmodifiableList(bindings);
    }

    /** Groups in the order their first binding was added. */
    public List<String> groups() {
        Set<String> g = new LinkedHashSet<>();
        for (Binding b : bindings) g.add(b.group());
        return List.copyOf(g);
    }

    /** Bindings with a function key, ordered F1, F2, … (the function-key bar). */
    public List<Binding> functionBar() {
        List<Binding> out = new ArrayList<>();
        for (Binding b : bindings) if (b.functionKey() != null) out.add(b);
        out.sort(Comparator.comparingInt(b -> b.functionKey().functionNumber()));
        return out;
    }

    /** The key list for README: one Markdown section per group, one bullet per binding. */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        for (String g : groups()) {
            sb.append("### ").append(g).append("\n\n");
            for (Binding b : bindings) {
                if (!b.group().equals(g)) continue;
                sb.append("- ");
                for (int i = 0; i < b.keys().size(); i++) {
                    if (i > 0) sb.append(' ');
                    sb.append(code(b.keys().get(i).name()));
                }
                sb.append(" — ").append(b.label()).append(": ").append(b.description()).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String code(String s) {
        return s.contains("`") ? "`` " + s + " ``" : "`" + s + "`";
    }
}
