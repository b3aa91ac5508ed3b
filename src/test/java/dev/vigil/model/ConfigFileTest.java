package dev.vigil.model;

import dev.vigil.sample.Identity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigFileTest {
    @TempDir
    Path dir;

    @Test
    void missingFileMeansDefaultsAndIsWritable() {
        ConfigFile f = new ConfigFile(dir.resolve("vigil/vigil.conf"));
        ConfigFile.Loaded l = f.load();
        assertEquals(Config.DEFAULTS, l.config());
        assertNull(l.problem());
        assertTrue(f.writable());
    }

    @Test
    void roundTripKeepsEverySettingAndUnknownKeys() throws Exception {
        Path p = dir.resolve("vigil/vigil.conf");
        ConfigFile f = new ConfigFile(p);
        Config c = Config.DEFAULTS
                .withColumns(List.of(SortColumn.PID, SortColumn.CPU, SortColumn.COMMAND))
                .withSort(SortColumn.MEM, false).withTree(true)
                .withCollapsed(Set.of(new Identity(1, 5), new Identity(4242, 123456789L)))
                .withDelayMillis(2500).withColor(false).withThreads(true, true)
                .withExtras(List.of(new Config.Setting("alert", "cpu > 90 for 30s"),
                        new Config.Setting("alert", "sys.mem > 90")));
        assertTrue(f.save(c));
        ConfigFile.Loaded l = new ConfigFile(p).load();
        assertNull(l.problem());
        assertEquals(c, l.config());
        assertEquals(List.of("cpu > 90 for 30s", "sys.mem > 90"), l.config().extra("alert"));
        try (var files = Files.list(p.getParent())) {
            assertEquals(List.of(p), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void acceptsHandWrittenValues() throws Exception {
        Config c = ConfigFormat.parse("# mine\n\n columns = pid, user ,cpu%\nsort=cpu\ndelay=15\ntree=yes\n");
        assertEquals(List.of(SortColumn.PID, SortColumn.USER, SortColumn.CPU), c.columns());
        assertEquals(1500, c.delayMillis(), "a bare delay is in tenths of a second, as -d");
        assertTrue(c.tree());
    }

    @Test
    void invalidFileGivesDefaultsAProblemAndIsNeverOverwritten() throws Exception {
        Path p = dir.resolve("vigil.conf");
        String broken = "sort=CPU%\ntree=maybe\n";
        Files.writeString(p, broken);
        ConfigFile f = new ConfigFile(p);
        ConfigFile.Loaded l = f.load();
        assertEquals(Config.DEFAULTS, l.config());
        assertTrue(l.problem().contains("line 2"), l.problem());
        assertTrue(l.problem().contains("'maybe' is not true or false"), l.problem());
        assertFalse(f.writable());
        assertFalse(f.save(Config.DEFAULTS.withTree(true)));
        assertEquals(broken, Files.readString(p));
    }

    @Test
    void badLinesAreRefusedWithTheirLineNumber() {
        for (String[] c : new String[][]{
                {"just words", "line 1: expected key=value"},
                {"columns=PID,FOO", "line 1: unknown column 'FOO'"},
                {"\nsort=size", "line 2: unknown sort column 'size'"},
                {"collapsed=12@x", "line 1: '12@x' is not PID@STARTTICKS"},
                {"delay=0", "line 1: delay '0'"},
                {"columns=", "line 1: no columns listed"}}) {
            try {
                ConfigFormat.parse(c[0]);
                throw new AssertionError("accepted: " + c[0]);
            } catch (ConfigFormat.Invalid e) {
                assertTrue(e.getMessage().startsWith(c[1]), e.getMessage());
            }
        }
    }

    @Test
    void unreadableFileIsAProblemToo() throws Exception {
        Path p = dir.resolve("vigil.conf");
        Files.createDirectories(p); // a directory where the file should be
        ConfigFile f = new ConfigFile(p);
        ConfigFile.Loaded l = f.load();
        assertTrue(l.problem().contains("cannot be read"), l.problem());
        assertFalse(f.writable());

        Path bin = dir.resolve("binary.conf");
        Files.write(bin, new byte[]{'s', 'o', 'r', 't', '=', (byte) 0xff, (byte) 0xfe});
        ConfigFile.Loaded b = new ConfigFile(bin).load();
        assertTrue(b.problem().contains("not UTF-8"), b.problem());
    }

    @Test
    void pathsFollowXdg() {
        assertEquals(Path.of("/x/cfg/vigil/vigil.conf"), VigilPaths.configFile(Map.of("XDG_CONFIG_HOME", "/x/cfg", "HOME", "/h")));
        assertEquals(Path.of("/h/.config/vigil/vigil.conf"), VigilPaths.configFile(Map.of("HOME", "/h")));
        assertEquals(Path.of("/h/.config/vigil/vigil.conf"), VigilPaths.configFile(Map.of("XDG_CONFIG_HOME", "relative", "HOME", "/h")));
        assertEquals(Path.of("/s/vigil"), VigilPaths.stateDir(Map.of("XDG_STATE_HOME", "/s", "HOME", "/h")));
        assertEquals(Path.of("/h/.local/state/vigil"), VigilPaths.stateDir(Map.of("HOME", "/h")));
    }
}
