package dev.vigil.action;

import jnr.ffi.LibraryLoader;
import jnr.ffi.Platform;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashSet;
import java.util.Set;

/**
 * Signals and renice through libc and raw syscalls (jnr-ffi), with the identity check that
 * makes them safe against PID reuse. The library loads on first use (about 0.4 s; call
 * {@link #warmUp()} early on a background thread to hide it).
 *
 * <p>Signals, best method first (chosen once, at load):
 * <ol>
 * <li>{@link Method#PIDFD_OPEN}: {@code pidfd_open(pid)}, then read /proc/PID/stat and compare
 *     the start time, then {@code pidfd_send_signal}. The pidfd pins the process it was opened
 *     on, and a process whose start time predates the pidfd and holds the PID now has held it
 *     all along, so the signal reaches exactly the captured process, with no race.</li>
 * <li>{@link Method#PROC_DIRFD}: the same with an fd on the /proc/PID directory, which
 *     {@code pidfd_send_signal} accepts on Linux 5.1 and 5.2.</li>
 * <li>{@link Method#KILL_RECHECK}: re-read the start time immediately before {@code kill()};
 *     a reuse in the microseconds between is still possible.</li>
 * </ol>
 * Renice: {@code setpriority} on every thread after the same check, with a pidfd held open
 * across it (method 1) so an exit in the middle is noticed.
 */
public final class NativeKernel implements Kernel {
    /** The libc functions used; bound with fixed arity (fine for syscall() on x86_64 and aarch64). */
    public interface LibC {
        long syscall(long number, long a1, long a2, long a3, long a4);

        int open(String path, int flags);

        int close(int fd);

        int kill(int pid, int signal);

        int setpriority(int which, int who, int prio);

        int poll(ByteBuffer fds, long count, int timeoutMillis);

        int prlimit64(int pid, int resource, ByteBuffer newLimit, ByteBuffer oldLimit);

        int sched_setaffinity(int pid, long size, ByteBuffer mask);
    }

    /** How a signal is delivered. */
    public enum Method {
        PIDFD_OPEN("pidfd_open and pidfd_send_signal (Linux 5.3 or later)"),
        PROC_DIRFD("/proc/PID fd and pidfd_send_signal (Linux 5.1, 5.2)"),
        KILL_RECHECK("kill() right after re-checking the start time (Linux before 5.1)");

        public final String words;

        Method(String words) {
            this.words = words;
        }
    }

    // The same numbers on x86_64, aarch64 and every other architecture since Linux 5.1 (Alpha aside).
    static final int SYS_PIDFD_SEND_SIGNAL = 424;
    static final int SYS_PIDFD_OPEN = 434;
    private static final int O_RDONLY_CLOEXEC = 02000000;
    private static final int PRIO_PROCESS = 0;
    private static final short POLLIN = 1;
    private static final short POLLHUP = 16;

    private static volatile Loaded loaded;

    record Loaded(LibC libc, jnr.ffi.Runtime runtime, Method method, String error) {
    }

    private final Method forced;

    /** Picks the best method this kernel offers. */
    public NativeKernel() {
        this(null);
    }

    /** Uses {@code method} (tests); null picks the best available. */
    public NativeKernel(Method method) {
        this.forced = method;
    }

    /** Loads the native library now (blocking, about 0.4 s the first time). Safe to call twice. */
    public static void warmUp() {
        load();
    }

    static Loaded load() {
        Loaded l = loaded;
        if (l != null) return l;
        synchronized (NativeKernel.class) {
            if (loaded == null) loaded = loadNow();
            return loaded;
        }
    }

    private static Loaded loadNow() {
        try {
            LibC c = LibraryLoader.create(LibC.class).load(Platform.getNativePlatform().getStandardCLibraryName());
            jnr.ffi.Runtime rt = jnr.ffi.Runtime.getRuntime(c);
            long fd = c.syscall(SYS_PIDFD_OPEN, ProcessHandle.current().pid(), 0, 0, 0);
            Method m;
            if (fd >= 0) {
                c.close((int) fd);
                m = Method.PIDFD_OPEN;
            } else {
                // Without pidfd_open: is pidfd_send_signal there? It answers EBADF for fd -1.
                long r = c.syscall(SYS_PIDFD_SEND_SIGNAL, -1, 0, 0, 0);
                m = r < 0 && rt.getLastError() == Errno.EBADF ? Method.PROC_DIRFD : Method.KILL_RECHECK;
            }
            return new Loaded(c, rt, m, null);
        } catch (LinkageError | RuntimeException e) {
            return new Loaded(null, null, Method.KILL_RECHECK, "native library unavailable: " + e.getMessage());
        }
    }

    @Override
    public String method() {
        Loaded l = load();
        return l.error != null ? l.error : (forced != null ? forced : l.method).words;
    }

    Method methodFor(Loaded l) {
        return forced != null ? forced : l.method;
    }

    @Override
    public Outcome signal(Target t, Signal signal) {
        Loaded l = load();
        if (l.libc == null) return Outcome.failed(t, Errno.ENOSYS);
        LibC c = l.libc;
        Method m = methodFor(l);
        int fd = m == Method.KILL_RECHECK ? -1 : openHandle(c, m, t.pid());
        if (fd < 0 && m != Method.KILL_RECHECK) {
            int e = l.runtime.getLastError();
            // EINVAL: a thread id, which pidfds only accept from Linux 6.9; fall back to kill().
            if (e != Errno.EINVAL) return e == Errno.ESRCH || e == Errno.ENOENT ? gone(t) : failed(t, e);
        }
        try {
            Outcome bad = verify(t, ProcFacts.stat(t.pid()));
            if (bad != null) return bad;
            long r = fd >= 0 ? c.syscall(SYS_PIDFD_SEND_SIGNAL, fd, signal.number(), 0, 0)
                    : c.kill(t.pid(), signal.number());
            return r == 0 ? Outcome.done(t) : afterError(t, l.runtime.getLastError());
        } finally {
            if (fd >= 0) c.close(fd);
        }
    }

    @Override
    public Outcome renice(Target t, NiceChange change) {
        Loaded l = load();
        if (l.libc == null) return Outcome.failed(t, Errno.ENOSYS);
        LibC c = l.libc;
        Method m = methodFor(l);
        int fd = m == Method.PIDFD_OPEN ? openHandle(c, m, t.pid()) : -1;
        if (fd < 0 && m == Method.PIDFD_OPEN) {
            int e = l.runtime.getLastError();
            if (e == Errno.ESRCH) return gone(t);
        }
        try {
            ProcFacts.Stat st = ProcFacts.stat(t.pid());
            Outcome bad = verify(t, st);
            if (bad != null) return bad;
            int old = st.nice();
            int want = change.apply(old);
            if (want == old) return Outcome.of(t, Outcome.Kind.UNCHANGED).withNice(old, want);
            if (c.setpriority(PRIO_PROCESS, t.pid(), want) != 0) {
                return afterError(t, l.runtime.getLastError()).withNice(old, want);
            }
            reniceOtherThreads(c, t.pid(), want);
            if (fd >= 0 && exited(c, fd)) return Outcome.of(t, Outcome.Kind.EXITED).withNice(old, want);
            return Outcome.done(t).withNice(old, want);
        } finally {
            if (fd >= 0) c.close(fd);
        }
    }

    @Override
    public LimitOutcome setLimit(Target t, LimitChange change) {
        Loaded l = load();
        if (l.libc == null) return LimitOutcome.of(Outcome.failed(t, Errno.ENOSYS), change);
        LibC c = l.libc;
        Method m = methodFor(l);
        int fd = m == Method.PIDFD_OPEN ? openHandle(c, m, t.pid()) : -1;
        if (fd < 0 && m == Method.PIDFD_OPEN && l.runtime.getLastError() == Errno.ESRCH) return LimitOutcome.of(gone(t), change);
        try {
            Outcome bad = verify(t, ProcFacts.stat(t.pid()));
            if (bad != null) return LimitOutcome.of(bad, change);
            int res = change.resource().number;
            ByteBuffer old = ByteBuffer.allocateDirect(16).order(ByteOrder.nativeOrder());
            // Reading another user's limits is refused (EPERM) as setting them would be: say whose.
            if (c.prlimit64(t.pid(), res, null, old) != 0) return LimitOutcome.of(afterError(t, l.runtime.getLastError()), change);
            long oldSoft = old.getLong(0);
            long oldHard = old.getLong(8); // RLIM64_INFINITY is all ones: -1, Rlimit.UNLIMITED
            long soft = change.softFrom(oldSoft);
            long hard = change.hardFrom(oldHard);
            if (soft == oldSoft && hard == oldHard) {
                return new LimitOutcome(Outcome.of(t, Outcome.Kind.UNCHANGED), change, oldSoft, oldHard, soft, hard);
            }
            ByteBuffer want = ByteBuffer.allocateDirect(16).order(ByteOrder.nativeOrder());
            want.putLong(0, soft).putLong(8, hard);
            Outcome o;
            if (c.prlimit64(t.pid(), res, want, null) != 0) {
                int e = l.runtime.getLastError();
                // Here EPERM is about the value (a higher hard limit), not the owner: no owner named.
                o = e == Errno.EPERM ? Outcome.failed(t, e) : afterError(t, e);
            } else {
                o = fd >= 0 && exited(c, fd) ? Outcome.of(t, Outcome.Kind.EXITED) : Outcome.done(t);
            }
            return new LimitOutcome(o, change, oldSoft, oldHard, soft, hard);
        } finally {
            if (fd >= 0) c.close(fd);
        }
    }

    @Override
    public Outcome setAffinity(Target t, CpuSet cpus) {
        return NativeTuning.setAffinity(this, t, cpus);
    }

    @Override
    public Outcome setIoPriority(Target t, IoPriority priority) {
        return NativeTuning.setIoPriority(this, t, priority);
    }

    @Override
    public IoPriority ioPriority(Target t) {
        return NativeTuning.ioPriority(t);
    }

    /**
     * On Linux setpriority(PRIO_PROCESS) changes one thread, so set every other thread too.
     * Threads started meanwhile by a thread not yet changed would keep the old nice, so list
     * again until a listing shows no new thread: from then on every thread that can start one
     * has the new value, which new threads inherit.
     */
    private static void reniceOtherThreads(LibC c, int pid, int nice) {
        Set<Integer> done = new HashSet<>();
        done.add(pid);
        for (int round = 0; round < 10; round++) {
            boolean fresh = false;
            for (int tid : ProcFacts.threads(pid)) {
                if (done.add(tid)) {
                    fresh = true;
                    c.setpriority(PRIO_PROCESS, tid, nice); // a thread that just ended answers ESRCH: fine
                }
            }
            if (!fresh) return;
        }
    }

    static int openHandle(LibC c, Method m, int pid) {
        if (m == Method.PIDFD_OPEN) return (int) c.syscall(SYS_PIDFD_OPEN, pid, 0, 0, 0);
        return c.open("/proc/" + pid, O_RDONLY_CLOEXEC);
    }

    /** Null when the stat still shows the captured process alive; else why nothing is done. */
    static Outcome verify(Target t, ProcFacts.Stat st) {
        if (st == null) return Outcome.of(t, Outcome.Kind.EXITED);
        if (st.startTicks() != t.id().startTicks()) return Outcome.of(t, Outcome.Kind.REUSED);
        if (st.ended()) return Outcome.of(t, Outcome.Kind.ZOMBIE);
        return null;
    }

    static Outcome gone(Target t) {
        Outcome o = verify(t, ProcFacts.stat(t.pid()));
        return o != null ? o : Outcome.of(t, Outcome.Kind.EXITED);
    }

    static Outcome afterError(Target t, int errno) {
        return errno == Errno.ESRCH ? gone(t) : failed(t, errno);
    }

    static Outcome failed(Target t, int errno) {
        Outcome o = Outcome.failed(t, errno);
        if (errno != Errno.EPERM) return o;
        int uid = ProcFacts.uid(t.pid());
        return o.withOwner(uid >= 0 ? Users.name(uid) : t.user());
    }

    /** True when the pidfd reports its process has exited (readable). */
    static boolean exited(LibC c, int pidfd) {
        ByteBuffer b = ByteBuffer.allocateDirect(8).order(ByteOrder.nativeOrder());
        b.putInt(0, pidfd).putShort(4, POLLIN).putShort(6, (short) 0);
        return c.poll(b, 1, 0) > 0 && (b.getShort(6) & (POLLIN | POLLHUP)) != 0;
    }
}
