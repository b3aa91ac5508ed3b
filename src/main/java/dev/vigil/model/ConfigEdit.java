package dev.vigil.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies the settings that changed (from → to) to the text of vigil.conf, leaving every other
 * line as it was: comments, blank lines, unknown keys, their order and spelling. A changed key is
 * rewritten on the line that sets it (the last one, which wins), or appended; an extra line
 * (alert=… and keys this version does not know) that was removed is dropped, one that was added
 * is appended.
 */
final class ConfigEdit {
    private ConfigEdit() {
    }

    static String apply(String text, Config from, Config to) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1); // the final newline
        Map<String, String> before = values(from);
        for (Map.Entry<String, String> e : values(to).entrySet()) {
            if (Objects.equals(before.get(e.getKey()), e.getValue())) continue;
            String line = e.getKey() + "=" + e.getValue();
            int at = last(lines, e.getKey());
            if (at >= 0) lines.set(at, line);
            else lines.add(line);
        }
        List<Config.Setting> added = new ArrayList<>(to.extras());
        for (Config.Setting s : from.extras()) {
            if (added.remove(s)) continue;
            for (int i = 0; i < lines.size(); i++) {
                if (s.equals(setting(lines.get(i)))) {
                    lines.remove(i);
                    break;
                }
            }
        }
        for (Config.Setting s : added) lines.add(s.key() + "=" + s.value());
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /** Each known key's value as {@link ConfigFormat#format} writes it. */
    static Map<String, String> values(Config c) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : ConfigFormat.format(c.withExtras(List.of())).split("\n")) {
            Config.Setting s = setting(line);
            if (s != null) m.put(s.key(), s.value());
        }
        return m;
    }

    private static int last(List<String> lines, String key) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Config.Setting s = setting(lines.get(i));
            if (s != null && s.key().equals(key)) return i;
        }
        return -1;
    }

    /** The key=value of a line as the parser reads it; null for blank and comment lines. */
    private static Config.Setting setting(String line) {
        String t = line.strip();
        int eq = t.indexOf('=');
        if (t.isEmpty() || t.startsWith("#") || eq <= 0) return null;
        return new Config.Setting(t.substring(0, eq).strip(), t.substring(eq + 1).strip());
    }
}
