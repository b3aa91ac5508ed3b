package dev.vigil.sample;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Reads small /proc files into one reused byte buffer (grown when a file is larger), so that a
 * refresh makes no copy of a file's text: by path (open, read, close), or from a file kept open
 * across refreshes (one pread at offset 0 instead of open, fstat, read, close). Also holds the byte-level number parsing the /proc
 * parsers share. One instance per sampler thread; not thread-safe.
 */
final class ProcFile {
    byte[] buf = new byte[4096];
    int len;

    /** Reads the whole file; false when it is gone or unreadable (then {@link #len} is 0). */
    boolean read(String path) {
        len = 0;
        try (FileInputStream in = new FileInputStream(path)) {
            while (true) {
                if (len == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) return true;
                len += n;
            }
        } catch (IOException e) {
            len = 0;
            return false;
        }
    }

    /**
     * Reads a file kept open since an earlier refresh, from its start (the kernel makes /proc
     * text afresh on each read from offset 0). False when the process is gone (ESRCH) or the
     * file is empty; the caller then closes it.
     */
    boolean read(RandomAccessFile file) {
        len = 0;
        try {
            FileChannel channel = file.getChannel();
            while (true) {
                // One pread at offset 0, not a seek and a read: the seek was a fifth of the
                // sampler's time at +1000 processes (a profile of the running monitor). Into a
                // direct buffer of our own, then one copy: a heap buffer makes the JDK fetch a
                // temporary direct one from a per-thread cache and give it back, every read.
                if (window == null || window.capacity() != buf.length) window = ByteBuffer.allocateDirect(buf.length);
                window.clear();
                int n = channel.read(window, 0);
                if (n <= 0) return false;
                if (n < buf.length) {
                    window.get(0, buf, 0, n);
                    len = n;
                    return true;
                }
                buf = Arrays.copyOf(buf, buf.length * 2); // did not fit: read it all again
            }
        } catch (IOException e) {
            return false;
        }
    }

    private ByteBuffer window; // a direct buffer as large as buf, for positional reads

    /** Opens a file to keep; null when it is gone or unreadable. */
    static RandomAccessFile open(String path) {
        try {
            return new RandomAccessFile(path, "r");
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    static void close(RandomAccessFile file) {
        if (file == null) return;
        try {
            file.close();
        } catch (IOException e) {
            // closing a /proc file cannot lose data
        }
    }

    /** Index of the first byte at or after {@code from} equal to {@code b}, or -1. */
    int indexOf(byte b, int from) {
        for (int i = from; i < len; i++) if (buf[i] == b) return i;
        return -1;
    }

    /** Index of the start of the line after {@code key} (a line prefix such as "MemTotal:"), or -1. */
    int find(byte[] key, int from) {
        int i = from;
        while (i < len) {
            if (startsWith(key, i)) return i + key.length;
            int nl = indexOf((byte) '\n', i);
            if (nl < 0) return -1;
            i = nl + 1;
        }
        return -1;
    }

    private boolean startsWith(byte[] key, int at) {
        if (at + key.length > len) return false;
        for (int k = 0; k < key.length; k++) if (buf[at + k] != key[k]) return false;
        return true;
    }

    // ---- a cursor over the buffer, for whitespace-separated numbers --------------------------

    int pos;

    /** Moves past spaces and tabs (not newlines). */
    void skipBlanks() {
        while (pos < len && (buf[pos] == ' ' || buf[pos] == '\t')) pos++;
    }

    /** Skips {@code n} whitespace-separated fields on the current line. */
    void skipFields(int n) {
        for (int k = 0; k < n; k++) {
            skipBlanks();
            while (pos < len && buf[pos] != ' ' && buf[pos] != '\t' && buf[pos] != '\n') pos++;
        }
    }

    /** Parses the next (optionally negative) whole number; 0 when there is none. */
    long nextLong() {
        skipBlanks();
        boolean neg = pos < len && buf[pos] == '-';
        if (neg) pos++;
        long v = 0;
        while (pos < len && buf[pos] >= '0' && buf[pos] <= '9') v = v * 10 + (buf[pos++] - '0');
        while (pos < len && buf[pos] != ' ' && buf[pos] != '\t' && buf[pos] != '\n') pos++;
        return neg ? -v : v;
    }

    /** Parses the next decimal number such as "0.53" or "12345.67". */
    double nextDouble() {
        skipBlanks();
        long whole = 0;
        while (pos < len && buf[pos] >= '0' && buf[pos] <= '9') whole = whole * 10 + (buf[pos++] - '0');
        double frac = 0;
        if (pos < len && buf[pos] == '.') {
            pos++;
            double scale = 0.1;
            while (pos < len && buf[pos] >= '0' && buf[pos] <= '9') {
                frac += (buf[pos++] - '0') * scale;
                scale /= 10;
            }
        }
        while (pos < len && buf[pos] != ' ' && buf[pos] != '\t' && buf[pos] != '\n') pos++;
        return whole + frac;
    }

    /** The number after a line prefix such as "MemTotal:", or -1 when the line is missing. */
    long valueAfter(byte[] key) {
        int at = find(key, 0);
        if (at < 0) return -1;
        pos = at;
        return nextLong();
    }

    static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
