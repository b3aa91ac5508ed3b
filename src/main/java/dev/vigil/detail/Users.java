package dev.vigil.detail;

import dev.vigil.sample.Passwd;

import java.util.Map;

/**
 * uid and gid to names from /etc/passwd and /etc/group, loaded once through sample's one reader
 * ({@link Passwd}). Ids not in the files
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
        return new Users(Passwd.read(Passwd.USERS), Passwd.read(Passwd.GROUPS));
    }

    public String user(int uid) {
        return uid < 0 ? "?" : users.getOrDefault(uid, Integer.toString(uid));
    }

    public String group(int gid) {
        return gid < 0 ? "?" : groups.getOrDefault(gid, Integer.toString(gid));
    }
}
