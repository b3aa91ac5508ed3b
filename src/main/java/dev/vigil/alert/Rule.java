package dev.vigil.alert;

import dev.vigil.model.Query;
import dev.vigil.model.QueryException;
import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;

import java.util.Objects;

/**
 * One alert rule, immutable. Written {@code METRIC OP VALUE [for D] [where QUERY]
 * [severity S] [cooldown D]} (see {@link RuleParser}); {@link #toString()} gives the canonical
 * form used in messages, the config file and JSON "rule", and parses back to an equal rule.
 * Two rules are equal when their canonical text (and watched identity) are.
 *
 * <p>Fields: {@code threshold} in the metric's {@link Unit} (NaN for events); {@code forMillis}
 * how long the condition must hold on every sample before firing (0 = at once);
 * {@code cooldownMillis} how long after an alert clears before the same rule may fire again for
 * the same process; {@code watched} non-null only for the exit rule that {@code w} makes for one
 * process identity (a reused PID never matches it).
 */
public final class Rule {
    public static final long DEFAULT_COOLDOWN_MILLIS = 60_000;
    public static final Severity DEFAULT_SEVERITY = Severity.WARNING;

    private final Metric metric;
    private final Op op;
    private final double threshold;
    private final long forMillis;
    private final Query where;
    private final Severity severity;
    private final long cooldownMillis;
    private final Identity watched;
    private final String text;

    public Rule(Metric metric, Op op, double threshold, long forMillis, Query where,
                Severity severity, long cooldownMillis, Identity watched) {
        this.metric = Objects.requireNonNull(metric);
        this.op = metric.isEvent() ? null : Objects.requireNonNull(op);
        this.threshold = metric.isEvent() ? Double.NaN : threshold;
        this.forMillis = Math.max(0, forMillis);
        this.where = where == null ? Query.ALL : where;
        this.severity = severity == null ? DEFAULT_SEVERITY : severity;
        this.cooldownMillis = Math.max(0, cooldownMillis);
        this.watched = watched;
        this.text = canonical();
    }

    /** Parses the rule syntax; the exception's position is a 1-based column in text. */
    public static Rule parse(String text) throws QueryException {
        return RuleParser.parse(text);
    }

    /** The exit rule for one process identity, as {@code w} makes it: "exit where pid = N". */
    public static Rule watchExit(Identity id) {
        Query q;
        try {
            q = Query.parse("pid = " + id.pid());
        } catch (QueryException e) {
            throw new IllegalStateException(e);
        }
        return new Rule(Metric.EXIT, null, Double.NaN, 0, q, DEFAULT_SEVERITY, DEFAULT_COOLDOWN_MILLIS, id);
    }

    public Metric metric() {
        return metric;
    }

    /** Null for events. */
    public Op op() {
        return op;
    }

    public double threshold() {
        return threshold;
    }

    public long forMillis() {
        return forMillis;
    }

    public Query where() {
        return where;
    }

    public Severity severity() {
        return severity;
    }

    public long cooldownMillis() {
        return cooldownMillis;
    }

    /** The process identity a watch rule is for; null for ordinary rules. */
    public Identity watched() {
        return watched;
    }

    public boolean isWatch() {
        return watched != null;
    }

    /** The threshold as written in the canonical rule ("90", "1G", "D"); "" for events. */
    public String thresholdText() {
        return metric.unit().canonical(threshold);
    }

    /** Whether the rule's process selection (its where, or its watched identity) takes p. */
    public boolean matches(ProcessSample p) {
        return watched != null ? watched.equals(p.identity()) : where.test(p);
    }

    /**
     * Whether the condition holds for value v. While an alert is active, ordered comparisons
     * get the unit's hysteresis margin ({@link Unit#margin}): {@code cpu > 90} stays active down
     * to 85.5 exclusive and clears at 85.5 or below; {@code <} rules mirror this upwards.
     */
    public boolean holds(double v, boolean active) {
        if (metric.isEvent()) return false;
        double m = active ? metric.unit().margin(threshold) : 0;
        if (m == 0) return op.test(v, threshold);
        return switch (op) {
            case GT, GE -> op.test(v, threshold - m);
            case LT, LE -> op.test(v, threshold + m);
            default -> op.test(v, threshold);
        };
    }

    private String canonical() {
        StringBuilder sb = new StringBuilder(metric.word());
        if (!metric.isEvent()) sb.append(' ').append(op.symbol()).append(' ').append(thresholdText());
        if (forMillis > 0) sb.append(" for ").append(Unit.duration(forMillis));
        if (!where.isEmpty()) sb.append(" where ").append(where.text());
        if (severity != DEFAULT_SEVERITY) sb.append(" severity ").append(severity.word());
        if (cooldownMillis != DEFAULT_COOLDOWN_MILLIS) sb.append(" cooldown ").append(Unit.duration(cooldownMillis));
        return sb.toString();
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rule r && r.text.equals(text) && Objects.equals(r.watched, watched);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + Objects.hashCode(watched);
    }
}
