package dev.vigil.action;

import dev.vigil.sample.Passwd;

import java.util.Map;

/**
 * User names for uids, from /etc/passwd through sample's one reader ({@link Passwd}), read once
 * on first use (never by forking getent). Only local accounts are known; any other uid is shown
 * as its number.
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
            m = Passwd.read(Passwd.USERS);
            names = m;
        }
        return m.getOrDefault(uid, Integer.toString(uid));
    }
}
