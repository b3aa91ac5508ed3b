package dev.vigil.alert;

import dev.vigil.sample.Identity;

/**
 * One alert as the engine holds it, immutable (the engine swaps in a new copy when the value
 * moves or the user acknowledges).
 *
 * @param id           unique within one engine, counting up from 1; used to acknowledge
 * @param rule         the rule that fired
 * @param state        active until the condition has been false for one sample (with
 *                     hysteresis), the process ended, or an event's hold time passed
 * @param identity     the process it is about; null for system metrics (for sys.zombies: the
 *                     parent holding the most zombies)
 * @param pid          identity's PID; 0 when there is no process
 * @param name         that process's name as the kernel gives it (not escaped); null when none
 * @param value        the metric's latest value while active (the last value that held, once
 *                     cleared), in the rule's {@link Unit}; NaN for events
 * @param sinceMillis  epoch ms when the alert fired
 * @param clearedMillis epoch ms when it cleared; 0 while active
 * @param acknowledged the user has seen it: silenced until it clears
 * @param message      a plain sentence, names escaped for display:
 *                     "PID 4242 (java) cpu 97.0 > 90 for 30s"
 */
public record Alert(long id, Rule rule, State state, Identity identity, int pid, String name,
                    double value, long sinceMillis, long clearedMillis, boolean acknowledged,
                    String message) {

    /** Active or cleared; {@link #word()} is what JSON and the log say. */
    public enum State {
        ACTIVE, CLEARED;

        public String word() {
            return this == ACTIVE ? "active" : "cleared";
        }
    }

    public Severity severity() {
        return rule.severity();
    }

    public double threshold() {
        return rule.threshold();
    }

    public boolean isActive() {
        return state == State.ACTIVE;
    }

    /** The value as people read it: 97.0, 1.2G, D; "" for events. */
    public String valueText() {
        return rule.metric().unit().format(value);
    }

    /** How long the alert has been (or was) active at nowMillis. */
    public long heldMillis(long nowMillis) {
        return Math.max(0, (clearedMillis > 0 ? clearedMillis : nowMillis) - sinceMillis);
    }

    Alert withValue(double v, Identity id, int p, String n, String msg) {
        return new Alert(this.id, rule, state, id, p, n, v, sinceMillis, clearedMillis, acknowledged, msg);
    }

    Alert acknowledge() {
        return new Alert(id, rule, state, identity, pid, name, value, sinceMillis, clearedMillis, true, message);
    }

    Alert clear(long nowMillis) {
        return new Alert(id, rule, State.CLEARED, identity, pid, name, value, sinceMillis, nowMillis,
                acknowledged, message);
    }
}
