package dev.vigil.ui;

import dev.vigil.action.ActionLog;
import dev.vigil.action.Result;

/**
 * How an action's result reaches the status line: one batch, one line, in the error style
 * unless every target was reached, with the action log's write failure the first time there is
 * one (said once, as the alert log's).
 */
final class ResultLine {
    private volatile String logErrorSaid; // written on the UI thread

    void show(Session s, Result r, ActionLog log) {
        boolean all = !r.outcomes().isEmpty() && r.done() == r.outcomes().size();
        String line = ProcessControl.plain(s, r.line());
        String logError = newLogError(log);
        if (logError != null) s.error(line + "; action log: " + logError);
        else if (all) s.status(line);
        else s.error(line);
    }

    /** Any thread: whether the log has a file error not said yet. */
    boolean unsaid(ActionLog log) {
        String failed = log.fileError();
        return failed != null && !failed.equals(logErrorSaid);
    }

    /** UI thread: the action log's file error the first time it is seen, else null. */
    String newLogError(ActionLog log) {
        String e = log.fileError();
        if (e == null || e.equals(logErrorSaid)) return null;
        logErrorSaid = e;
        return e;
    }
}
