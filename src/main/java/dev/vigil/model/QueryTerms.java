package dev.vigil.model;

import dev.vigil.sample.ProcessSample;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Turns one lexed token into a {@link Query.Term}, or says what is wrong with it. */
final class QueryTerms {
    private QueryTerms() {
    }

    private static final String STATES = "RSDZTtIXxKWP";

    static Query.Term term(QueryLexer.Token tok) throws QueryException {
        Query.Term t = positive(tok);
        return tok.negated() ? p -> !t.test(p) : t;
    }

    private static Query.Term positive(QueryLexer.Token tok) throws QueryException {
        String s = tok.text();
        int col = tok.column() + (tok.negated() ? 1 : 0);
        if (tok.quoted()) return text(s);
        int op = firstOperator(s);
        if (op < 0) return text(s);
        String field = s.substring(0, op).toLowerCase(Locale.ROOT);
        if (field.isEmpty()) throw new QueryException(col, "missing field name before '" + s.charAt(op) + "'");
        if (s.charAt(op) == ':') {
            String value = s.substring(op + 1);
            if (value.isEmpty()) throw new QueryException(col + op + 1, "missing value after '" + field + ":'");
            return fieldMatch(field, value, col, col + op + 1);
        }
        int opEnd = op;
        while (opEnd < s.length() && QueryLexer.isOpChar(s.charAt(opEnd))) opEnd++;
        String opText = s.substring(op, opEnd);
        String value = s.substring(opEnd);
        if (value.isEmpty()) throw new QueryException(col + opEnd, "missing value after '" + field + opText + "'");
        return compare(field, opText, value, col, col + op, col + opEnd);
    }

    /** The field a token names (lower case), or null for plain or quoted text. */
    static String field(QueryLexer.Token tok) {
        if (tok.quoted()) return null;
        int op = firstOperator(tok.text());
        return op <= 0 ? null : tok.text().substring(0, op).toLowerCase(Locale.ROOT);
    }

    private static int firstOperator(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (QueryLexer.isOpChar(s.charAt(i))) return i;
        }
        return -1;
    }

    private static Query.Term text(String needle) {
        return p -> Query.containsIgnoreCase(p.name(), needle) || Query.containsIgnoreCase(p.command(), needle);
    }

    private static Query.Term fieldMatch(String field, String value, int col, int vcol) throws QueryException {
        switch (field) {
            case "user":
                return p -> p.user().equals(value);
            case "name":
                return p -> Query.containsIgnoreCase(p.name(), value);
            case "cmd", "command":
                return p -> Query.containsIgnoreCase(p.command(), value);
            case "state", "s":
                for (int i = 0; i < value.length(); i++) {
                    if (STATES.indexOf(value.charAt(i)) < 0) {
                        throw new QueryException(vcol + i, "'" + value.charAt(i)
                                + "' is not a process state (one of R S D Z T t I X)");
                    }
                }
                return p -> value.indexOf(p.state()) >= 0;
            case "tty", "tt":
                return p -> value.equals(ColumnText.tty(p.attrs().ttyNr()));
            case "cgroup":
                return p -> p.attrs().cgroup() != null && Query.containsIgnoreCase(p.attrs().cgroup(), value);
            case "pid", "ppid", "uid", "pgrp", "pgid", "sid", "session", "psr", "processor": {
                String[] parts = value.split(",");
                long[] ids = new long[parts.length];
                int c = vcol;
                for (int i = 0; i < parts.length; i++) {
                    try {
                        ids[i] = Long.parseLong(parts[i]);
                    } catch (NumberFormatException e) {
                        throw new QueryException(c, "'" + parts[i] + "' is not a number");
                    }
                    c += parts[i].length() + 1;
                }
                ToDoubleFunction<ProcessSample> f = numeric(field, col);
                boolean pid = field.equals("pid"); // a thread row matches through its process, as -p
                return p -> {
                    double v = f.applyAsDouble(p);
                    for (long id : ids) if (v == id || pid && p.tgid() == id) return true;
                    return false;
                };
            }
            default:
                if (NUMERIC.contains(field)) {
                    return compare(field, "=", value, col, vcol - 1, vcol);
                }
                throw new QueryException(col, "unknown field '" + field
                        + "' (try user: state: pid: ppid: uid: name: cmd: tty: cgroup: pgrp: sid:, or cpu>N mem>N rss>N)");
        }
    }

    private static final java.util.Set<String> NUMERIC = java.util.Set.of(
            "cpu", "mem", "rss", "vsz", "threads", "nice", "pid", "ppid", "uid", "time", "io",
            "pgrp", "pgid", "sid", "session", "shr", "nlwp", "oom", "psr", "processor", "io_read", "io_write");

    /** The fields that read the I/O rates. */
    static boolean usesIo(String field) {
        return "io".equals(field) || "io_read".equals(field) || "io_write".equals(field);
    }

    /** The optional per-process file a field needs read, or null. */
    static dev.vigil.sample.ProcRead reads(String field) {
        if ("cgroup".equals(field)) return dev.vigil.sample.ProcRead.CGROUP;
        if ("oom".equals(field)) return dev.vigil.sample.ProcRead.OOM_SCORE;
        return null;
    }

    static ToDoubleFunction<ProcessSample> numeric(String field, int col) throws QueryException {
        return switch (field) {
            case "cpu" -> ProcessSample::cpuPercent;
            case "mem" -> ProcessSample::memPercent;
            case "rss" -> p -> p.rssBytes();
            case "vsz" -> p -> p.vszBytes();
            case "threads" -> p -> p.threads();
            case "nice" -> p -> p.nice();
            case "pid" -> p -> p.pid();
            case "ppid" -> p -> p.ppid();
            case "uid" -> p -> p.uid();
            case "time" -> ProcessSample::cpuTimeSeconds;
            case "io" -> p -> p.hasIo() ? p.ioReadBytesPerSec() + p.ioWriteBytesPerSec() : Double.NaN;
            case "io_read" -> ProcessSample::ioReadBytesPerSec;
            case "io_write" -> ProcessSample::ioWriteBytesPerSec;
            case "pgrp", "pgid" -> p -> p.attrs().pgrp();
            case "sid", "session" -> p -> p.attrs().session();
            case "shr" -> p -> p.attrs().shrBytes() < 0 ? Double.NaN : p.attrs().shrBytes();
            case "nlwp" -> p -> p.threads();
            case "oom" -> p -> p.attrs().oomScore() < 0 ? Double.NaN : p.attrs().oomScore();
            case "psr", "processor" -> p -> p.attrs().processor() < 0 ? Double.NaN : p.attrs().processor();
            default -> throw new QueryException(col, "unknown field '" + field
                    + "' (comparable: cpu mem rss vsz threads nice pid ppid uid time io io_read io_write pgrp sid shr nlwp oom psr)");
        };
    }

    private static Query.Term compare(String field, String op, String value, int col, int opCol, int vcol)
            throws QueryException {
        ToDoubleFunction<ProcessSample> f = numeric(field, col);
        double v;
        if (field.equals("rss") || field.equals("vsz") || field.equals("shr") || usesIo(field)) {
            long b = Units.parseBytes(value);
            if (b < 0) throw new QueryException(vcol, "'" + value + "' is not a size (e.g. 500M, 2G)");
            v = b;
        } else {
            String num = value.endsWith("%") ? value.substring(0, value.length() - 1) : value;
            try {
                v = Double.parseDouble(num);
            } catch (NumberFormatException e) {
                throw new QueryException(vcol, "'" + value + "' is not a number");
            }
        }
        final double x = v;
        return switch (op) {
            case ">" -> p -> f.applyAsDouble(p) > x;
            case ">=" -> p -> f.applyAsDouble(p) >= x;
            case "<" -> p -> f.applyAsDouble(p) < x;
            case "<=" -> p -> f.applyAsDouble(p) <= x;
            case "=", "==" -> p -> f.applyAsDouble(p) == x;
            case "!=" -> p -> f.applyAsDouble(p) != x;
            default -> throw new QueryException(opCol, "unknown operator '" + op + "' (use > >= < <= = !=)");
        };
    }
}
