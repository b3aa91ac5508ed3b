package dev.vigil.action;

/** What the user picked in the signal menu: one signal, or TERM-then-KILL escalation. */
public sealed interface Choice {

    /** Send this signal once. */
    record Send(Signal signal) implements Choice {
        @Override
        public String describe() {
            return signal.name();
        }
    }

    /** Send TERM, then KILL to any target still alive (and still the same process) after the grace period. */
    record Escalate(long graceMillis) implements Choice {
        @Override
        public String describe() {
            return "TERM, then KILL after " + Escalation.seconds(graceMillis) + " s";
        }
    }

    /** "STOP", "TERM, then KILL after 5 s". */
    String describe();
}
