package dev.vigil.ui;

import dev.vigil.action.ChainConfig;
import dev.vigil.action.EscalationChain;
import dev.vigil.model.Limits;
import dev.vigil.model.Units;

import java.util.List;

/**
 * The escalation the monitor's signal menu offers, as the config says: its {@code escalate=}
 * line, else TERM then KILL after {@code escalate_grace=} (5 s). Mistakes are said in the status
 * line and the default holds; the file is never written in this run.
 */
final class EscalationSettings {
    /** Config key of the escalation's grace period, e.g. {@code escalate_grace=5s}. */
    static final String GRACE_KEY = "escalate_grace";

    private EscalationSettings() {
    }

    /**
     * The escalation from the config's {@code escalate=} line; without one, TERM then KILL after
     * the grace period. A bad chain is refused with its line number.
     */
    static EscalationChain chain(Session s) {
        EscalationChain fallback = EscalationChain.termThenKill(graceMillis(s));
        ChainConfig c = s.app().settings().escalation();
        if (c.error() != null) {
            s.error("config " + s.prefs().file().path() + " " + c.error() + "; using " + fallback
                    + " and leaving the file alone");
        }
        return c.orElse(fallback);
    }

    /** The grace period from the config ({@link #GRACE_KEY}; a bare number is seconds), else 5 s. */
    static long graceMillis(Session s) {
        List<String> values = s.prefs().config().extra(GRACE_KEY);
        if (values.isEmpty()) return Limits.DEFAULT_GRACE_MILLIS;
        String v = values.get(values.size() - 1);
        long ms = Units.parseDurationMillis(v, 1000);
        if (!Limits.graceAllowed(ms)) {
            s.error("config: " + GRACE_KEY + "=" + v + " is not a duration from 1s to 1h (e.g. 5s); using 5 s");
            return Limits.DEFAULT_GRACE_MILLIS;
        }
        return ms;
    }
}
