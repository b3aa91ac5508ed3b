package dev.vigil.sample;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the exporter's {@link ProcessExtra} files of one process into the shared buffer: status
 * (context switches, VmSwap) on every refresh, the fd directory's size on every refresh, and
 * limits, exe and cgroup only when a process is new or has exec'd. One parser per file.
 */
final class ExtraReader {
    private static final byte[] VOLUNTARY = ProcFile.ascii("voluntary_ctxt_switches:");
    private static final byte[] INVOLUNTARY = ProcFile.ascii("nonvoluntary_ctxt_switches:");
    private static final byte[] VM_SWAP = ProcFile.ascii("VmSwap:");
    private static final byte[] MAX_OPEN_FILES = ProcFile.ascii("Max open files");

    private final ProcFile f;
    private final boolean realProc;
    long voluntary;
    long involuntary;
    long swapBytes;

    ExtraReader(ProcFile f, String root) {
        this.f = f;
        this.realProc = root.equals("/proc");
    }

    /** Parses DIR/status for the context switches and swap; false when it is gone. */
    boolean status(String dir) {
        if (!f.read(dir + "/status")) return false;
        voluntary = f.valueAfter(VOLUNTARY);
        involuntary = f.valueAfter(INVOLUNTARY);
        long swapKb = f.valueAfter(VM_SWAP);
        swapBytes = swapKb < 0 ? 0 : swapKb * 1024; // kernel threads have no Vm lines
        return true;
    }

    /**
     * Open file descriptors of DIR: the kernel gives the count as the size of /proc/PID/fd
     * (since Linux 6.2), else the directory is listed. -1 when refused.
     */
    int openFds(String dir) {
        File fd = new File(dir, "fd");
        if (realProc) {
            long n = fd.length(); // 0 also when refused: then the listing says which
            if (n > 0) return (int) n;
        }
        String[] fds = fd.list();
        return fds == null ? -1 : fds.length;
    }

    /** The soft "Max open files" limit from DIR/limits; -1 when unreadable or unlimited. */
    long maxFds(String dir) {
        if (!f.read(dir + "/limits")) return -1;
        int at = f.find(MAX_OPEN_FILES, 0);
        if (at < 0) return -1;
        f.pos = at;
        f.skipBlanks();
        if (f.pos >= f.len || f.buf[f.pos] < '0' || f.buf[f.pos] > '9') return -1; // "unlimited"
        return f.nextLong();
    }

    /** Where DIR/exe points, without the kernel's " (deleted)" mark; null when refused. */
    static String exe(String dir) {
        try {
            String target = Files.readSymbolicLink(Path.of(dir, "exe")).toString();
            return target.endsWith(" (deleted)") ? target.substring(0, target.length() - 10) : target;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    /** The path of DIR/cgroup's v2 line ("0::/system.slice/x.service"), else its first line's; null when none. */
    String cgroup(String dir) {
        if (!f.read(dir + "/cgroup")) return null;
        return cgroupOfBuffer();
    }

    /** The same for a cgroup file already in the buffer. */
    String cgroupOfBuffer() {
        String first = null;
        int i = 0;
        while (i < f.len) {
            int nl = f.indexOf((byte) '\n', i);
            int end = nl < 0 ? f.len : nl;
            String line = new String(f.buf, i, end - i, StandardCharsets.UTF_8);
            int colon = line.indexOf(':');
            int second = colon < 0 ? -1 : line.indexOf(':', colon + 1);
            if (second > 0) {
                String path = line.substring(second + 1);
                if (line.startsWith("0::")) return path;
                if (first == null) first = path;
            }
            if (nl < 0) break;
            i = nl + 1;
        }
        return first;
    }
}
