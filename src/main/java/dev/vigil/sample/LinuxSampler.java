package dev.vigil.sample;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The Linux process source: an incremental /proc reader written for cost. Every refresh reads
 * /proc/PID/stat and /proc/PID/statm (RES as ps and htop have it: stat's rss field is an
 * approximation) for each process and asks for the owner of /proc/PID (the effective uid);
 * /proc/PID/status (uids) and /proc/PID/cmdline only for a process not seen before (keyed on PID
 * + start time, so a reused PID is new), one that exec'd, or one whose owner changed (see
 * {@link ChangeWatch}). /etc/passwd is re-read only when it changes. Buffers are reused; the
 * Strings of a process are made once per program. A process that vanishes mid-read is left out
 * of that snapshot.
 * <p>
 * A single-threaded process that did not run since its last full read (its /proc/PID/schedstat
 * unchanged, see {@link RunProbe}) is not read again: its last sample stands, with 0 % CPU. What
 * can change while it sleeps is read in full every {@link #FULL_EVERY} refreshes, when its parent
 * went away (reparenting), and at every refresh after {@link #readInFullNext()}.
 */
public final class LinuxSampler implements Sampler {
    static final int CLOCK_TICKS = 100; // USER_HZ: what /proc reports times in on every Linux
    /** The exporter's status and fd count are read every this many refreshes (15 s at serve's 5 s). */
    static final int SLOW_EVERY = 3;
    /**
     * A process that did not run is read in full (RES, nice, state, parent) at least every this
     * many refreshes, each at its own turn.
     */
    static final int FULL_EVERY = 5;

    private final String root;
    private final ProcFile f = new ProcFile();
    private final StatLine st = new StatLine();
    private final SystemReader system;
    private final Passwd passwd;
    private final ProcDetails details;
    private final ChangeWatch watch;
    private final ExtraReader extraReader;
    private final RunProbe probe = new RunProbe(f);
    private final Map<Integer, ProcEntry> entries = new HashMap<>(1024);
    private final long pageSize;
    private volatile boolean includeThreads;
    private volatile boolean includeIo = true;
    private volatile boolean includeExtra;
    private volatile java.util.Set<ProcRead> optionalReads = java.util.Set.of();
    private final OptionalReader optional;
    private final PressureReader pressure;
    private volatile boolean inFullNext;
    private long lastMemTotal;
    private boolean rested;     // whether the last readOne reused the process's last sample
    private boolean ran;        // whether the process read in full ran since the probe before
    private java.util.Set<ProcRead> lastReads = java.util.Set.of();
    private long refresh;
    private long lastNanos;
    private long sequence;
    private final int fileBudget;
    private final boolean ownNamespace;
    private int[] knownPids;   // the processes read at the last refresh, ascending
    private long listedAtPid = -1;
    private int openFiles;
    private java.util.function.LongSupplier nanos = System::nanoTime;

    public LinuxSampler() {
        this(new File("/proc"), new File("/etc/passwd"));
    }

    /** A sampler over another /proc tree and passwd file (tests use literal fake trees). */
    public LinuxSampler(File procRoot, File passwdFile) {
        this.root = procRoot.getPath();
        this.system = new SystemReader(root, f);
        this.passwd = new Passwd(passwdFile);
        this.details = new ProcDetails(f);
        this.watch = new ChangeWatch(f, st, details, passwd);
        this.extraReader = new ExtraReader(f, root);
        this.optional = new OptionalReader(f, extraReader);
        this.pressure = new PressureReader(root, f);
        this.pageSize = PageSize.of(root, f);
        this.fileBudget = FileBudget.of(root, f);
        this.ownNamespace = selfIsThisProcess(procRoot);
    }

    @Override
    public void setIncludeThreads(boolean include) {
        includeThreads = include;
    }

    @Override
    public void setIncludeIo(boolean include) {
        includeIo = include;
    }

    @Override
    public void setIncludeExtra(boolean include) {
        includeExtra = include;
    }

    @Override
    public void setOptionalReads(java.util.Set<ProcRead> reads) {
        optionalReads = java.util.Set.copyOf(reads);
    }

    @Override
    public void readInFullNext() {
        inFullNext = true;
    }

    @Override
    public Snapshot sample() {
        long t0 = nanos.getAsLong();
        long wall = System.currentTimeMillis();
        double seconds = lastNanos == 0 ? 0 : (t0 - lastNanos) / 1e9;
        lastNanos = t0;
        refresh++;
        passwd.refresh();
        system.readMemory();
        system.readLoad();
        long boot = system.bootMillis != 0 ? system.bootMillis : system.readBootMillis();
        boolean threadsToo = includeThreads;
        boolean io = includeIo;
        boolean extra = includeExtra;
        java.util.Set<ProcRead> wanted = optionalReads;
        optional.want(wanted);
        // The exporter's counters move while a process sleeps (its fd count), and a new passwd,
        // memory size or set of optional files changes what every sample shows: then every
        // process is read in full.
        boolean rest = !extra && !passwd.changed() && system.memTotalBytes == lastMemTotal && !inFullNext
                && wanted.equals(lastReads);
        inFullNext = false;
        lastMemTotal = system.memTotalBytes;
        lastReads = wanted;

        int[] pids = processIds();
        List<ProcessSample> out = new ArrayList<>(pids.length);
        int restedCount = 0;
        int[] restedAt = new int[64];
        for (int pid : pids) {
            ProcessSample p = readOne(pid, pid, boot, seconds, io, extra, 0, 0, rest);
            if (p == null) continue;
            if (rested) {
                if (restedCount == restedAt.length) restedAt = java.util.Arrays.copyOf(restedAt, restedCount * 2);
                restedAt[restedCount++] = out.size();
            }
            out.add(p);
            if (threadsToo && p.threads() > 1 && !p.kernelThread()) readThreads(p, boot, seconds, io, out);
        }
        // all of them, also those that did not read this time: a listing would have them too
        knownPids = pids;
        if (restedCount > 0) reparented(out, restedAt, restedCount, boot, seconds, io);
        int tasks = 0, threads = 0, kernelThreads = 0;
        for (ProcessSample p : out) {
            if (p.isThread()) continue;
            if (p.kernelThread()) {
                kernelThreads++;
            } else {
                tasks++;
                threads += Math.max(0, p.threads() - 1);
            }
        }
        dropUnseen();
        SystemSample sys = system.read(tasks, threads, kernelThreads);
        Pressure psi = pressure.read();
        if (psi != null) sys = sys.withPressure(psi);
        long micros = (nanos.getAsLong() - t0) / 1000;
        return new Snapshot(++sequence, wall, seconds == 0 ? 0 : Math.round(seconds * 1000), sys, out, micros);
    }

    /**
     * The PIDs to read, in ascending order: those listed in /proc, or, when the kernel has given
     * out no PID since the last listing (the last PID in /proc/loadavg is the same), the
     * PIDs of then: a process that appeared since would have taken a new PID, and one that went
     * away is found gone when it is read. Listing /proc costs the kernel a directory
     * entry per process (a sixth of the sampler at +1000 sleepers). The shortcut is taken only
     * where /proc shows this JVM's own PID namespace (its self is this process).
     */
    private int[] processIds() {
        long last = system.lastPid;
        if (ownNamespace && knownPids != null && last >= 0 && last == listedAtPid) return knownPids;
        String[] names = new File(root).list();
        listedAtPid = last;
        if (names == null) return new int[0];
        int[] pids = new int[names.length];
        int n = 0;
        for (String name : names) {
            int pid = parsePid(name);
            if (pid > 0) pids[n++] = pid;
        }
        pids = java.util.Arrays.copyOf(pids, n);
        java.util.Arrays.sort(pids); // /proc lists in PID order already; the shortcut keeps it
        return pids;
    }

    /**
     * A process whose last sample was reused still names the parent it had then; when that parent
     * is gone, a zombie, or its PID now names another process, it was given a new parent without
     * running (reparenting): it is read again in full.
     */
    private void reparented(List<ProcessSample> out, int[] at, int count, long boot, double seconds, boolean io) {
        boolean dropped = false;
        for (int i = 0; i < count; i++) {
            ProcessSample p = out.get(at[i]);
            if (p.ppid() <= 0) continue;
            ProcEntry parent = entries.get(p.ppid());
            if (parent != null && parent.seen == refresh && parent.born != refresh && parent.last != null
                    && parent.last.state() != 'Z' && parent.last.state() != 'X') continue;
            ProcessSample again = readOne(p.pid(), p.pid(), boot, seconds, io, false, 0, 0, false);
            out.set(at[i], again);
            dropped |= again == null;
        }
        if (dropped) out.removeIf(java.util.Objects::isNull);
    }

    private void readThreads(ProcessSample p, long boot, double seconds, boolean io, List<ProcessSample> out) {
        String[] tids = new File(root + "/" + p.pid() + "/task").list();
        if (tids == null) return;
        for (String n : tids) {
            int tid = parsePid(n);
            if (tid <= 0 || tid == p.pid()) continue;
            ProcessSample t = readOne(tid, p.pid(), boot, seconds, io, false, p.rssBytes(), p.attrs().shrBytes(), false);
            if (t != null) out.add(t);
        }
    }

    /**
     * One process or thread (whose RES is its process's, given); null when it vanished or its
     * stat does not parse.
     */
    private ProcessSample readOne(int pid, int tgid, long boot, double seconds, boolean io, boolean extra,
                                  long processRss, long processShr, boolean rest) {
        ProcEntry e = entries.get(pid);
        rested = false;
        ran = true;
        if (e != null && e.tgid == tgid && tgid == pid && probed(e)) {
            ran = false;
            if (rest && refresh - e.fullAt < FULL_EVERY && !(io && !e.ioUnreadable && e.ioRead < 0)) {
                e.seen = refresh;
                rested = true;
                return resting(e, io);
            }
        }
        if (e != null && (e.tgid != tgid || !readStat(e) || st.startTicks != e.startTicks)) {
            forget(e); // exited (its kept file answers ESRCH), or the PID now names another process
            e = null;
        }
        if (e == null) {
            String path = pid == tgid ? root + "/" + pid + "/stat" : root + "/" + tgid + "/task/" + pid + "/stat";
            java.io.RandomAccessFile file = openFiles < fileBudget ? ProcFile.open(path) : null;
            boolean read = file != null ? f.read(file) : f.read(path);
            if (!read || !st.parse(f)) {
                ProcFile.close(file);
                return null;
            }
            e = new ProcEntry(root, pid, tgid, st.startTicks);
            e.born = refresh;
            if (file != null) {
                e.statFile = file;
                openFiles++;
            }
            entries.put(pid, e);
        }
        // New process, exec or new owner: name, command line and uids are read again. (This
        // reuses the file buffer; every stat field needed below is already in st.)
        if (!watch.update(e, ran)) {
            forget(e);
            return null;
        }
        e.seen = refresh;
        long ticks = st.utime + st.stime;
        double cpu = e.cpuTicks < 0 || seconds <= 0 ? 0 : Math.max(0, ticks - e.cpuTicks) * 100.0 / CLOCK_TICKS / seconds;
        e.cpuTicks = ticks;
        double ioRead = Double.NaN, ioWrite = Double.NaN;
        if (io && !e.ioUnreadable && tgid == pid) {
            if (readIo(e) && details.parseIo()) {
                if (e.ioRead >= 0 && seconds > 0) {
                    ioRead = Math.max(0, details.readBytes - e.ioRead) / seconds;
                    ioWrite = Math.max(0, details.writeBytes - e.ioWrite) / seconds;
                } else {
                    ioRead = 0;
                    ioWrite = 0;
                }
                e.ioRead = details.readBytes;
                e.ioWrite = details.writeBytes;
            } else {
                e.ioUnreadable = true; // another user's process: not asked again
                e.ioRead = -1;
            }
        } else if (!io && e.ioFile != null) {
            ProcFile.close(e.ioFile);
            e.ioFile = null;
            openFiles--;
            e.ioRead = -1;
        }
        long rss = tgid != pid ? processRss : residentBytes(e);
        long shr = tgid != pid ? processShr : sharedBytes();
        long memTotal = system.memTotalBytes;
        char state = st.state;
        int ppid = st.ppid, nice = st.nice, priority = st.priority, threadCount = st.threads;
        long vsize = st.vsizeBytes, startTicks = st.startTicks;
        boolean kernel = st.kernelThread();
        int pgrp = st.pgrp, session = st.session, ttyNr = st.ttyNr, processor = st.processor;
        ProcessExtra x = extra && tgid == pid ? extra(e, io) : null; // reuses the buffer and st
        ProcessAttrs attrs = optional.attrs(e, pgrp, session, ttyNr, processor, shr); // idem
        ProcessSample p = new ProcessSample(pid, tgid, ppid, e.uid, e.user, state, nice, priority,
                threadCount, rss, vsize, cpu, memTotal > 0 ? 100.0 * rss / memTotal : 0,
                (double) ticks / CLOCK_TICKS, startTicks, boot + startTicks * 1000 / CLOCK_TICKS,
                e.name, e.command, ioRead, ioWrite, kernel, e.realUid, x, attrs);
        // the first full read is dated back by a share of FULL_EVERY, so that the processes
        // found together at start are not all read in full again at the same refresh
        e.fullAt = e.last == null ? refresh - Math.floorMod(pid, FULL_EVERY) : refresh;
        e.last = p;
        return p;
    }

    /** SHR from the statm that {@link #residentBytes} just read; -1 where it read none. */
    private long sharedBytes() {
        return details.sharedPages < 0 ? -1 : details.sharedPages * pageSize;
    }

    /**
     * Reads the run probe of a known single-threaded process that was not running at its last
     * full read; true when it shows the process has not run since the probe before. The probe
     * is read before the stat that follows it, so a run in between shows at the next probe.
     */
    private boolean probed(ProcEntry e) {
        ProcessSample last = e.last;
        if (last == null || last.threads() != 1 || last.state() == 'R') return false;
        if (e.schedstatFile == null) {
            if (openFiles >= fileBudget) return false; // by path, a reused PID could answer
            e.schedstatFile = ProcFile.open(e.dir() + "/schedstat");
            if (e.schedstatFile == null) return false;
            openFiles++;
        }
        if (!probe.read(e.schedstatFile)) return false; // gone (the stat read tells), or no schedstat
        boolean still = probe.runNanos == e.runNanos && probe.runCount == e.runCount;
        e.runNanos = probe.runNanos;
        e.runCount = probe.runCount;
        return still;
    }

    /** The last sample of a process that did not run: no CPU used, no I/O done. */
    private ProcessSample resting(ProcEntry e, boolean io) {
        if (!io && e.ioFile != null) {
            ProcFile.close(e.ioFile);
            e.ioFile = null;
            openFiles--;
            e.ioRead = -1;
        }
        double rate = io && !e.ioUnreadable ? 0 : Double.NaN;
        ProcessSample last = e.last;
        if (last.cpuPercent() == 0 && Double.compare(last.ioReadBytesPerSec(), rate) == 0
                && Double.compare(last.ioWriteBytesPerSec(), rate) == 0) return last;
        return e.last = last.resting(rate);
    }

    /** RES from statm, as ps and htop read it; stat's own (approximate) value where statm is empty. */
    private long residentBytes(ProcEntry e) {
        details.sharedPages = -1;
        if (st.kernelThread() || st.state == 'Z' || st.state == 'X') return st.rssPages * pageSize;
        if (e.statmFile == null && openFiles < fileBudget) {
            e.statmFile = ProcFile.open(e.dir() + "/statm");
            if (e.statmFile != null) openFiles++;
        }
        boolean read = e.statmFile != null ? f.read(e.statmFile) : f.read(e.dir() + "/statm");
        long pages = read ? details.parseResidentPages() : -1;
        return (pages >= 0 ? pages : st.rssPages) * pageSize;
    }

    /** The exporter's counters for a process whose stat was just parsed into st. */
    private ProcessExtra extra(ProcEntry e, boolean io) {
        double user = (double) st.utime / CLOCK_TICKS, system = (double) st.stime / CLOCK_TICKS;
        long minor = st.minorFaults, major = st.majorFaults;
        String dir = e.extraRead && e.slowRead >= 0 && refresh - e.slowRead < SLOW_EVERY ? null : e.dir();
        if (!e.extraRead) {
            e.maxFds = extraReader.maxFds(dir);
            e.exe = st.kernelThread() ? null : ExtraReader.exe(dir);
            e.cgroup = extraReader.cgroup(dir);
            e.extraRead = true;
        }
        if (e.slowRead < 0 || refresh - e.slowRead >= SLOW_EVERY) {
            // status and the fd count cost the kernel several times what stat does: each
            // process's are read at its first sample, then every SLOW_EVERY-th refresh.
            boolean status = extraReader.status(dir);
            e.voluntary = status ? extraReader.voluntary : -1;
            e.involuntary = status ? extraReader.involuntary : -1;
            e.swapBytes = status ? extraReader.swapBytes : -1;
            e.openFds = extraReader.openFds(dir);
            e.slowRead = refresh;
        }
        long readBytes = io && !e.ioUnreadable ? e.ioRead : -1;
        long writeBytes = io && !e.ioUnreadable ? e.ioWrite : -1;
        return new ProcessExtra(user, system, minor, major, readBytes, writeBytes, e.openFds, e.maxFds,
                e.voluntary, e.involuntary, e.swapBytes, e.exe, e.cgroup);
    }

    /** Reads and parses the stat of a known process, through its kept file when it has one. */
    private boolean readStat(ProcEntry e) {
        boolean read = e.statFile != null ? f.read(e.statFile) : f.read(e.statPath);
        return read && st.parse(f);
    }

    private boolean readIo(ProcEntry e) {
        if (e.ioFile == null && openFiles < fileBudget) {
            e.ioFile = ProcFile.open(e.dir() + "/io");
            if (e.ioFile != null) openFiles++;
        }
        return e.ioFile != null ? f.read(e.ioFile) : f.read(e.dir() + "/io");
    }

    private void forget(ProcEntry e) {
        openFiles -= e.closeFiles();
        entries.remove(e.pid);
    }

    private void dropUnseen() {
        for (Iterator<ProcEntry> it = entries.values().iterator(); it.hasNext(); ) {
            ProcEntry e = it.next();
            if (e.seen != refresh) {
                openFiles -= e.closeFiles();
                it.remove();
            }
        }
    }

    @Override
    public void close() {
        for (ProcEntry e : entries.values()) e.closeFiles();
        entries.clear();
        openFiles = 0;
        system.close();
        pressure.close();
    }

    private static boolean selfIsThisProcess(File procRoot) {
        try {
            return new File(procRoot, "self").getCanonicalFile().getName()
                    .equals(Long.toString(ProcessHandle.current().pid()));
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }

    /** The PID a /proc directory name stands for, or -1 for other names. */
    static int parsePid(String name) {
        int n = name.length();
        if (n == 0 || n > 9) return -1;
        int v = 0;
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Tests drive time: rates are measured over this clock's nanoseconds. */
    void setClock(java.util.function.LongSupplier clock) {
        nanos = clock;
    }

    /** How many /proc files are kept open between refreshes (tests check they are closed). */
    int openFiles() {
        return openFiles;
    }

    /** How many processes the sampler currently remembers (tests check it does not grow). */
    int remembered() {
        return entries.size();
    }
}
