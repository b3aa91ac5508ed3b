package dev.vigil.history;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * One recorder per history file: an exclusive lock on {@code FILE.lock} beside it, holding the
 * recorder's PID as text. The kernel drops the lock when the recorder dies, even by kill -9, so
 * a stale lock file never blocks. A separate file, because SQLite's own POSIX locks on the
 * database would be dropped if we opened and closed it.
 */
final class RecorderLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private RecorderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFile(Path db) {
        return db.resolveSibling(db.getFileName() + ".lock");
    }

    static RecorderLock acquire(Path db) throws HistoryException {
        Path lf = lockFile(db.toAbsolutePath());
        FileChannel ch;
        try {
            ch = FileChannel.open(lf, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (IOException e) {
            throw new HistoryException("cannot open " + lf + ": " + Database.reason(e));
        }
        try {
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                String holder = holder(ch);
                ch.close();
                throw new HistoryException(db.toAbsolutePath() + " is already being recorded by another vigil"
                        + (holder.isEmpty() ? "" : " (pid " + holder + ")") + "; one recorder per file");
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new RecorderLock(ch, l);
        } catch (IOException e) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // already failing
            }
            throw new HistoryException("cannot lock " + lf + ": " + Database.reason(e));
        }
    }

    private static String holder(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(32);
        int n = ch.read(b, 0);
        return n <= 0 ? "" : new String(b.array(), 0, n, StandardCharsets.US_ASCII).strip();
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock goes with the channel in any case
        }
    }
}
