package dev.vigil.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How vigil.conf is written: only when a setting changed; comments, unknown lines and their order
 * kept; through a symlink to its target, atomically in the target's directory, with its mode;
 * never a file over 1 MB; no temporary file left, even one of a vigil killed before its rename.
 */
class ConfigWriteTest {
    @TempDir
    Path dir;

    private static List<String> names(Path d) throws Exception {
        try (var s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aQuitWithoutChangesLeavesTheFileAlone() throws Exception {
        Path p = dir.resolve("vigil.conf");
        String text = "# keep me\nsort=mem\n  tree = yes\n";
        Files.writeString(p, text);
        Files.setLastModifiedTime(p, FileTime.fromMillis(1_000_000_000_000L));
        Object inode = Files.getAttribute(p, "unix:ino");
        ConfigFile f = new ConfigFile(p);
        Config c = f.load().config();
        assertTrue(f.save(c), "nothing to write is no failure");
        assertEquals(text, Files.readString(p));
        assertEquals(1_000_000_000_000L, Files.getLastModifiedTime(p).toMillis(), "not written at all");
        assertEquals(inode, Files.getAttribute(p, "unix:ino"));

        ConfigFile none = new ConfigFile(dir.resolve("sub/vigil.conf"));
        assertTrue(none.save(none.load().config()));
        assertFalse(Files.exists(dir.resolve("sub/vigil.conf")), "defaults unchanged: no file made");
    }

    @Test
    void aChangeRewritesOnlyItsLineAndKeepsTheRest() throws Exception {
        Path p = dir.resolve("vigil.conf");
        Files.writeString(p, "# keep me\nsort=mem\n\nfuture_key = x  # mine\ndelay=15\n# the end\nalert=cpu > 90\n");
        ConfigFile f = new ConfigFile(p);
        Config c = f.load().config();
        List<Config.Setting> extras = new java.util.ArrayList<>(c.extras());
        extras.add(new Config.Setting("alert", "sys.mem > 90"));
        assertTrue(f.save(c.withSort(SortColumn.PID, true).withTree(true).withExtras(extras)));
        assertEquals("# keep me\nsort=" + SortColumn.PID.title() + "\n\nfuture_key = x  # mine\ndelay=15\n# the end\n"
                + "alert=cpu > 90\ntree=true\nalert=sys.mem > 90\n", Files.readString(p));
        assertEquals(List.of("vigil.conf"), names(dir));
    }

    @Test
    void aSymlinkIsWrittenThroughToItsTargetWithItsMode() throws Exception {
        Path dots = Files.createDirectories(dir.resolve("dotfiles"));
        Path real = dots.resolve("vigil.conf");
        Files.writeString(real, "# from my dotfiles\ntree=false\n");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r--r--"));
        Path cfg = Files.createDirectories(dir.resolve("config/vigil"));
        Path link = cfg.resolve("vigil.conf");
        Files.createSymbolicLink(link, Path.of("../../dotfiles/vigil.conf"));
        ConfigFile f = new ConfigFile(link);
        assertTrue(f.save(f.load().config().withTree(true)));
        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertEquals("# from my dotfiles\ntree=true\n", Files.readString(real));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
        assertEquals(List.of("vigil.conf"), names(dots));
        assertEquals(List.of("vigil.conf"), names(cfg));
    }

    @Test
    void aFileOverOneMegabyteIsRefusedNamedAndNeverOverwritten() throws Exception {
        Path p = dir.resolve("vigil.conf");
        try (RandomAccessFile r = new RandomAccessFile(p.toFile(), "rw")) {
            r.setLength(10L << 20); // 10 MB: once an OutOfMemoryError
        }
        ConfigFile f = new ConfigFile(p);
        ConfigFile.Loaded l = f.load();
        assertEquals(Config.DEFAULTS, l.config());
        assertEquals("config " + p + " is over 1 MB (10485760 bytes); using defaults and leaving the file alone", l.problem());
        assertFalse(f.writable());
        assertFalse(f.save(Config.DEFAULTS.withTree(true)));
        assertEquals(10L << 20, Files.size(p));
    }

    @Test
    void staleTemporaryFilesOfDeadWritersAreRemovedAtTheNextWrite() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path p = dir.resolve("vigil.conf");
        Path stale = dir.resolve(".vigil.conf." + gone.pid() + ".1.tmp");
        Path alive = dir.resolve(".vigil.conf." + ProcessHandle.current().parent().orElseThrow().pid() + ".1.tmp");
        Path old = dir.resolve(".vigil.conf.8234423423.tmp"); // an older vigil's name, without a PID
        Files.writeString(stale, "killed before its rename");
        Files.writeString(alive, "another vigil, mid-write");
        Files.writeString(old, "old");
        Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 7_200_000));
        ConfigFile f = new ConfigFile(p);
        assertTrue(f.save(f.load().config().withTree(true)));
        assertEquals(List.of(alive.getFileName().toString(), "vigil.conf"), names(dir));
    }

    @Test
    void editsMadeWhileVigilRanAreKept() throws Exception {
        Path p = dir.resolve("vigil.conf");
        Files.writeString(p, "tree=false\n");
        ConfigFile f = new ConfigFile(p);
        Config c = f.load().config();
        Files.writeString(p, "tree=false\n# added in an editor\ncolor=false\n");
        assertTrue(f.save(c.withTree(true)));
        assertEquals("tree=true\n# added in an editor\ncolor=false\n", Files.readString(p));
    }
}
