package dev.vigil.model;

import dev.vigil.sample.ProcessSample;
import org.junit.jupiter.api.Test;

import static dev.vigil.model.Procs.proc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryTest {
    private static final ProcessSample JAVA = proc(1200, 1, "java", "alice", 'R', 87.5); // rss 1M, mem 0
    private static final ProcessSample RSYNC = proc(1449, 1, "rsync", "root", 'D', 3.2); // rss 50M, mem 4.9

    private static boolean matches(String q, ProcessSample p) throws QueryException {
        return Query.parse(q).test(p);
    }

    @Test
    void plainTextMatchesNameOrCommandIgnoringCase() throws QueryException {
        assertTrue(matches("JAV", JAVA));
        assertTrue(matches("/usr/bin/rsync", RSYNC));
        assertFalse(matches("python", JAVA));
        assertTrue(matches("\"--id 1200\"", JAVA));
    }

    @Test
    void fieldTermsAndComparisons() throws QueryException {
        assertTrue(matches("user:alice", JAVA));
        assertFalse(matches("user:ali", JAVA), "user names match exactly");
        assertTrue(matches("state:D", RSYNC));
        assertTrue(matches("state:DZ", RSYNC));
        assertFalse(matches("state:D", JAVA));
        assertTrue(matches("pid:1,1200", JAVA));
        ProcessSample worker = Procs.thread(1203, JAVA, "worker");
        assertTrue(matches("pid:1200", worker), "a thread matches through its process, as -p");
        assertTrue(matches("pid:1203", worker));
        assertFalse(matches("pid:1449", worker));
        assertFalse(matches("pid = 1200", worker), "a comparison is on the row's own id");
        assertTrue(matches("cpu>50", JAVA));
        assertFalse(matches("cpu>50", RSYNC));
        assertTrue(matches("mem>4", RSYNC));
        assertTrue(matches("rss>20M", RSYNC));
        assertFalse(matches("rss>500M", RSYNC));
        assertTrue(matches("pid = 1200", JAVA));
        assertTrue(matches("cpu >= 87.5", JAVA));
        assertTrue(matches("!user:root", JAVA));
    }

    @Test
    void termsCombineWithAnd() throws QueryException {
        assertTrue(matches("java user:alice cpu>50", JAVA));
        assertFalse(matches("java user:root", JAVA));
    }

    @Test
    void emptyQueryIsAll() throws QueryException {
        assertSame(Query.ALL, Query.parse("  "));
        assertTrue(Query.parse("").isEmpty());
        assertEquals("cpu>5", Query.parse("  cpu>5 ").text());
    }

    private static QueryException bad(String q) {
        return assertThrows(QueryException.class, () -> Query.parse(q), q);
    }

    @Test
    void badQueriesSayWhereAndWhy() {
        QueryException e = bad("java colour:red");
        assertEquals(6, e.position());
        assertTrue(e.reason().contains("unknown field 'colour'"), e.reason());

        e = bad("state:Q");
        assertEquals(7, e.position());
        assertTrue(e.reason().contains("not a process state"), e.reason());

        e = bad("cpu>lots");
        assertEquals(5, e.position());
        assertTrue(e.reason().contains("not a number"), e.reason());

        e = bad("rss>5Q");
        assertEquals(5, e.position());
        assertTrue(e.reason().contains("not a size"), e.reason());

        e = bad("x \"open");
        assertEquals(3, e.position());
        assertTrue(e.reason().contains("unclosed quote"));

        e = bad("user:");
        assertTrue(e.reason().contains("missing value"), e.reason());

        e = bad("pid:12,x");
        assertEquals(8, e.position());

        e = bad("cpu<>5");
        assertTrue(e.reason().contains("unknown operator"), e.reason());
        assertTrue(e.getMessage().startsWith("at column "), e.getMessage());
    }

    @Test
    void knowsWhetherItReadsTheIoRates() throws Exception {
        assertTrue(Query.parse("io>1M").usesIo());
        assertTrue(Query.parse("java !io>=10K").usesIo());
        assertTrue(Query.parse("IO>5").usesIo());
        assertFalse(Query.parse("java cpu>5 user:io").usesIo());
        assertFalse(Query.parse("\"io>1\"").usesIo());
        assertFalse(Query.ALL.usesIo());
    }
}
