package dev.vigil.ui;

import java.util.List;
import java.util.Set;

/**
 * What the command line asked of the interactive monitor. Built by cli, read by ui.
 *
 * @param delayMillis  refresh interval; 0 when the user gave none (the config or default decides)
 * @param pids         show only these PIDs; empty for all
 * @param user         show only this user's processes; null for all
 * @param filter       initial filter query text (see dev.vigil.model.Query); null for none
 * @param sort         initial sort column name as given on the command line; null to keep config
 * @param tree         start in tree view
 * @param noColor      monochrome (also set when NO_COLOR is present in the environment)
 * @param ascii        ASCII-only drawing
 * @param readonly     no signals, renice or limit changes
 * @param debugTimings log collect/draw timings to the state directory
 * @param alertRules   extra alert rules from --alert, already validated
 * @param alertExec    the --alert-exec command line as given (validated); null for none
 */
public record MonitorOptions(long delayMillis, Set<Integer> pids, String user, String filter,
                             String sort, boolean tree, boolean noColor, boolean ascii,
                             boolean readonly, boolean debugTimings, List<String> alertRules,
                             String alertExec) {

    /** Without --alert-exec. */
    public MonitorOptions(long delayMillis, Set<Integer> pids, String user, String filter, String sort,
                          boolean tree, boolean noColor, boolean ascii, boolean readonly,
                          boolean debugTimings, List<String> alertRules) {
        this(delayMillis, pids, user, filter, sort, tree, noColor, ascii, readonly, debugTimings, alertRules, null);
    }
}
