package dev.vigil.export;

import dev.vigil.alert.Rule;

/**
 * One vigil rule as a Prometheus alerting rule, or why it has none.
 *
 * @param rule   the vigil rule
 * @param alert  the alert name (unique within the file); null when left out
 * @param expr   the PromQL condition; null when left out
 * @param reason why the rule is left out; null when translated
 */
public record Translation(Rule rule, String alert, String expr, String reason) {

    public boolean translated() {
        return expr != null;
    }

    static Translation of(Rule rule, String alert, String expr) {
        return new Translation(rule, alert, expr, null);
    }

    static Translation leftOut(Rule rule, String reason) {
        return new Translation(rule, null, null, reason);
    }
}
