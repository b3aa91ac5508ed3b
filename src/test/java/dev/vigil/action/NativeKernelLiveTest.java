package dev.vigil.action;

import dev.vigil.sample.Identity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.vigil.action.Children.await;
import static dev.vigil.action.Children.state;
import static dev.vigil.action.Children.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real signals to real children this test spawns, through every delivery method. */
class NativeKernelLiveTest {
    private final Children children = new Children();

    @AfterEach
    void endChildren() {
        children.close();
    }

    private static Targets one(Target t) {
        return new Targets(List.of(t));
    }

    private static String send(NativeKernel.Method m, Target t, Signal s) {
        return Wording.signal(s, List.of(new NativeKernel(m).signal(t, s)));
    }

    @Test
    void picksPidfdOnThisKernel() {
        String release = System.getProperty("os.version");
        String[] v = release.split("[.-]");
        boolean modern = Integer.parseInt(v[0]) > 5 || Integer.parseInt(v[0]) == 5 && Integer.parseInt(v[1]) >= 3;
        if (modern) assertEquals(NativeKernel.Method.PIDFD_OPEN.words, new NativeKernel().method());
    }

    @ParameterizedTest
    @EnumSource(NativeKernel.Method.class)
    void stopThenContinueASleep(NativeKernel.Method m) throws IOException {
        Process p = children.start("sleep", "60");
        Target t = target(p);
        await(() -> state(p.pid()) == 'S', "sleep to be sleeping");
        assertEquals("sent STOP to PID " + p.pid() + " (child)", send(m, t, Signal.STOP));
        await(() -> state(p.pid()) == 'T', "state T after STOP");
        assertEquals("T", ps(p.pid(), "stat").substring(0, 1), "ps agrees");
        assertEquals("sent CONT to PID " + p.pid() + " (child)", send(m, t, Signal.CONT));
        await(() -> state(p.pid()) == 'S', "state S after CONT");
    }

    @ParameterizedTest
    @EnumSource(NativeKernel.Method.class)
    void hupRunsTheTrap(NativeKernel.Method m, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("hup.txt");
        Process p = children.bashLoop("trap 'echo hup >" + file + "' HUP");
        Children.awaitMask(p.pid(), "SigCgt:", Signal.HUP);
        assertEquals("sent HUP to PID " + p.pid() + " (child)", send(m, target(p), Signal.HUP));
        await(() -> Files.exists(file), "the HUP trap to write " + file);
        assertEquals("hup", Files.readString(file).strip());
        assertTrue(p.isAlive(), "the trap kept bash running");
    }

    @ParameterizedTest
    @EnumSource(NativeKernel.Method.class)
    void aTargetThatExitedGetsNothing(NativeKernel.Method m) throws Exception {
        Process p = children.start("sleep", "60");
        Target t = target(p);
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
        assertEquals("PID " + p.pid() + " exited before the signal; nothing sent", send(m, t, Signal.TERM));
        assertEquals("PID " + p.pid() + " exited before renice; nothing changed",
                Wording.renice(NiceChange.by(1), List.of(new NativeKernel(m).renice(t, NiceChange.by(1)))));
    }

    @ParameterizedTest
    @EnumSource(NativeKernel.Method.class)
    void aWrongStartTimeIsRefused(NativeKernel.Method m) throws IOException {
        Process p = children.start("sleep", "60");
        await(() -> state(p.pid()) == 'S', "sleep to be sleeping");
        Target real = target(p);
        Target stale = new Target(new Identity(real.pid(), real.id().startTicks() - 1), real.uid(), real.user(), "old");
        assertEquals("PID " + p.pid() + " is now a different process; nothing sent", send(m, stale, Signal.STOP));
        assertEquals("PID " + p.pid() + " is now a different process; nothing changed",
                Wording.renice(NiceChange.exactly(10), List.of(new NativeKernel(m).renice(stale, NiceChange.exactly(10)))));
        sleepMillis(200);
        assertEquals('S', state(p.pid()), "not stopped");
        assertEquals(0, Children.nice(p.pid()), "not reniced");
    }

    @Test
    void aZombieIsNotSignalled() throws IOException {
        // The exec'd sleep inherits a child it never reaps: that child becomes a zombie.
        Process p = children.start("bash", "-c", "sleep 0.05 & exec sleep 60");
        await(() -> zombieChild(p.pid()) > 0, "a zombie child");
        int z = zombieChild(p.pid());
        ProcFacts.Stat st = ProcFacts.stat(z);
        Target t = new Target(new Identity(z, st.startTicks()), 0, "root", "sleep");
        assertEquals("PID " + z + " exited before the signal (a zombie not yet reaped by its parent); nothing sent",
                send(NativeKernel.Method.PIDFD_OPEN, t, Signal.KILL));
    }

    private static int zombieChild(long pid) {
        try {
            String kids = Files.readString(Path.of("/proc/" + pid + "/task/" + pid + "/children")).strip();
            for (String k : kids.split(" ")) {
                if (!k.isEmpty() && state(Integer.parseInt(k)) == 'Z') return Integer.parseInt(k);
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    @ParameterizedTest
    @EnumSource(NativeKernel.Method.class)
    void reniceStepsAndExactValueOnEveryThread(NativeKernel.Method m) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = children.start(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "dev.vigil.action.Sleeper");
        await(() -> ProcFacts.threads((int) p.pid()).size() > 5, "the child JVM to start its threads");
        Target t = target(p);
        Actions a = new Actions(new NativeKernel(m), new ActionLog(null, 10), false,
                Confirmation.Context.current(), 5000, System::currentTimeMillis);
        assertEquals("nice of PID " + p.pid() + " (child) set to 1 (was 0)", a.renice(one(t), NiceChange.by(1)).line());
        assertEquals(1, Children.nice(p.pid()));
        assertEquals("1", ps(p.pid(), "ni"), "ps agrees");
        assertAllThreads(p.pid(), 1);
        assertEquals("nice of PID " + p.pid() + " (child) set to 0 (was 1)", a.renice(one(t), NiceChange.by(-1)).line());
        assertAllThreads(p.pid(), 0);
        assertEquals("nice of PID " + p.pid() + " (child) set to 7 (was 0)", a.renice(one(t), NiceChange.parse("7")).line());
        assertAllThreads(p.pid(), 7);
        assertEquals("7", ps(p.pid(), "ni"));
        assertEquals("PID " + p.pid() + " is already at nice 7; nothing changed", a.renice(one(t), NiceChange.exactly(7)).line());
    }

    private static void assertAllThreads(long pid, int nice) throws IOException {
        List<Integer> tids = ProcFacts.threads((int) pid);
        assertFalse(tids.isEmpty());
        for (int tid : tids) {
            String stat = Files.readString(Path.of("/proc/" + pid + "/task/" + tid + "/stat"));
            assertEquals(nice, ProcFacts.parseStat(stat).nice(), "thread " + tid);
        }
    }

    static String ps(long pid, String column) throws IOException {
        Process ps = new ProcessBuilder("ps", "-o", column + "=", "-p", Long.toString(pid)).start();
        return new String(ps.getInputStream().readAllBytes()).strip();
    }

    static void sleepMillis(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
