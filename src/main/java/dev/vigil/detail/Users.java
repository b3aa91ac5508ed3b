package dev.vigil.detail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * uid and gid to names from /etc/passwd and /etc/group, loaded once. Ids not in the files
 * (directory services, containers) are shown as numbers. Immutable after construction.
 */
public final class Users {
    private final Map<Integer, String> users;
    private final Map<Integer, String> groups;

    public Users(Map<Integer, String> users, Map<Integer, String> groups) {
        this.users = Map.copyOf(users);
        this.groups = Map.copyOf(groups);
    }

    /** Reads /etc/passwd and /etc/group; a file that cannot be read gives numbers only. */
    public static Users system() {
        return new Users(parse(readOrEmpty(Path.of("/etc/passwd"))), parse(readOrEmpty(Path.of("/etc/group"))));
    }

    private static String readOrEmpty(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** name:x:id:... lines (passwd and group share the first three columns); first name wins. */
    public static Map<Integer, String> parse(String text) {
        Map<Integer, String> out = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.split(":", 4);
            if (f.length < 3 || line.startsWith("#")) continue;
            try {
                out.putIfAbsent(Integer.parseInt(f[2].trim()), f[0]);
            } catch (NumberFormatException e) {
                // skip
            }
        }
        return out;
    }

    public String user(int uid) {
        return uid < 0 ? "?" : users.getOrDefault(uid, Integer.toString(uid));
    }

    public String group(int gid) {
        return gid < 0 ? "?" : groups.getOrDefault(gid, Integer.toString(gid));
    }
}
