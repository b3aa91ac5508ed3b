package dev.vigil.sample;

/**
 * The files read once per process (status for the uid, cmdline) and /proc/PID/io, parsed from
 * the shared buffer. Each call overwrites the buffer.
 */
final class ProcDetails {
    private static final byte[] UID = ProcFile.ascii("Uid:");
    private static final byte[] READ_BYTES = ProcFile.ascii("read_bytes:");
    private static final byte[] WRITE_BYTES = ProcFile.ascii("write_bytes:");

    private final ProcFile f;
    long readBytes;
    long writeBytes;

    ProcDetails(ProcFile f) {
        this.f = f;
    }

    /** Real uid from DIR/status; -1 when the file is gone. */
    int uid(String dir) {
        if (!f.read(dir + "/status")) return -1;
        long v = f.valueAfter(UID);
        return v < 0 ? -1 : (int) v;
    }

    /**
     * DIR/cmdline with NUL separators turned into single spaces (trailing NULs dropped), other
     * bytes kept as they are, decoded by {@link Text#decode}. Null when gone; empty for kernel
     * threads and zombies.
     */
    String commandLine(String dir) {
        if (!f.read(dir + "/cmdline")) return null;
        return join(f.buf, f.len);
    }

    static String join(byte[] b, int len) {
        while (len > 0 && b[len - 1] == 0) len--;
        for (int i = 0; i < len; i++) if (b[i] == 0) b[i] = ' ';
        return Text.decode(b, 0, len);
    }

    /** Parses read_bytes and write_bytes from an io file in the buffer; false when absent. */
    boolean parseIo() {
        if (f.len == 0) return false;
        readBytes = f.valueAfter(READ_BYTES);
        writeBytes = f.valueAfter(WRITE_BYTES);
        return readBytes >= 0 && writeBytes >= 0;
    }
}
