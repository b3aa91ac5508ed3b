package dev.vigil.action;

/** What the user picked in the signal menu: one signal, or an escalation chain. */
public sealed interface Choice {

    /** Send this signal once. */
    record Send(Signal signal) implements Choice {
        @Override
        public String describe() {
            return signal.name();
        }
    }

    /** Send the chain's signals one after the other to targets still alive and still the same process. */
    record Escalate(EscalationChain chain) implements Choice {
        /** TERM, then KILL after the grace period. */
        public Escalate(long graceMillis) {
            this(EscalationChain.termThenKill(graceMillis));
        }

        @Override
        public String describe() {
            return chain.describe();
        }
    }

    /** "STOP", "TERM, then KILL after 5 s". */
    String describe();
}
