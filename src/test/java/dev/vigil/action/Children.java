package dev.vigil.action;

import dev.vigil.sample.Identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Child processes a live test spawns, and only those: {@link #close()} ends every one that is
 * still running (by its own Process handle, never by name).
 */
final class Children implements AutoCloseable {
    private final List<Process> spawned = new ArrayList<>();

    Process start(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        spawned.add(p);
        return p;
    }

    /** bash running {@code script} in an endless loop of short sleeps, after installing traps. */
    Process bashLoop(String traps) throws IOException {
        return start("bash", "-c", traps + "; while :; do sleep 0.1; done");
    }

    /**
     * As {@link #bashLoop}, with no signal blocked: a JVM's children inherit its blocked QUIT,
     * which bash never unblocks, so a QUIT trap would never run. perl (in every Debian) clears
     * the mask, then becomes bash (same PID).
     */
    Process bashLoopUnblocked(String traps) throws IOException {
        return start("perl", "-MPOSIX", "-e", "sigprocmask(SIG_SETMASK, POSIX::SigSet->new) or die; exec @ARGV or die",
                "bash", "-c", traps + "; while :; do sleep 0.1; done");
    }

    /** The identity of a child as a target, read from /proc now. */
    static Target target(Process p) {
        int pid = (int) p.pid();
        ProcFacts.Stat st = ProcFacts.stat(pid);
        if (st == null) throw new IllegalStateException("child " + pid + " is gone");
        int uid = ProcFacts.uid(pid);
        return new Target(new Identity(pid, st.startTicks()), uid, Users.name(uid), "child");
    }

    static char state(long pid) {
        ProcFacts.Stat st = ProcFacts.stat((int) pid);
        return st == null ? '-' : st.state();
    }

    static int nice(long pid) {
        return ProcFacts.stat((int) pid).nice();
    }

    /** Hex mask from a /proc/PID/status line such as "SigCgt:". */
    static long mask(long pid, String field) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith(field)) return Long.parseUnsignedLong(l.substring(field.length()).trim(), 16);
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    /** Waits until the signal's bit is set in the mask (the child's trap is installed). */
    static void awaitMask(long pid, String field, Signal s) {
        await(() -> (mask(pid, field) & (1L << (s.number() - 1))) != 0, "PID " + pid + " " + field + " " + s.name());
    }

    /** Polls up to 10 s (the machine may be busy); fails with the description otherwise. */
    static void await(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    @Override
    public void close() {
        for (Process p : spawned) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (Process p : spawned) {
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
