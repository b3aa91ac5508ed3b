package dev.vigil.alert;

import dev.vigil.model.QueryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.vigil.alert.Snaps.p;
import static dev.vigil.alert.Snaps.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleParserTest {

    /** rule text | metric | op | threshold in the metric's unit | canonical text */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cpu > 90            | CPU         | GT | 90          | cpu > 90",
            "cpu>90.5            | CPU         | GT | 90.5        | cpu > 90.5",
            "mem >= 50%          | MEM         | GE | 50          | mem >= 50",
            "rss > 1.5G          | RSS         | GT | 1610612736  | rss > 1536M",
            "rss > 512MiB        | RSS         | GT | 536870912   | rss > 512M",
            "rss > 100K          | RSS         | GT | 102400      | rss > 100K",
            "rss > 1000          | RSS         | GT | 1000        | rss > 1000",
            "rss < 2GiB          | RSS         | LT | 2147483648  | rss < 2G",
            "threads > 100       | THREADS     | GT | 100         | threads > 100",
            "io > 10M/s          | IO          | GT | 10485760    | io > 10M",
            "io >= 64K           | IO          | GE | 65536       | io >= 64K",
            "state == D          | STATE       | EQ | 68          | state == D",
            "state = Z           | STATE       | EQ | 90          | state == Z",
            "state != T          | STATE       | NE | 84          | state != T",
            "state == t          | STATE       | EQ | 116         | state == t",
            "age > 1h            | AGE         | GT | 3600        | age > 1h",
            "age > 90            | AGE         | GT | 90          | age > 90s",
            "age <= 1.5m         | AGE         | LE | 90          | age <= 90s",
            "sys.cpu > 80        | SYS_CPU     | GT | 80          | sys.cpu > 80",
            "sys.mem > 90        | SYS_MEM     | GT | 90          | sys.mem > 90",
            "sys.swap > 50%      | SYS_SWAP    | GT | 50          | sys.swap > 50",
            "sys.load1 > 4.5     | SYS_LOAD1   | GT | 4.5         | sys.load1 > 4.5",
            "sys.load5 < 0.25    | SYS_LOAD5   | LT | 0.25        | sys.load5 < 0.25",
            "sys.zombies > 0     | SYS_ZOMBIES | GT | 0           | sys.zombies > 0",
            "SYS.TASKS >= 500    | SYS_TASKS   | GE | 500         | sys.tasks >= 500",
            "CPU <= -1           | CPU         | LE | -1          | cpu <= -1",
    })
    void everyMetricAndUnit(String text, Metric metric, Op op, double threshold, String canonical) {
        Rule r = rule(text);
        assertEquals(metric, r.metric());
        assertEquals(op, r.op());
        assertEquals(threshold, r.threshold(), 1e-9);
        assertEquals(canonical, r.toString());
        assertEquals(Severity.WARNING, r.severity());
        assertEquals(60_000, r.cooldownMillis());
        assertEquals(0, r.forMillis());
        assertEquals(r, rule(r.toString()), "canonical form parses back to an equal rule");
    }

    @Test
    void events() {
        Rule exit = rule("exit");
        assertEquals(Metric.EXIT, exit.metric());
        assertNull(exit.op());
        assertTrue(Double.isNaN(exit.threshold()));
        assertEquals("exit", exit.toString());
        Rule start = rule("start where user:app severity info");
        assertEquals(Metric.START, start.metric());
        assertEquals("user:app", start.where().text());
        assertEquals(Severity.INFO, start.severity());
        assertEquals("start where user:app severity info", start.toString());
        assertEquals("exit where name:sleep", rule("exit   where   name:sleep  ").toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cpu > 90 for 30s     | 30000",
            "cpu > 90 for 1.5s    | 1500",
            "cpu > 90 for 5m      | 300000",
            "cpu > 90 for 2h      | 7200000",
            "cpu > 90 for 500ms   | 500",
            "cpu > 90 for 2       | 2000",
            "cpu > 90 FOR 10sec   | 10000",
    })
    void sustainDurations(String text, long millis) {
        assertEquals(millis, rule(text).forMillis());
    }

    @Test
    void cooldownAndSeverity() {
        Rule r = rule("cpu > 90 cooldown 2m severity critical");
        assertEquals(120_000, r.cooldownMillis());
        assertEquals(Severity.CRITICAL, r.severity());
        assertEquals("cpu > 90 severity critical cooldown 2m", r.toString());
        assertEquals(0, rule("cpu > 90 cooldown 0").cooldownMillis());
        assertEquals(Severity.INFO, rule("cpu > 90 severity INFO").severity());
        assertEquals(Severity.WARNING, rule("cpu > 90 severity warning").severity());
        assertEquals("cpu > 90", rule("cpu > 90 severity warning cooldown 60s").toString(),
                "defaults are left out of the canonical form");
    }

    @Test
    void optionsInAnyOrderAndWhereEndsAtAKeyword() {
        Rule r = rule("cpu > 50 where name:java user:app severity critical for 10s cooldown 5m");
        assertEquals("name:java user:app", r.where().text());
        assertEquals(10_000, r.forMillis());
        assertEquals(Severity.CRITICAL, r.severity());
        assertEquals(300_000, r.cooldownMillis());
        assertEquals("cpu > 50 for 10s where name:java user:app severity critical cooldown 5m", r.toString());
        assertEquals(r, rule(r.toString()));
        // a quoted "for" is query text, not the keyword; so is a word right after an operator
        assertEquals("\"for\"", rule("cpu > 1 where \"for\" severity info").where().text());
        assertEquals("name: for", rule("cpu > 1 where name: for").where().text());
    }

    @Test
    void whereTakesBothPidForms() {
        for (String text : new String[]{"cpu > 5 where pid = 123", "cpu > 5 where pid:123", "cpu > 5 where pid=123"}) {
            Rule r = rule(text);
            assertTrue(r.matches(p(123, "x").build()), text);
            assertFalse(r.matches(p(124, "x").build()), text);
        }
        Rule r = rule("mem > 5 where name:java !user:root");
        assertTrue(r.matches(p(1, "java").build()));
        assertFalse(r.matches(p(1, "python").build()));
    }

    @Test
    void watchRuleIsKeyedOnIdentity() {
        var id = p(42, "sleep").build().identity();
        Rule w = Rule.watchExit(id);
        assertEquals("exit where pid = 42", w.toString());
        assertTrue(w.matches(p(42, "sleep").build()));
        assertFalse(w.matches(p(42, "sleep").ticks(999).build()), "a reused PID is another process");
        assertFalse(w.equals(rule("exit where pid = 42")));
    }

    /** rule | 1-based column | part of the reason */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                           | 1  | empty rule",
            "'   '                        | 1  | empty rule",
            "foo > 5                      | 1  | unknown metric 'foo'",
            "'  sys.foo > 5'              | 3  | unknown metric 'sys.foo'",
            "> 5                          | 1  | starts with a metric",
            "cpu 90                       | 5  | missing operator",
            "cpu >> 90                    | 5  | unknown operator '>>'",
            "cpu =< 90                    | 5  | unknown operator '=<'",
            "cpu >                        | 6  | missing value",
            "cpu > lots                   | 7  | 'lots' is not a percentage",
            "cpu > NaN                    | 7  | 'NaN' is not a percentage",
            "rss > 5Q                     | 7  | '5Q' is not a size",
            "threads > many               | 11 | is not a count",
            "age > soon                   | 7  | is not a duration",
            "state > D                    | 7  | == or != only",
            "state == Q                   | 10 | 'Q' is not one process state letter",
            "state == DZ                  | 10 | one process state letter",
            "exit > 5                     | 6  | takes no comparison",
            "exit for 10s                 | 6  | does not apply to the exit event",
            "start cooldown 1m            | 7  | does not apply to the start event",
            "cpu > 90 for                 | 13 | missing duration",
            "cpu > 90 for soon            | 14 | 'soon' is not a duration",
            "cpu > 90 for 10s for 20s     | 18 | 'for' given twice",
            "cpu > 90 severity            | 18 | missing severity",
            "cpu > 90 severity loud       | 19 | 'loud' is not a severity",
            "cpu > 90 cooldown x          | 19 | 'x' is not a duration",
            "cpu > 90 loudly              | 10 | unexpected 'loudly'",
            "cpu > 90 where               | 15 | missing query",
            "cpu > 90 where severity info | 16 | missing query",
            "cpu > 90 where frob:1        | 16 | unknown field 'frob'",
            "cpu > 90 where pid:abc       | 20 | 'abc' is not a number",
            "cpu > 90 where state:Q       | 22 | 'Q' is not a process state",
            "cpu > 90 where \"open        | 16 | unclosed quote",
            "cpu > 90 severity info severity critical | 24 | 'severity' given twice",
            "cpu > 90 where a for 1s where b | 25 | 'where' given twice",
    })
    void badRulesSayWhereAndWhy(String text, int column, String reason) {
        QueryException e = assertThrows(QueryException.class, () -> Rule.parse(text));
        assertEquals(column, e.position(), text + " -> " + e.getMessage());
        String[] parts = reason.split("\\.\\.\\.");
        for (String part : parts) {
            assertTrue(e.reason().contains(part.trim()), text + " -> " + e.reason());
        }
        assertTrue(e.getMessage().startsWith("at column " + column + ": "));
    }
}
