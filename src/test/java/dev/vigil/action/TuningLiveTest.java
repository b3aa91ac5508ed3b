package dev.vigil.action;

import dev.vigil.sample.Identity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.vigil.action.Children.await;
import static dev.vigil.action.Children.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CPU affinity and I/O priority on real children this test spawns (never anything else),
 * checked in /proc, with taskset and ionice.
 */
class TuningLiveTest {
    private final Children children = new Children();
    private final Actions a = new Actions(new NativeKernel(), new ActionLog(null, 10), false,
            Confirmation.Context.current(), 5000, System::currentTimeMillis);

    @AfterEach
    void endChildren() {
        children.close();
    }

    private static Targets one(Target t) {
        return new Targets(List.of(t));
    }

    /** "Cpus_allowed_list" of every thread of the process. */
    private static List<String> threadCpus(long pid) throws IOException {
        List<String> out = new ArrayList<>();
        for (int tid : ProcFacts.threads((int) pid)) {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/task/" + tid + "/status"))) {
                if (l.startsWith("Cpus_allowed_list:")) out.add(l.substring(18).strip());
            }
        }
        return out;
    }

    private static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    private Process threaded() throws IOException {
        Process p = children.start("python3", "-c", "import threading,time\n"
                + "for _ in range(3): threading.Thread(target=time.sleep, args=(60,)).start()\n");
        await(() -> ProcFacts.threads((int) p.pid()).size() == 4, "python's 3 threads");
        return p;
    }

    @Test
    void affinityGoesToEveryThreadAndTasksetAgrees() throws Exception {
        Process p = threaded();
        CpuSet before = ProcFacts.cpusAllowed((int) p.pid());
        assertNotNull(before);
        Target t = target(p);
        String line = a.setAffinity(one(t), CpuSet.of(0)).line();
        assertEquals("affinity of PID " + p.pid() + " (child) set to CPU 0 (was " + before.describe() + ")", line);
        assertEquals(List.of("0", "0", "0", "0"), threadCpus(p.pid()));
        assertTrue(run("taskset", "-pc", Long.toString(p.pid())).endsWith("current affinity list: 0"));
        assertEquals(CpuSet.of(0), a.affinity(t));
        a.setAffinity(one(t), before);
        assertEquals(List.of(before.format(), before.format(), before.format(), before.format()), threadCpus(p.pid()));
    }

    @Test
    void affinityOutsideTheOnlineCpusIsRefusedInWords() throws Exception {
        Process p = children.start("sleep", "60");
        String line = a.setAffinity(one(target(p)), CpuSet.of(CpuSet.online().last() + 1)).line();
        assertEquals("none of these CPUs is allowed to it (its cpuset) (EINVAL)", line.replaceFirst("^PID \\d+: ", ""));
    }

    @Test
    void ioPriorityGoesToEveryThreadAndIoniceAgrees() throws Exception {
        Process p = threaded();
        Target t = target(p);
        IoPriority before = a.ioPriority(t);
        assertNotNull(before);
        String line = a.setIoPriority(one(t), IoPriority.bestEffort(7)).line();
        assertEquals("I/O priority of PID " + p.pid() + " (child) set to best-effort 7 (was " + before.describe() + ")", line);
        assertEquals("best-effort: prio 7", run("ionice", "-p", Long.toString(p.pid())));
        for (int tid : ProcFacts.threads((int) p.pid())) {
            assertEquals("best-effort: prio 7", run("ionice", "-p", Integer.toString(tid)), "thread " + tid);
        }
        a.setIoPriority(one(t), IoPriority.IDLE);
        assertEquals("idle", run("ionice", "-p", Long.toString(p.pid())));
        assertEquals(IoPriority.IDLE, a.ioPriority(t));
    }

    @Test
    void aVanishedOrReusedTargetIsReportedNotReplaced() throws Exception {
        Process p = children.start("sleep", "60");
        Target t = target(p);
        Target reused = new Target(new Identity(t.pid(), t.id().startTicks() + 1), t.uid(), t.user(), "child");
        assertEquals("PID " + p.pid() + " is now a different process; nothing changed",
                a.setAffinity(one(reused), CpuSet.of(0)).line());
        assertEquals("PID " + p.pid() + " is now a different process; nothing changed",
                a.setIoPriority(one(reused), IoPriority.IDLE).line());
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
        assertEquals("PID " + p.pid() + " exited before the change; nothing changed", a.setAffinity(one(t), CpuSet.of(0)).line());
        assertEquals("PID " + p.pid() + " exited before the change; nothing changed", a.setIoPriority(one(t), IoPriority.IDLE).line());
    }

    @Test
    void readOnlyChangesNothing() throws Exception {
        Process p = children.start("sleep", "60");
        Actions ro = new Actions(new NativeKernel(), new ActionLog(null, 10), true,
                Confirmation.Context.current(), 5000, System::currentTimeMillis);
        String before = ProcFacts.cpusAllowed((int) p.pid()).format();
        assertEquals(Actions.READ_ONLY, ro.setAffinity(one(target(p)), CpuSet.of(0)).line());
        assertEquals(Actions.READ_ONLY, ro.setIoPriority(one(target(p)), IoPriority.IDLE).line());
        assertEquals(before, ProcFacts.cpusAllowed((int) p.pid()).format());
        assertEquals("none: prio 0", run("ionice", "-p", Long.toString(p.pid())));
    }
}
