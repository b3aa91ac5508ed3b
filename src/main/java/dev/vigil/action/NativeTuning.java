package dev.vigil.action;

import jnr.ffi.Platform;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * CPU affinity ({@code sched_setaffinity}, from libc: jnr-posix 3.2.5 has none) and I/O priority
 * ({@code ioprio_set}/{@code ioprio_get}, raw syscalls: libc has no wrapper) for
 * {@link NativeKernel}, with the same identity check as signals: a pidfd opened first, the start
 * time compared, the change made, and an exit meanwhile noticed. Both calls act on one thread,
 * so every thread of the process is changed, as renice does.
 */
final class NativeTuning {
    private static final int IOPRIO_WHO_PROCESS = 1;

    private NativeTuning() {
    }

    /** ioprio_set and ioprio_get on this architecture; null where not known (then ENOSYS). */
    static long[] ioprioSyscalls() {
        Platform.CPU cpu = Platform.getNativePlatform().getCPU();
        if (cpu == Platform.CPU.X86_64) return new long[] {251, 252};
        if (cpu == Platform.CPU.AARCH64) return new long[] {30, 31};
        if (cpu == Platform.CPU.I386) return new long[] {289, 290};
        return null;
    }

    static Outcome setAffinity(NativeKernel k, Target t, CpuSet cpus) {
        NativeKernel.Loaded l = NativeKernel.load();
        if (l.libc() == null) return Outcome.failed(t, Errno.ENOSYS);
        ByteBuffer mask = cpus.mask();
        return onEveryThread(k, l, t, tid -> l.libc().sched_setaffinity(tid, mask.capacity(), mask));
    }

    static Outcome setIoPriority(NativeKernel k, Target t, IoPriority p) {
        NativeKernel.Loaded l = NativeKernel.load();
        long[] nr = ioprioSyscalls();
        if (l.libc() == null || nr == null) return Outcome.failed(t, Errno.ENOSYS);
        int value = p.encode();
        return onEveryThread(k, l, t, tid -> (int) l.libc().syscall(nr[0], IOPRIO_WHO_PROCESS, tid, value, 0));
    }

    /** The I/O priority of the process (its main thread), or null when gone or unreadable. */
    static IoPriority ioPriority(Target t) {
        NativeKernel.Loaded l = NativeKernel.load();
        long[] nr = ioprioSyscalls();
        if (l.libc() == null || nr == null) return null;
        if (NativeKernel.verify(t, ProcFacts.stat(t.pid())) != null) return null;
        long v = l.libc().syscall(nr[1], IOPRIO_WHO_PROCESS, t.pid(), 0, 0);
        return v < 0 ? null : IoPriority.decode((int) v);
    }

    /**
     * The call on the main thread after the identity check (its error is the outcome), then on
     * every other thread, listing again until no new thread shows (threads started meanwhile by
     * a thread not yet changed inherit the old value otherwise).
     */
    private static Outcome onEveryThread(NativeKernel k, NativeKernel.Loaded l, Target t, IntUnaryOperator call) {
        NativeKernel.LibC c = l.libc();
        NativeKernel.Method m = k.methodFor(l);
        int fd = m == NativeKernel.Method.PIDFD_OPEN ? NativeKernel.openHandle(c, m, t.pid()) : -1;
        if (fd < 0 && m == NativeKernel.Method.PIDFD_OPEN && l.runtime().getLastError() == Errno.ESRCH) {
            return NativeKernel.gone(t);
        }
        try {
            Outcome bad = NativeKernel.verify(t, ProcFacts.stat(t.pid()));
            if (bad != null) return bad;
            if (call.applyAsInt(t.pid()) != 0) {
                int e = l.runtime().getLastError();
                return e == Errno.EINVAL ? Outcome.failed(t, e) : NativeKernel.afterError(t, e);
            }
            Set<Integer> done = new HashSet<>();
            done.add(t.pid());
            for (int round = 0; round < 10; round++) {
                boolean fresh = false;
                for (int tid : ProcFacts.threads(t.pid())) {
                    if (done.add(tid)) {
                        fresh = true;
                        call.applyAsInt(tid); // a thread that just ended answers ESRCH: fine
                    }
                }
                if (!fresh) break;
            }
            if (fd >= 0 && NativeKernel.exited(c, fd)) return Outcome.of(t, Outcome.Kind.EXITED);
            return Outcome.done(t);
        } finally {
            if (fd >= 0) c.close(fd);
        }
    }
}
