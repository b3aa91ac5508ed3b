package dev.vigil.cli;

import dev.vigil.alert.Alert;
import dev.vigil.alert.AlertConfig;
import dev.vigil.alert.AlertEngine;
import dev.vigil.alert.AlertExec;
import dev.vigil.alert.AlertLog;
import dev.vigil.alert.Rule;
import dev.vigil.alert.Transition;
import dev.vigil.model.ConfigFile;
import dev.vigil.model.VigilPaths;
import dev.vigil.sample.Snapshot;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The alerts of one batch run: the rules (built-in defaults unless the config says
 * {@code alerts.defaults=off}, the config's {@code alert=} lines, then {@code --alert}), the
 * engine evaluating every sampled snapshot at its own timestamp (the priming one included, so
 * {@code for} times and exits count from the first sample), the log, and {@code --alert-exec}.
 * Problems with the config, the log or the command are one line each on stderr; none stops the
 * run.
 */
final class BatchAlerts implements AutoCloseable {
    /** How long the end of a run waits for --alert-exec commands still running. */
    static final long EXEC_WAIT_MILLIS = AlertExec.DEFAULT_TIMEOUT_MILLIS + 1000;

    private final Supplier<List<Rule>> rules;
    private final AlertLog log;
    private final AlertExec exec;
    private final PrintStream err;
    private AlertEngine engine; // made at the first evaluation
    private String logErrorShown;

    private BatchAlerts(Supplier<List<Rule>> rules, AlertLog log, AlertExec exec, PrintStream err) {
        this.rules = rules;
        this.log = log;
        this.exec = exec;
        this.err = err;
    }

    /** No rules, no log: what tests of the loop alone use. */
    static BatchAlerts none(PrintStream err) {
        return new BatchAlerts(List::of, null, null, err);
    }

    /**
     * The rules come from the config under env's XDG paths (read at the first evaluation, with
     * any warning on err) and cliRules; the log goes to env's XDG_STATE_HOME.
     */
    static BatchAlerts create(List<Rule> cliRules, List<String> execArgv, Map<String, String> env, PrintStream err) {
        AlertExec exec = execArgv == null ? null
                : new AlertExec(execArgv, AlertExec.DEFAULT_MAX_RUNNING, AlertExec.DEFAULT_TIMEOUT_MILLIS);
        Supplier<List<Rule>> rules = () -> readConfig(VigilPaths.configFile(env), err).effectiveRules(cliRules);
        return new BatchAlerts(rules, new AlertLog(AlertLog.defaultPath(env)), exec, err);
    }

    /**
     * The rules of the config under env's XDG paths and cliRules, with no log and no command:
     * for evaluating recorded history, whose alerts are not news.
     */
    static BatchAlerts rulesOnly(List<Rule> cliRules, Map<String, String> env, PrintStream err) {
        return new BatchAlerts(() -> readConfig(VigilPaths.configFile(env), err).effectiveRules(cliRules), null, null, err);
    }

    /** The alert settings of the config file; an invalid file means the defaults, with a warning. */
    static AlertConfig readConfig(Path path, PrintStream err) {
        ConfigFile.Loaded loaded = new ConfigFile(path).load();
        if (loaded.problem() != null) {
            err.println("vigil: " + loaded.problem());
            return AlertConfig.DEFAULT;
        }
        AlertConfig c = AlertConfig.read(path);
        for (String e : c.errors()) err.println("vigil: " + path + ": " + e + "; skipped");
        return c;
    }

    /** Evaluates one sampled snapshot; returns what its output lists under "alerts". */
    List<Alert> evaluate(Snapshot s) {
        if (engine == null) engine = new AlertEngine(rules.get(), this::transition);
        engine.evaluate(s, s.timestampMillis());
        if (log != null) {
            String e = log.error();
            if (e != null && !e.equals(logErrorShown)) err.println("vigil: " + e);
            logErrorShown = e;
        }
        return engine.reportAlerts();
    }

    private void transition(Transition t) {
        if (log != null) log.accept(t);
        if (exec != null) exec.accept(t);
    }

    /** Waits for --alert-exec commands still running and reports their failures; closes the log. */
    @Override
    public void close() {
        if (exec != null) {
            try {
                if (!exec.awaitIdle(EXEC_WAIT_MILLIS)) err.println("vigil: alert-exec: commands still running at exit");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exec.close();
            String note = exec.note();
            if (note != null) err.println("vigil: " + note);
        }
        if (log != null) log.close();
    }
}
