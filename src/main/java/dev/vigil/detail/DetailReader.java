package dev.vigil.detail;

import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcStat;
import dev.vigil.sample.Text;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Reads the whole {@link ProcessDetail} of one process, now. Checks the start time against the
 * {@link Identity} before and after reading, so a PID that was reused is reported as exited
 * rather than shown with a stranger's data. Any thread may call it; it keeps no state besides the
 * boot time and vigil's own namespace links, read once.
 */
public final class DetailReader {
    /** Open files listed at most (all are counted in fdCount). */
    public static final int MAX_FILES = 4096;
    /** Net tables in the order they are read; reading stops once every socket is found. */
    private static final String[] TABLES = {"unix", "tcp", "tcp6", "udp", "udp6"};

    private final ProcSource proc;
    private final Users users;
    private final LongSupplier clock;
    private long bootMillis = -1;
    /** vigil's own namespace links (name → target), read once: they do not change. */
    private volatile Map<String, String> ownNamespaces;

    public DetailReader(ProcSource proc, Users users, LongSupplier clockMillis) {
        this.proc = proc;
        this.users = users;
        this.clock = clockMillis;
    }

    /** Reader of this machine's /proc, /etc/passwd and wall clock. */
    public static DetailReader system() {
        return new DetailReader(ProcSource.system(), Users.system(), System::currentTimeMillis);
    }

    public DetailResult read(Identity id) {
        int pid = id.pid();
        ProcStat stat = stat(pid);
        if (stat == null || stat.startTicks() != id.startTicks()) return exited(id, stat);
        long now = clock.getAsLong();
        ProcStatus status;
        try {
            status = ProcStatus.parse(text(pid + "/status"));
        } catch (IOException e) {
            return exited(id, stat(pid));
        }
        Probe<List<String>> cmdline = probe(() -> Environ.split(proc.read(pid + "/cmdline")));
        Probe<String> exe = probe(() -> proc.readLink(pid + "/exe"));
        Probe<String> cwd = probe(() -> proc.readLink(pid + "/cwd"));
        Probe<String> wchan = probe(() -> {
            String w = text(pid + "/wchan").trim();
            return w.equals("0") ? "" : w;
        });
        Probe<List<String>> environ = probe(() -> Environ.split(proc.read(pid + "/environ")));
        Probe<List<String>> fdNames = probe(() -> proc.list(pid + "/fd"));
        Probe<Integer> fdCount = fdNames.map(List::size);
        Probe<List<OpenFile>> files = fdNames.ok() ? Probe.of(files(pid, fdNames.value()))
                : new Probe<>(null, fdNames.access());
        Probe<List<Limit>> limits = probe(() -> Limit.parseTable(text(pid + "/limits")));
        Probe<IoCounters> io = probe(() -> IoCounters.parse(text(pid + "/io")));
        Probe<Cgroup> cgroup = probe(() -> Cgroup.parse(text(pid + "/cgroup")));
        Probe<List<String>> namespaces = probe(() -> namespaces(pid));
        List<ParentChain.Ancestor> chain = ParentChain.walk(stat.ppid(), this::stat);

        ProcStat after = stat(pid);
        if (after == null || after.startTicks() != id.startTicks()) return exited(id, after);
        ProcStatus.Ids uid = status.uid();
        ProcStatus.Ids gid = status.gid();
        return new DetailResult.Found(new ProcessDetail(id, now, startMillis(stat.startTicks()),
                stat, status, users.user(uid.real()), users.user(uid.effective()),
                users.group(gid.real()), users.group(gid.effective()), cmdline, exe, cwd, wchan,
                environ, fdCount, files, limits, io, cgroup, namespaces, chain));
    }

    private static DetailResult exited(Identity id, ProcStat now) {
        String msg = now == null ? "process exited"
                : "process exited; PID " + id.pid() + " now belongs to another process";
        return new DetailResult.Exited(id, msg);
    }

    /** The stat of a PID, or null when it is gone or unreadable. */
    ProcStat stat(int pid) {
        try {
            return ProcStat.parse(proc.read(pid + "/stat"));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private List<OpenFile> files(int pid, List<String> names) {
        List<Integer> fds = new ArrayList<>();
        for (String n : names) {
            try {
                fds.add(Integer.parseInt(n));
            } catch (NumberFormatException e) {
                // not a descriptor
            }
        }
        fds.sort(Comparator.naturalOrder());
        if (fds.size() > MAX_FILES) fds = fds.subList(0, MAX_FILES);
        Map<Integer, String> targets = new HashMap<>();
        Set<Long> socketInodes = new HashSet<>();
        for (int fd : fds) {
            try {
                String t = proc.readLink(pid + "/fd/" + fd);
                targets.put(fd, t);
                long inode = OpenFile.socketInode(t);
                if (inode > 0) socketInodes.add(inode);
            } catch (IOException e) {
                // closed meanwhile
            }
        }
        Map<Long, Socket> byInode = socketInodes.isEmpty() ? Map.of() : sockets(pid, socketInodes);
        List<OpenFile> out = new ArrayList<>();
        for (int fd : fds) {
            String t = targets.get(fd);
            if (t != null) out.add(OpenFile.of(fd, t, byInode));
        }
        return out;
    }

    /**
     * The wanted sockets, by inode, from the net tables of the process's network namespace. The
     * tables are read in {@link #TABLES} order until every wanted inode is found: a kernel builds
     * each table on every read, and tcp6 on a busy host is large, so most reads stop early.
     */
    private Map<Long, Socket> sockets(int pid, Set<Long> wanted) {
        Map<Long, Socket> out = new HashMap<>();
        for (String p : TABLES) {
            String t = netTable(pid, p);
            if (t == null) continue;
            for (Socket s : p.equals("unix") ? NetTables.parseUnix(t) : NetTables.parseInet(t, p)) {
                if (wanted.contains(s.inode())) out.putIfAbsent(s.inode(), s);
            }
            if (out.size() == wanted.size()) break;
        }
        return out;
    }

    private String netTable(int pid, String name) {
        try {
            return text(pid + "/net/" + name);
        } catch (IOException e) {
            try {
                return text("net/" + name);
            } catch (IOException e2) {
                return null; // e.g. no IPv6 in this kernel
            }
        }
    }

    /** Names in /proc/PID/ns whose link differs from /proc/self/ns, sorted. */
    private List<String> namespaces(int pid) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> names = new ArrayList<>(proc.list(pid + "/ns"));
        names.sort(Comparator.naturalOrder());
        Map<String, String> own = ownNamespaces(names);
        for (String n : names) {
            String theirs = proc.readLink(pid + "/ns/" + n);
            if (!theirs.equals(own.get(n))) out.add(n);
        }
        return out;
    }

    private Map<String, String> ownNamespaces(List<String> names) {
        Map<String, String> own = ownNamespaces;
        if (own != null && own.keySet().containsAll(names)) return own;
        Map<String, String> read = new HashMap<>();
        for (String n : names) {
            try {
                read.put(n, proc.readLink("self/ns/" + n));
            } catch (IOException e) {
                // unknown: that namespace counts as differing
            }
        }
        if (read.size() == names.size()) ownNamespaces = Map.copyOf(read);
        return read;
    }

    private long startMillis(long startTicks) {
        if (bootMillis < 0) {
            try {
                for (String line : text("stat").split("\n")) {
                    if (line.startsWith("btime ")) bootMillis = Long.parseLong(line.substring(6).trim()) * 1000;
                }
            } catch (IOException | NumberFormatException e) {
                bootMillis = 0;
            }
            if (bootMillis < 0) bootMillis = 0;
        }
        return bootMillis + startTicks * 1000 / ProcStat.TICKS_PER_SECOND;
    }

    private String text(String path) throws IOException {
        return Text.decode(proc.read(path));
    }

    private interface IoCall<T> {
        T get() throws IOException;
    }

    private static <T> Probe<T> probe(IoCall<T> call) {
        try {
            return Probe.of(call.get());
        } catch (IOException e) {
            return denied(e) ? Probe.needsRoot() : Probe.unavailable();
        }
    }

    /** EACCES or EPERM, whether from open (AccessDeniedException) or from read (plain IOException). */
    static boolean denied(IOException e) {
        if (e instanceof AccessDeniedException) return true;
        String m = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return m != null && (m.contains("Permission denied") || m.contains("Operation not permitted"));
    }
}
