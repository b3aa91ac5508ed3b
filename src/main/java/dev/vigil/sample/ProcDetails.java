package dev.vigil.sample;

/**
 * The files read once per program (status for the uids, cmdline), /proc/PID/statm and
 * /proc/PID/io, parsed from the shared buffer. Each call overwrites the buffer.
 */
final class ProcDetails {
    private static final byte[] UID = ProcFile.ascii("Uid:");
    private static final byte[] CAP_PRM = ProcFile.ascii("CapPrm:");
    private static final long CAP_SETUID = 1L << 7;
    private static final byte[] READ_BYTES = ProcFile.ascii("read_bytes:");
    private static final byte[] WRITE_BYTES = ProcFile.ascii("write_bytes:");

    private final ProcFile f;
    long readBytes;
    long writeBytes;
    /** Shared pages (statm's third field) from the last {@link #parseResidentPages}; -1 when absent. */
    long sharedPages = -1;
    int realUid;
    int effectiveUid;
    /** Whether the process can still change its uids without an exec (see {@link #parseUids}). */
    boolean canChangeUid;
    /** The raw bytes of the last command line read with keepRaw (NULs as the kernel gave them). */
    byte[] raw;

    ProcDetails(ProcFile f) {
        this.f = f;
    }

    /** Real and effective uid from DIR/status into the fields; false when the file is gone. */
    boolean readUids(String dir) {
        return f.read(dir + "/status") && parseUids();
    }

    /**
     * Parses the "Uid:" line (real, effective, saved, filesystem) of a status file in the buffer,
     * and whether the process can still change them: only with CAP_SETUID in its permitted set,
     * or by swapping among real, effective and saved uid where these differ. Without either, its
     * uids stay as they are until an exec (which the sampler sees apart).
     */
    boolean parseUids() {
        long real = f.valueAfter(UID);
        if (real < 0) return false;
        long effective = f.nextLong();
        long saved = f.nextLong();
        realUid = (int) real;
        effectiveUid = (int) effective;
        int at = f.find(CAP_PRM, 0);
        long caps = -1; // unknown: assume it can
        if (at >= 0) {
            f.pos = at;
            f.skipBlanks();
            caps = 0;
            for (int d; f.pos < f.len && (d = Character.digit(f.buf[f.pos], 16)) >= 0; f.pos++) caps = caps << 4 | d;
        }
        canChangeUid = (caps & CAP_SETUID) != 0 || real != effective || effective != saved;
        return true;
    }

    /** Resident pages from a statm file in the buffer (its second field); -1 when empty. */
    long parseResidentPages() {
        if (f.len == 0) return -1;
        f.pos = 0;
        f.nextLong();
        long resident = f.nextLong();
        sharedPages = f.pos < f.len ? f.nextLong() : -1;
        return resident;
    }

    /**
     * DIR/cmdline with NUL separators turned into single spaces (trailing NULs dropped), other
     * bytes kept as they are, decoded by {@link Text#decode}. Null when gone; empty for kernel
     * threads and zombies.
     */
    String commandLine(String dir, boolean keepRaw) {
        raw = null;
        if (!f.read(dir + "/cmdline")) return null;
        raw = keepRaw ? java.util.Arrays.copyOf(f.buf, f.len) : null;
        return join(f.buf, f.len);
    }

    /** Whether DIR/cmdline now differs from these raw bytes (false when it is gone). */
    boolean commandLineDiffers(String dir, byte[] before) {
        if (!f.read(dir + "/cmdline")) return false;
        return !java.util.Arrays.equals(f.buf, 0, f.len, before, 0, before.length);
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
