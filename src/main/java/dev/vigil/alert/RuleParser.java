package dev.vigil.alert;

import dev.vigil.model.Query;
import dev.vigil.model.QueryException;
import dev.vigil.model.Units;

import java.util.Locale;
import java.util.Set;

/**
 * Reads one rule: {@code METRIC OP VALUE [for D] [where QUERY] [severity S] [cooldown D]}, or
 * {@code exit|start [where QUERY] [severity S]} for the events. The options may come in any
 * order, each at most once. {@code where} runs to the next top-level {@code for},
 * {@code severity} or {@code cooldown} word (not inside quotes, not right after an operator such
 * as {@code name:}). Errors carry a 1-based column in the whole rule, also for errors inside the
 * where query. Metric and keyword words are case-insensitive; state letters are not (t ≠ T).
 */
public final class RuleParser {
    private static final Set<String> WHERE_ENDS = Set.of("for", "severity", "cooldown");

    private final String s;
    private final int n;
    private int i;

    private RuleParser(String s) {
        this.s = s;
        this.n = s.length();
    }

    public static Rule parse(String text) throws QueryException {
        return new RuleParser(text == null ? "" : text).rule();
    }

    private Rule rule() throws QueryException {
        skipSpace();
        if (i >= n) throw new QueryException(1, "empty rule (try: cpu > 90 for 30s)");
        int mStart = i;
        while (i < n && isMetricChar(s.charAt(i))) i++;
        String mWord = s.substring(mStart, i);
        if (mWord.isEmpty()) {
            throw new QueryException(mStart + 1, "a rule starts with a metric (" + Metric.words() + ")");
        }
        Metric metric = Metric.parse(mWord);
        if (metric == null) {
            throw new QueryException(mStart + 1, "unknown metric '" + mWord + "' (one of " + Metric.words() + ")");
        }
        Op op = null;
        double threshold = Double.NaN;
        skipSpace();
        if (metric.isEvent()) {
            if (i < n && isOpChar(s.charAt(i))) {
                throw new QueryException(i + 1, "'" + metric.word() + "' is an event and takes no comparison"
                        + " (write: " + metric.word() + " where QUERY)");
            }
        } else {
            int opStart = i;
            while (i < n && isOpChar(s.charAt(i))) i++;
            String opText = s.substring(opStart, i);
            if (opText.isEmpty()) {
                throw new QueryException(i + 1, "missing operator after '" + mWord + "' (one of > >= < <= == !=)");
            }
            op = Op.parse(opText);
            if (op == null) {
                throw new QueryException(opStart + 1, "unknown operator '" + opText + "' (one of > >= < <= == !=)");
            }
            if (metric == Metric.STATE && op != Op.EQ && op != Op.NE) {
                throw new QueryException(opStart + 1, "state compares with == or != only (e.g. state == D)");
            }
            skipSpace();
            int vStart = i;
            String value = word();
            if (value.isEmpty()) throw new QueryException(i + 1, "missing value after '" + opText + "'");
            threshold = metric.unit().parse(value);
            if (Double.isNaN(threshold)) {
                throw new QueryException(vStart + 1, "'" + value + "' is not " + metric.unit().expected());
            }
        }
        return options(metric, op, threshold);
    }

    private Rule options(Metric metric, Op op, double threshold) throws QueryException {
        long forMillis = -1;
        long cooldown = -1;
        Severity severity = null;
        Query where = null;
        while (true) {
            skipSpace();
            if (i >= n) break;
            int kStart = i;
            String kw = word();
            switch (kw.toLowerCase(Locale.ROOT)) {
                case "for" -> {
                    if (forMillis >= 0) throw new QueryException(kStart + 1, "'for' given twice");
                    noEvent(metric, "for", kStart);
                    forMillis = duration("for");
                }
                case "cooldown" -> {
                    if (cooldown >= 0) throw new QueryException(kStart + 1, "'cooldown' given twice");
                    noEvent(metric, "cooldown", kStart);
                    cooldown = duration("cooldown");
                }
                case "severity" -> {
                    if (severity != null) throw new QueryException(kStart + 1, "'severity' given twice");
                    skipSpace();
                    int vStart = i;
                    String v = word();
                    if (v.isEmpty()) throw new QueryException(i + 1, "missing severity (info, warning or critical)");
                    severity = Severity.parse(v);
                    if (severity == null) {
                        throw new QueryException(vStart + 1, "'" + v + "' is not a severity (info, warning or critical)");
                    }
                }
                case "where" -> {
                    if (where != null) throw new QueryException(kStart + 1, "'where' given twice");
                    where = where();
                }
                default -> throw new QueryException(kStart + 1, "unexpected '" + kw
                        + "' (expected for, where, severity or cooldown)");
            }
        }
        return new Rule(metric, op, threshold, Math.max(0, forMillis), where, severity,
                cooldown < 0 ? Rule.DEFAULT_COOLDOWN_MILLIS : cooldown, null);
    }

    private static void noEvent(Metric metric, String kw, int at) throws QueryException {
        if (metric.isEvent()) {
            throw new QueryException(at + 1, "'" + kw + "' does not apply to the " + metric.word()
                    + " event (it fires once per process)");
        }
    }

    private long duration(String kw) throws QueryException {
        skipSpace();
        int vStart = i;
        String v = word();
        if (v.isEmpty()) throw new QueryException(i + 1, "missing duration after '" + kw + "' (e.g. 30s, 5m)");
        long ms = Units.parseDurationMillis(v, 1000);
        if (ms < 0) throw new QueryException(vStart + 1, "'" + v + "' is not a duration (e.g. 30s, 5m, 1h)");
        return ms;
    }

    private Query where() throws QueryException {
        skipSpace();
        int qStart = i;
        int qEnd = whereEnd(qStart);
        String q = s.substring(qStart, qEnd);
        if (q.isBlank()) throw new QueryException(qStart + 1, "missing query after 'where' (e.g. where name:java)");
        i = qEnd;
        try {
            return Query.parse(q);
        } catch (QueryException e) {
            throw new QueryException(qStart + e.position(), e.reason());
        }
    }

    /** Index where the where-query ends: before a top-level for/severity/cooldown word, or n. */
    private int whereEnd(int from) {
        int j = from;
        boolean afterOp = false;
        while (true) {
            while (j < n && Character.isWhitespace(s.charAt(j))) j++;
            if (j >= n) return n;
            int start = j;
            if (s.charAt(j) == '!' && j + 1 < n && s.charAt(j + 1) == '"') j++;
            if (s.charAt(j) == '"') {
                int close = s.indexOf('"', j + 1);
                if (close < 0) return n; // the query parser reports the unclosed quote
                j = close + 1;
                afterOp = false;
                continue;
            }
            while (j < n && !Character.isWhitespace(s.charAt(j))) j++;
            String w = s.substring(start, j);
            if (!afterOp && WHERE_ENDS.contains(w.toLowerCase(Locale.ROOT))) return start;
            char last = w.charAt(w.length() - 1);
            afterOp = isOpChar(last) || last == ':';
        }
    }

    private String word() {
        int start = i;
        while (i < n && !Character.isWhitespace(s.charAt(i))) i++;
        return s.substring(start, i);
    }

    private void skipSpace() {
        while (i < n && Character.isWhitespace(s.charAt(i))) i++;
    }

    private static boolean isMetricChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_';
    }

    private static boolean isOpChar(char c) {
        return c == '<' || c == '>' || c == '=' || c == '!';
    }
}
