package dev.vigil.action;

import dev.vigil.sample.Identity;

/**
 * One process an action is aimed at, as the user saw it when the menu or prompt opened.
 *
 * @param id   PID and start time captured then; every action re-checks it before acting
 * @param uid  real uid of the owner at capture time; -1 when unknown
 * @param user owner's name at capture time (or the uid as text); "?" when unknown
 * @param name comm name at capture time, raw (escaped when shown); "?" when unknown
 */
public record Target(Identity id, int uid, String user, String name) {
    public int pid() {
        return id.pid();
    }

    /**
     * "PID 4242 (sleep)", the name as it is: whoever prints it escapes it (the screen's canvas,
     * the action log's file), so that it is escaped exactly once.
     */
    public String label() {
        return "?".equals(name) ? "PID " + id.pid() : "PID " + id.pid() + " (" + name + ")";
    }
}
