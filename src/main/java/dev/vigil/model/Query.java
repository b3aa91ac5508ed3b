package dev.vigil.model;

import dev.vigil.sample.ProcessSample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The filter language shared by F4, {@code --filter}, batch mode and alert rules' {@code where}.
 * Terms are separated by spaces and all must hold (AND); a leading {@code !} negates a term.
 * <ul>
 *   <li>plain text (or "quoted text"): case-insensitive substring of the name or command line</li>
 *   <li>{@code user:NAME}, {@code name:TEXT}, {@code cmd:TEXT}, {@code state:D} (any of the
 *       letters given, {@code state:DZ}), {@code pid:1,2}, {@code ppid:N}, {@code uid:N}</li>
 *   <li>comparisons {@code FIELD OP VALUE} with OP one of {@code > >= < <= = == !=} and FIELD
 *       one of cpu, mem (percent), rss, vsz (bytes, K/M/G suffixes), threads, nice, pid, ppid,
 *       uid, time (CPU seconds), io (bytes/s read+write)</li>
 * </ul>
 * Spaces around an operator are allowed: {@code pid = 123} is {@code pid=123}.
 */
public final class Query implements Predicate<ProcessSample> {
    public static final Query ALL = new Query("", List.of(), false, java.util.Set.of());

    private final String text;
    private final Term[] terms; // an array: test() runs per process per refresh, without an iterator
    private final boolean usesIo;
    private final java.util.Set<dev.vigil.sample.ProcRead> reads;

    private Query(String text, List<Term> terms, boolean usesIo, java.util.Set<dev.vigil.sample.ProcRead> reads) {
        this.text = text;
        this.terms = terms.toArray(new Term[0]);
        this.usesIo = usesIo;
        this.reads = java.util.Set.copyOf(reads);
    }

    public static Query parse(String text) throws QueryException {
        if (text == null || text.isBlank()) return ALL;
        List<Term> terms = new ArrayList<>();
        boolean io = false;
        java.util.Set<dev.vigil.sample.ProcRead> reads = java.util.EnumSet.noneOf(dev.vigil.sample.ProcRead.class);
        for (QueryLexer.Token tok : QueryLexer.tokens(text)) {
            terms.add(QueryTerms.term(tok));
            String field = QueryTerms.field(tok);
            io |= QueryTerms.usesIo(field);
            if (QueryTerms.reads(field) != null) reads.add(QueryTerms.reads(field));
        }
        return new Query(text.trim(), List.copyOf(terms), io, reads);
    }

    /** The optional per-process files its terms need read ({@code cgroup:}, {@code oom>}). */
    public java.util.Set<dev.vigil.sample.ProcRead> reads() {
        return reads;
    }

    /**
     * Whether a term reads the I/O rates ({@code io>1M}, {@code io_read>0}). The monitor reads /proc/PID/io only
     * while something needs it: that file costs about as much as stat to read.
     */
    public boolean usesIo() {
        return usesIo;
    }

    @Override
    public boolean test(ProcessSample p) {
        for (Term t : terms) {
            if (!t.test(p)) return false;
        }
        return true;
    }

    public boolean isEmpty() {
        return terms.length == 0;
    }

    /**
     * One condition as written, for those that translate a query into another language (the
     * Prometheus rule writer): {@code field} lower case, or null for plain or quoted text;
     * {@code op} ":" for field matches, a comparison operator, or "" for text; {@code value}
     * as written; {@code negated} for a leading {@code !}.
     */
    public record Condition(String field, String op, String value, boolean negated) {
    }

    /** The conditions of this query in order (all must hold). */
    public List<Condition> conditions() {
        if (text.isEmpty()) return List.of();
        List<Condition> out = new ArrayList<>();
        try {
            for (QueryLexer.Token tok : QueryLexer.tokens(text)) {
                String t = tok.text();
                String field = QueryTerms.field(tok);
                if (field == null) {
                    out.add(new Condition(null, "", t, tok.negated()));
                    continue;
                }
                int op = field.length();
                int end = op;
                if (t.charAt(op) == ':') {
                    end = op + 1;
                } else {
                    while (end < t.length() && QueryLexer.isOpChar(t.charAt(end))) end++;
                }
                out.add(new Condition(field, t.substring(op, end), t.substring(end), tok.negated()));
            }
        } catch (QueryException e) {
            throw new IllegalStateException("a parsed query no longer lexes: " + text, e);
        }
        return List.copyOf(out);
    }

    /** The text this query was parsed from, trimmed. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    /** One condition of a query. */
    interface Term extends Predicate<ProcessSample> {
    }

    /** Case-insensitive substring test without allocating. */
    static boolean containsIgnoreCase(String hay, String needle) {
        int n = needle.length();
        if (n == 0) return true;
        for (int i = 0, last = hay.length() - n; i <= last; i++) {
            if (hay.regionMatches(true, i, needle, 0, n)) return true;
        }
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
