package dev.vigil.history;

import dev.vigil.sample.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The file's rules: one recorder, versions, a full disk, retention and the size cap. */
class HistoryFileTest {
    @TempDir
    Path dir;

    @Test
    void aSecondRecorderIsRefusedWithTheHoldersPid() throws Exception {
        Path db = dir.resolve("h.db");
        try (Recorder first = Recorder.open(db, s -> { })) {
            HistoryException e = assertThrows(HistoryException.class, () -> Recorder.open(db, s -> { }));
            assertTrue(e.getMessage().contains("already being recorded by another vigil (pid "
                    + ProcessHandle.current().pid() + ")"), e.getMessage());
            assertTrue(first.record(Script.sequence(1).get(0)), "the first one still writes");
        }
        try (Recorder again = Recorder.open(db, s -> { })) {
            assertNotNull(again.path(), "free once the first one closed");
        }
    }

    @Test
    void aNewerFileIsRefusedNamingBothVersions() throws Exception {
        Path db = dir.resolve("h.db");
        try (Recorder r = Recorder.open(db, s -> { })) {
            r.record(Script.sequence(1).get(0));
        }
        sql(db, "UPDATE schema_version SET version = 99");
        HistoryException e = assertThrows(HistoryException.class, () -> HistoryReader.open(db));
        assertTrue(e.getMessage().contains("version 99, newer than this vigil's " + Schema.current()), e.getMessage());
        assertThrows(HistoryException.class, () -> Recorder.open(db, s -> { }));
    }

    @Test
    void anOlderFileIsMigratedStepByStep() throws Exception {
        Path db = dir.resolve("h.db");
        try (Recorder r = Recorder.open(db, s -> { })) {
            r.record(Script.sequence(1).get(0));
        }
        int now = Schema.current();
        List<List<String>> steps = new ArrayList<>(Schema.MIGRATIONS);
        steps.add(List.of("ALTER TABLE sample ADD COLUMN later_field INTEGER"));
        steps.add(List.of("ALTER TABLE proc ADD COLUMN cpu_user REAL"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertEquals(now, Schema.prepare(c, db.toString(), steps));
            assertEquals(now + 2, Schema.versionOf(c));
            assertEquals(1, count(c, "SELECT count(*) FROM pragma_table_info('sample') WHERE name = 'later_field'"));
            assertTrue(count(c, "SELECT count(*) FROM process_history") > 0, "views made again");
        }
        HistoryException e = assertThrows(HistoryException.class, () -> HistoryReader.open(db));
        assertTrue(e.getMessage().contains("version " + (now + 2) + ", newer than this vigil's " + now), e.getMessage());
    }

    @Test
    void aVersionOneFileReadsBackExactlyAfterItsMigration() throws Exception {
        Path db = dir.resolve("v1.db");
        List<Snapshot> script = VersionOne.write(db, 40);
        try (HistoryReader r = HistoryReader.open(db)) {
            for (Snapshot want : script) RoundTripTest.assertSame(want, r.snapshot(r.at(want.timestampMillis())));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertEquals(Schema.current(), Schema.versionOf(c));
            assertEquals("ok", VersionOne.text(c, "PRAGMA integrity_check"));
        }
        try (Recorder r = Recorder.open(db, s -> { })) {
            for (Snapshot s : Script.sequence(80).subList(60, 80)) assertTrue(r.record(s));
        }
        try (HistoryReader r = HistoryReader.open(db)) {
            for (Snapshot want : script) RoundTripTest.assertSame(want, r.snapshot(r.at(want.timestampMillis())));
        }
    }

    @Test
    void missingOrForeignFilesAreRefusedInOneLine() throws Exception {
        HistoryException e = assertThrows(HistoryException.class, () -> HistoryReader.open(dir.resolve("none.db")));
        assertTrue(e.getMessage().startsWith("no history at "), e.getMessage());
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "this is not a database at all, just some text that is long enough".repeat(20));
        e = assertThrows(HistoryException.class, () -> HistoryReader.open(junk));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("not an SQLite database"), e.getMessage());
    }

    @Test
    void aFullDiskIsReportedOnceAndWritingResumes() throws Exception {
        Path db = dir.resolve("h.db");
        List<Snapshot> script = Script.sequence(80);
        List<String> notices = new ArrayList<>();
        try (Recorder r = Recorder.open(db, notices::add)) {
            for (Snapshot s : script.subList(0, 10)) assertTrue(r.record(s));
            Connection c = r.connection();
            long pages = count(c, "PRAGMA page_count");
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA max_page_count = " + pages);
            }
            int failed = 0;
            for (Snapshot s : script.subList(10, 40)) if (!r.record(s)) failed++;
            assertTrue(failed > 0, "the cap made writes fail");
            assertEquals(1, notices.size(), notices.toString());
            assertTrue(notices.get(0).contains("the disk is full"), notices.get(0));
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA max_page_count = 1000000");
            }
            for (Snapshot s : script.subList(40, 80)) assertTrue(r.record(s), notices.toString());
            assertEquals(2, notices.size(), notices.toString());
            assertTrue(notices.get(1).contains("again (" + failed + " samples not recorded)"), notices.get(1));
        }
        try (HistoryReader r = HistoryReader.open(db)) {
            for (Snapshot want : script.subList(40, 80)) {
                RoundTripTest.assertSame(want, r.snapshot(r.at(want.timestampMillis())));
            }
        }
    }

    @Test
    void retentionDeletesOldSamplesAndKeepsTheRestExact() throws Exception {
        Path db = dir.resolve("h.db");
        int n = Recorder.KEY_SAMPLES + 180;
        List<Snapshot> script = Script.sequence(n);
        try (Recorder r = Recorder.open(db, s -> { })) {
            for (Snapshot s : script) r.record(s);
        }
        long now = script.get(n - 1).timestampMillis();
        int key;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            key = (int) count(c, "SELECT key FROM sample ORDER BY id DESC LIMIT 1");
        }
        assertTrue(key > 200, "a second keyframe: " + key);
        // Whole keyframe windows only: sample 150 is in the first one, which stays.
        try (Retention ret = new Retention(db, now - script.get(150).timestampMillis(), Long.MAX_VALUE, () -> now,
                s -> { })) {
            assertEquals(0, ret.runOnce());
        }
        // Past the newest keyframe only as far as it.
        try (Retention ret = new Retention(db, now - script.get(n - 10).timestampMillis(), Long.MAX_VALUE, () -> now,
                s -> { })) {
            assertEquals(key - 1, ret.runOnce());
        }
        try (HistoryReader r = HistoryReader.open(db)) {
            assertEquals(script.get(key - 1).timestampMillis(), r.first().timeMillis());
            for (Snapshot want : script.subList(key - 1, n)) {
                RoundTripTest.assertSame(want, r.snapshot(r.at(want.timestampMillis())));
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertEquals(0, count(c, "SELECT count(*) FROM ident WHERE NOT EXISTS (SELECT 1 FROM proc WHERE proc.id = ident.id)"));
            assertEquals(0, count(c, "SELECT count(*) FROM proc WHERE s < (SELECT key FROM sample ORDER BY id LIMIT 1)"));
        }
    }

    @Test
    void theSizeCapShrinksTheFile() throws Exception {
        Path db = dir.resolve("h.db");
        // Three keyframe windows and some: room is made a window at a time.
        List<Snapshot> script = Script.sequence(3 * Recorder.KEY_SAMPLES + 100);
        try (Recorder r = Recorder.open(db, s -> { })) {
            for (Snapshot s : script) r.record(s);
        }
        long before = Files.size(db);
        long cap = before / 2;
        try (Retention ret = new Retention(db, Long.MAX_VALUE / 4, cap, System::currentTimeMillis, s -> { })) {
            assertTrue(ret.runOnce() > 0);
            assertTrue(ret.size() <= cap, ret.size() + " > " + cap + " (was " + before + ")");
        }
        try (HistoryReader r = HistoryReader.open(db)) {
            Snapshot last = script.get(script.size() - 1);
            RoundTripTest.assertSame(last, r.snapshot(r.last()));
            assertTrue(r.first().timeMillis() > script.get(0).timestampMillis());
            assertTrue(r.between(0, Long.MAX_VALUE).size() > script.size() / 10, "deleted no more than needed: " + r.between(0, Long.MAX_VALUE).size());
        }
    }

    static void sql(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
