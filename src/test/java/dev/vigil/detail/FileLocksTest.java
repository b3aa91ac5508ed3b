package dev.vigil.detail;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /proc/locks as literal text, and the locks of a child this test spawns read for real. */
class FileLocksTest {
    private Process child;

    @AfterEach
    void end() throws InterruptedException {
        if (child != null) {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    static final String TEXT = """
            1: POSIX  ADVISORY  WRITE 4242 08:01:1234567 0 EOF
            1: -> POSIX  ADVISORY  WRITE 4243 08:01:1234567 0 EOF
            2: FLOCK  ADVISORY  READ 4242 fd:01:77 0 EOF
            3: OFDLCK ADVISORY  READ -1 00:1a:9 100 199
            4: LEASE  ACTIVE    READ 51 00:1a:10 0 EOF
            garbage line
            """;

    @Test
    void parsesEveryKindIncludingWaitersAndHexDevices() {
        List<FileLocks.Lock> all = FileLocks.parse(TEXT);
        assertEquals(5, all.size());
        FileLocks.Lock waiter = all.get(1);
        assertTrue(waiter.blocked());
        assertEquals(4243, waiter.pid());
        assertEquals("POSIX", waiter.type());
        FileLocks.Lock flock = all.get(2);
        assertEquals(0xfd, flock.major());
        assertEquals(1, flock.minor());
        assertEquals(77, flock.inode());
        assertEquals("device fd:01 inode 77", flock.where());
        assertEquals("100", all.get(3).start());
        assertEquals("199", all.get(3).end());
    }

    @Test
    void keepsThisPidsLocksAndOfdLocksOnItsOpenFiles() {
        Map<String, String> files = Map.of(FileLocks.key(8, 1, 1234567), "/var/lib/db.lock",
                FileLocks.key(0, 0x1a, 9), "/run/ofd");
        List<FileLocks.Lock> mine = FileLocks.forProcess(FileLocks.parse(TEXT), 4242, files);
        assertEquals(List.of("/var/lib/db.lock", "device fd:01 inode 77", "/run/ofd"),
                mine.stream().map(FileLocks.Lock::where).toList());
        assertFalse(mine.stream().anyMatch(FileLocks.Lock::blocked), "4243's wait is its own");
    }

    @Test
    void aRealChildsPosixLockIsFoundWithItsFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("held.lock");
        child = new ProcessBuilder("python3", "-c", "import fcntl,sys,time\n"
                + "f=open(sys.argv[1],'w'); fcntl.lockf(f, fcntl.LOCK_EX); print('locked', flush=True); time.sleep(60)\n",
                f.toString()).start();
        assertEquals("locked", new String(child.getInputStream().readNBytes(6)));
        List<FileLocks.Lock> locks = FileLocks.of((int) child.pid());
        assertEquals(1, locks.size(), locks.toString());
        assertEquals("POSIX", locks.get(0).type());
        assertEquals("WRITE", locks.get(0).access());
        assertEquals(f.toString(), locks.get(0).file());
    }
}
