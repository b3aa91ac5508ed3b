package dev.vigil.action;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * User names for uids, from /etc/passwd, read once on first use (never by forking getent).
 * Only local accounts are known; any other uid is shown as its number.
 */
public final class Users {
    private static volatile Map<Integer, String> names;

    private Users() {
    }

    /** The account name for uid, or the number as text when /etc/passwd does not list it. */
    public static String name(int uid) {
        if (uid < 0) return "an unknown user";
        Map<Integer, String> m = names;
        if (m == null) {
            m = load(Path.of("/etc/passwd"));
            names = m;
        }
        return m.getOrDefault(uid, Integer.toString(uid));
    }

    static Map<Integer, String> load(Path passwd) {
        try {
            return parse(Files.readString(passwd, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** Parses passwd text: name:password:uid:...; the first name listed for a uid wins. */
    static Map<Integer, String> parse(String text) {
        Map<Integer, String> m = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.split(":", -1);
            if (f.length < 3 || f[0].isEmpty() || line.startsWith("#")) continue;
            try {
                m.putIfAbsent(Integer.parseInt(f[2].trim()), f[0]);
            } catch (NumberFormatException ignored) {
                // malformed line: skip it
            }
        }
        return m;
    }
}
