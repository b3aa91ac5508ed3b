package dev.vigil.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A literal /proc tree in a temp directory, for tests of the Linux sampler. */
final class FakeProc {
    final Path root;
    final Path passwd;

    FakeProc(Path dir) {
        root = dir.resolve("proc");
        passwd = dir.resolve("passwd");
        write("stat", "cpu  100 0 100 800 0 0 0 0 0 0\ncpu0 50 0 50 400 0 0 0 0 0 0\n"
                + "cpu1 50 0 50 400 0 0 0 0 0 0\nintr 1 2 3\nbtime 1700000000\nprocs_running 2\n");
        write("meminfo", "MemTotal:       1000000 kB\nMemFree:         200000 kB\n"
                + "MemAvailable:    600000 kB\nBuffers:          50000 kB\nCached:          300000 kB\n"
                + "SwapCached:         999 kB\nSwapTotal:       100000 kB\nSwapFree:         75000 kB\n"
                + "Shmem:            20000 kB\nSReclaimable:     40000 kB\n");
        write("loadavg", "0.50 1.25 2.00 2/300 4242\n");
        write("uptime", "12345.67 20000.00\n");
        write("self/statm", "1000 250 100 1 0 300 0\n");
        write("self/limits", "Limit                     Soft Limit           Hard Limit           Units\n"
                + "Max open files            1024                 4096                 files\n");
        write("self/status", "Name:\tjava\nVmRSS:\t    1000 kB\n");
        file(passwd, "root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000::/home/alice:/bin/sh\n");
    }

    /** A process with a stat line built from these fields and the given comm bytes. */
    void process(int pid, byte[] comm, char state, int ppid, long utime, long stime, int nice,
                 int threads, long startTicks, long rssPages, int uid, byte[] cmdline) {
        byte[] head = (pid + " (").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = (") " + state + " " + ppid + " " + pid + " " + pid + " 0 -1 4194560 10 0 0 0 "
                + utime + " " + stime + " 0 0 " + (20 + nice) + " " + nice + " " + threads + " 0 "
                + startTicks + " 123456789 " + rssPages + " 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[head.length + comm.length + tail.length];
        System.arraycopy(head, 0, line, 0, head.length);
        System.arraycopy(comm, 0, line, head.length, comm.length);
        System.arraycopy(tail, 0, line, head.length + comm.length, tail.length);
        bytes(pid + "/stat", line);
        write(pid + "/status", "Name:\tx\nState:\tS (sleeping)\nUid:\t" + uid + "\t" + uid + "\t" + uid + "\t" + uid + "\n");
        bytes(pid + "/cmdline", cmdline);
    }

    void write(String rel, String text) {
        bytes(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    void bytes(String rel, byte[] b) {
        try {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.write(p, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void remove(int pid) {
        try (var s = Files.walk(root.resolve(Integer.toString(pid)))) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void file(Path p, String text) {
        try {
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
