package dev.vigil.detail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The file locks a process holds or waits for, from /proc/locks (the one parser of that file),
 * as htop's {@code x} shows them without lsof: each lock's file is found among the process's
 * open files by device and inode. OFD locks belong to an open file, not a PID (the kernel
 * shows -1): they are listed when the process has that file open.
 */
public final class FileLocks {
    /**
     * One line of /proc/locks.
     *
     * @param id      the kernel's number for the lock
     * @param blocked true for a "->" line: waiting for the lock above it
     * @param type    POSIX, FLOCK, OFDLCK, LEASE, DELEG…
     * @param mode    ADVISORY, MANDATORY, ACTIVE, BREAKING…
     * @param access  READ, WRITE, RW, NONE…
     * @param pid     the owner, -1 for OFD locks
     * @param major   device major
     * @param minor   device minor
     * @param inode   the file's inode
     * @param start   first byte locked
     * @param end     last byte locked, or EOF
     * @param file    the file's path when found among the process's open files, else null
     */
    public record Lock(int id, boolean blocked, String type, String mode, String access, int pid,
                       int major, int minor, long inode, String start, String end, String file) {
        Lock withFile(String f) {
            return new Lock(id, blocked, type, mode, access, pid, major, minor, inode, start, end, f);
        }

        /** The path, or "device 08:01 inode 1234" when it was not found. */
        public String where() {
            return file != null ? file : String.format("device %02x:%02x inode %d", major, minor, inode);
        }
    }

    private FileLocks() {
    }

    /** Parses the text of /proc/locks; lines it cannot read are skipped. */
    public static List<Lock> parse(String text) {
        List<Lock> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            Lock l = parseLine(line);
            if (l != null) out.add(l);
        }
        return out;
    }

    static Lock parseLine(String line) {
        String[] f = line.trim().split("\\s+");
        try {
            int i = 0;
            if (f.length < 8 || !f[i].endsWith(":")) return null;
            int id = Integer.parseInt(f[i++].substring(0, f[0].length() - 1));
            boolean blocked = f[i].equals("->");
            if (blocked) i++;
            if (f.length < i + 7) return null;
            String type = f[i++];
            String mode = f[i++];
            String access = f[i++];
            int pid = Integer.parseInt(f[i++]);
            String[] dev = f[i++].split(":");
            if (dev.length != 3) return null;
            return new Lock(id, blocked, type, mode, access, pid, Integer.parseInt(dev[0], 16),
                    Integer.parseInt(dev[1], 16), Long.parseLong(dev[2]), f[i++], f[i], null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The locks of the process now, with their files; empty when it has none or is gone. */
    public static List<Lock> of(int pid) {
        String text;
        try {
            text = Files.readString(Path.of("/proc/locks"), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return List.of();
        }
        return forProcess(parse(text), pid, openFiles(Path.of("/proc", Integer.toString(pid), "fd")));
    }

    /** Locks of this PID (and OFD locks on files it has open), each with its file from the map. */
    static List<Lock> forProcess(List<Lock> all, int pid, Map<String, String> filesByDevInode) {
        List<Lock> out = new ArrayList<>();
        for (Lock l : all) {
            String file = filesByDevInode.get(key(l.major(), l.minor(), l.inode()));
            if (l.pid() == pid || (l.pid() == -1 && file != null)) out.add(l.withFile(file));
        }
        return out;
    }

    static String key(int major, int minor, long inode) {
        return major + ":" + minor + ":" + inode;
    }

    /** "major:minor:inode" → path of each open file (stat of the fd's target). */
    static Map<String, String> openFiles(Path fdDir) {
        Map<String, String> out = new HashMap<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(fdDir)) {
            for (Path fd : dir) {
                try {
                    Object ino = Files.getAttribute(fd, "unix:ino");
                    long dev = ((Number) Files.getAttribute(fd, "unix:dev")).longValue();
                    String target = Files.readSymbolicLink(fd).toString();
                    out.putIfAbsent(key(major(dev), minor(dev), ((Number) ino).longValue()), target);
                } catch (IOException | RuntimeException e) {
                    // closed meanwhile, or not a file: skip
                }
            }
        } catch (IOException | RuntimeException e) {
            return out;
        }
        return out;
    }

    /** glibc's gnu_dev_major of st_dev. */
    static int major(long dev) {
        return (int) (((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL));
    }

    static int minor(long dev) {
        return (int) ((dev & 0xff) | ((dev >>> 12) & ~0xffL));
    }
}
