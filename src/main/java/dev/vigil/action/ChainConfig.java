package dev.vigil.action;

import java.util.List;
import java.util.Locale;

/**
 * The {@code escalate=} line of the config file, read from the file's lines so that a bad chain
 * can be reported with its line number (the file itself belongs to model.ConfigFile). The last
 * {@code escalate=} line counts; a bad one is refused, whatever its place.
 *
 * @param chain the chain read; null when the file has no escalate= line or a bad one
 * @param error "line 4: escalate=TERM, KILL: TERM has no wait …"; null when all is well
 */
public record ChainConfig(EscalationChain chain, String error) {

    /** Reads the escalate= lines ('#' comments and blank lines skipped, blanks around '=' allowed). */
    public static ChainConfig parse(List<String> lines) {
        EscalationChain chain = null;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            if (eq <= 0 || !line.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals(EscalationChain.KEY)) continue;
            String value = line.substring(eq + 1).strip();
            try {
                chain = EscalationChain.parse(value);
            } catch (IllegalArgumentException e) {
                return new ChainConfig(null, "line " + (k + 1) + ": " + EscalationChain.KEY + "=" + value + ": "
                        + e.getMessage());
            }
        }
        return new ChainConfig(chain, null);
    }

    /** This config's chain, or {@code fallback} when it has none (absent or refused). */
    public EscalationChain orElse(EscalationChain fallback) {
        return chain != null ? chain : fallback;
    }
}
