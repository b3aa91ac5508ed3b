package dev.vigil.app;

import dev.vigil.alert.Rule;

import java.util.List;
import java.util.Map;

/**
 * What a front-end asks of the core for one run, already checked by the command line.
 *
 * @param delayMillis refresh delay; 0 for the config's (or the default)
 * @param alertRules  extra rules from --alert
 * @param alertExec   the --alert-exec command as argv; null for none
 * @param env         the environment: where the config and state directories are (XDG_*, HOME)
 */
public record RunOptions(long delayMillis, List<Rule> alertRules, List<String> alertExec, Map<String, String> env) {
    public RunOptions {
        alertRules = List.copyOf(alertRules);
        alertExec = alertExec == null ? null : List.copyOf(alertExec);
        env = Map.copyOf(env);
    }
}
