package dev.vigil.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** cmdline joining, passwd parsing and the byte cursor's numbers. */
class ParsersTest {
    @Test
    void cmdlineNulsBecomeSpacesAndOtherBytesStay() {
        byte[] b = "bash\0-c\0echo a\nb\0\0".getBytes(StandardCharsets.UTF_8);
        assertEquals("bash -c echo a\nb", ProcDetails.join(b, b.length));
        byte[] bad = {'x', 0, (byte) 0xfe, 0};
        assertEquals("x \\xfe", Text.escape(ProcDetails.join(bad, bad.length)));
        assertEquals("", ProcDetails.join(new byte[0], 0));
        byte[] utf = "caf\u00e9\0\u65e5\u672c".getBytes(StandardCharsets.UTF_8);
        assertEquals("caf\u00e9 \u65e5\u672c", ProcDetails.join(utf, utf.length));
    }

    @Test
    void passwdFirstEntryWinsAndBadLinesAreSkipped() {
        Map<Integer, String> m = Passwd.parse(List.of("root:x:0:0:root:/root:/bin/bash", "# comment",
                "toor:x:0:0::/:/bin/sh", "broken line", "bob:x:notanumber:1::/:", "",
                "daemon:x:1:1::/:/usr/sbin/nologin", "nobody:x:65534:65534::/:"));
        assertEquals(Map.of(0, "root", 1, "daemon", 65534, "nobody"), m);
        // the cases once tested against action's and detail's own readers
        assertEquals(Map.of(0, "root", 65534, "nobody"), Passwd.parse(List.of("root:x:0:0:root:/root:/bin/bash",
                "# comment:x:5", "bad line", "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin",
                "root2:x:0:0::/:/bin/sh")));
        assertEquals(Map.of(0, "root", 1000, "alice"), Passwd.parse(List.of("root:x:0:0:root:/root:/bin/bash",
                "# comment", "alice:x:1000:1000::/home/alice:/bin/sh", "bad")));
    }

    /** /etc/group shares passwd's first three columns; a name that is not UTF-8 is escaped as elsewhere. */
    @Test
    void groupsAndOddNamesThroughTheSameReader(@TempDir Path dir) throws Exception {
        Path group = dir.resolve("group");
        Files.write(group, new byte[] {'r', 'o', 'o', 't', ':', 'x', ':', '0', ':', '\n',
                'c', 'a', 'f', (byte) 0xe9, ':', 'x', ':', '1', '0', '0', ':', 'b', 'o', 'b', '\n'});
        Map<Integer, String> m = Passwd.read(group);
        assertEquals("root", m.get(0));
        assertEquals(Text.decode(new byte[] {'c', 'a', 'f', (byte) 0xe9}), m.get(100));
        assertEquals(Map.of(), Passwd.read(dir.resolve("missing")));
    }

    @Test
    void numbersFromTheCursor() {
        ProcFile f = new ProcFile();
        byte[] b = "0.53 12.00 7 -20 123456789012\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, f.buf, 0, b.length);
        f.len = b.length;
        f.pos = 0;
        assertEquals(0.53, f.nextDouble(), 1e-9);
        assertEquals(12.0, f.nextDouble(), 1e-9);
        assertEquals(7, f.nextLong());
        assertEquals(-20, f.nextLong());
        assertEquals(123456789012L, f.nextLong());
    }

    @Test
    void pidNames() {
        assertEquals(1, LinuxSampler.parsePid("1"));
        assertEquals(4194304, LinuxSampler.parsePid("4194304"));
        assertEquals(-1, LinuxSampler.parsePid("self"));
        assertEquals(-1, LinuxSampler.parsePid("12a"));
        assertEquals(-1, LinuxSampler.parsePid(""));
        assertEquals(-1, LinuxSampler.parsePid("12345678901"));
    }

    @Test
    void fileBudgetFromTheOpenFileLimit(@TempDir Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("self"));
        java.nio.file.Path limits = dir.resolve("self/limits");
        Files.writeString(limits, "Limit  Soft Limit  Hard Limit  Units\nMax open files            20000                20000                files\n");
        assertEquals(14808, FileBudget.of(dir.toString(), new ProcFile()));
        Files.writeString(limits, "Max open files            256                4096                files\n");
        assertEquals(0, FileBudget.of(dir.toString(), new ProcFile()));
        Files.writeString(limits, "Max open files            unlimited            unlimited            files\n");
        assertEquals(65536, FileBudget.of(dir.toString(), new ProcFile()));
        assertEquals(0, FileBudget.of(dir.resolve("nowhere").toString(), new ProcFile()));
    }
}
