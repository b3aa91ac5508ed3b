package dev.vigil.action;

import java.util.List;

/**
 * What one action did, for one batch of targets.
 *
 * @param line     one line in words for the status line and the action log
 * @param outcomes one per target, in target order (empty when nothing was attempted)
 */
public record Result(String line, List<Outcome> outcomes) {
    public Result {
        outcomes = List.copyOf(outcomes);
    }

    /** How many targets the action reached. */
    public long done() {
        return outcomes.stream().filter(Outcome::done).count();
    }
}
