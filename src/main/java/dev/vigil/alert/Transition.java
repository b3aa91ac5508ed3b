package dev.vigil.alert;

import java.util.List;

/**
 * One change of an alert: it fired, cleared or was acknowledged. What the log records, what
 * {@code --alert-exec} runs on (fired only), and what the UI rings the bell for.
 *
 * @param kind    what happened
 * @param alert   the alert as it is after the change
 * @param atMillis epoch ms of the change (the time passed to the engine)
 * @param reason  for a clear: "condition false", "process ended", "event shown", "rule removed";
 *                otherwise ""
 */
public record Transition(Kind kind, Alert alert, long atMillis, String reason) {

    public enum Kind {
        FIRED, CLEARED, ACKNOWLEDGED;

        /** "fired", "cleared", "acknowledged" as the log writes it. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whether any of these transitions fired an alert of the given severity (for the bell). */
    public static boolean anyFired(List<Transition> ts, Severity severity) {
        for (Transition t : ts) {
            if (t.kind == Kind.FIRED && t.alert.severity() == severity) return true;
        }
        return false;
    }
}
