package dev.vigil.action;

import dev.vigil.model.Limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * An escalation: signals sent one after the other, each followed by a wait, to the targets still
 * alive and still the same process. Written in the config as {@code escalate=TERM 5s, QUIT 5s, KILL}:
 * steps separated by commas, each a signal name and the wait before the next step; the last step
 * has no wait, and nothing may follow KILL. The default is {@code TERM 5s, KILL}.
 *
 * @param steps at least two; every step but the last has a wait within the grace limits of
 *              {@link Limits} (1 s to 1 h), the last has 0
 */
public record EscalationChain(List<Step> steps) {
    /** Config key of the chain. */
    public static final String KEY = "escalate";
    public static final EscalationChain DEFAULT = termThenKill(Limits.DEFAULT_GRACE_MILLIS);

    /**
     * One step.
     *
     * @param signal     what to send
     * @param waitMillis how long to wait after sending it before the next step; 0 on the last
     */
    public record Step(Signal signal, long waitMillis) {
    }

    public EscalationChain {
        steps = List.copyOf(steps);
        if (steps.size() < 2) throw new IllegalArgumentException("an escalation has at least two steps");
    }

    /** TERM, then KILL after {@code graceMillis}. */
    public static EscalationChain termThenKill(long graceMillis) {
        return new EscalationChain(List.of(new Step(Signal.TERM, graceMillis), new Step(Signal.KILL, 0)));
    }

    /** TERM, QUIT (thread dumps from the JVM, Go…), then KILL, {@code waitMillis} between each. */
    public static EscalationChain termQuitKill(long waitMillis) {
        return new EscalationChain(List.of(new Step(Signal.TERM, waitMillis), new Step(Signal.QUIT, waitMillis),
                new Step(Signal.KILL, 0)));
    }

    /**
     * Parses "TERM 5s, QUIT 5s, KILL" (names as {@link Signal#parse} reads them; waits as "5s",
     * "500ms", "1m", a bare number being seconds). Throws IllegalArgumentException with one line
     * saying what is wrong: an unknown signal, a step without a wait, a step after KILL.
     */
    public static EscalationChain parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) throw new IllegalArgumentException("no steps (e.g. TERM 5s, KILL)");
        String[] parts = t.split(",", -1);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            String[] w = parts[i].strip().split("\\s+");
            if (w.length == 0 || w[0].isEmpty()) throw new IllegalArgumentException("step " + (i + 1) + " is empty");
            if (w.length > 2) throw new IllegalArgumentException("step '" + parts[i].strip() + "' is not SIGNAL WAIT");
            Signal s = Signal.parse(w[0]);
            if (s == null) throw new IllegalArgumentException("unknown signal '" + w[0] + "'");
            if (s.equals(Signal.KILL) && !last) {
                String after = parts[i + 1].strip().split("\\s+")[0];
                Signal n = Signal.parse(after);
                throw new IllegalArgumentException((n != null ? n.name() : "'" + after + "'")
                        + " comes after KILL, which ends the process");
            }
            if (last) {
                if (w.length == 2) throw new IllegalArgumentException("the last step (" + s.name() + ") takes no wait");
                steps.add(new Step(s, 0));
                break;
            }
            if (w.length < 2) {
                throw new IllegalArgumentException(s.name() + " has no wait before the next step (e.g. " + s.name() + " 5s)");
            }
            long ms = millis(w[1]);
            if (!Limits.graceAllowed(ms)) {
                throw new IllegalArgumentException("wait '" + w[1] + "' after " + s.name() + " is not from 1s to 1h");
            }
            steps.add(new Step(s, ms));
        }
        if (steps.size() < 2) throw new IllegalArgumentException("one step is no escalation (e.g. TERM 5s, KILL)");
        return new EscalationChain(steps);
    }

    /** The signal sent first. */
    public Signal first() {
        return steps.get(0).signal();
    }

    /** True when the chain ends in KILL. */
    public boolean endsInKill() {
        return steps.get(steps.size() - 1).signal().equals(Signal.KILL);
    }

    /** Sum of the waits: how long after the first signal the last one goes. */
    public long totalMillis() {
        return steps.stream().mapToLong(Step::waitMillis).sum();
    }

    /** "TERM, then KILL after 5 s"; "TERM, then QUIT after 5 s, then KILL after 5 s". */
    public String describe() {
        StringBuilder sb = new StringBuilder(first().name());
        for (int i = 1; i < steps.size(); i++) {
            sb.append(", then ").append(steps.get(i).signal().name()).append(" after ")
                    .append(Escalation.seconds(steps.get(i - 1).waitMillis())).append(" s");
        }
        return sb.toString();
    }

    /** The signal names of steps from {@code from} on, "QUIT or KILL" style ("" when none). */
    public String namesFrom(int from) {
        List<String> names = new ArrayList<>();
        for (int i = from; i < steps.size(); i++) names.add(steps.get(i).signal().name());
        if (names.size() <= 1) return String.join("", names);
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** As the config writes it: "TERM 5s, QUIT 5s, KILL". */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ");
        for (Step s : steps) {
            j.add(s.waitMillis() == 0 ? s.signal().name() : s.signal().name() + " " + waitText(s.waitMillis()));
        }
        return j.toString();
    }

    /** "5s", "500ms", "2m", "1h"; a bare number is seconds; -1 when not a duration. */
    static long millis(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,7})(ms|s|m|h)?")
                .matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) return -1;
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> n;
            case "m" -> n * 60_000;
            case "h" -> n * 3_600_000;
            default -> n * 1000;
        };
    }

    private static String waitText(long ms) {
        if (ms % 3_600_000 == 0) return ms / 3_600_000 + "h";
        if (ms % 60_000 == 0) return ms / 60_000 + "m";
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
}
