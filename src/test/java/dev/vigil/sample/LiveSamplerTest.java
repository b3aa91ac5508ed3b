package dev.vigil.sample;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real sampler on real processes that this test starts (and ends) itself, checked against
 * ps for the same PIDs.
 */
class LiveSamplerTest {
    private final List<Process> children = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void endChildren() throws InterruptedException {
        for (Process p : children) p.destroyForcibly();
        for (Process p : children) p.waitFor(5, TimeUnit.SECONDS);
    }

    private Process start(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        children.add(p);
        return p;
    }

    private static Map<Integer, ProcessSample> byPid(Snapshot s) {
        return s.processes().stream().filter(p -> !p.isThread())
                .collect(Collectors.toMap(ProcessSample::pid, p -> p));
    }

    /** ps's view: pid → [ppid, user, ni, nlwp, stat, rss kB, comm]. */
    private static Map<Integer, String[]> ps(List<Long> pids) throws Exception {
        String list = pids.stream().map(String::valueOf).collect(Collectors.joining(","));
        Process p = new ProcessBuilder("ps", "-o", "pid=,ppid=,user:32=,ni=,nlwp=,stat=,rss=,comm=", "-p", list).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Map<Integer, String[]> m = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] f = line.trim().split("\\s+", 8);
            if (f.length == 8) m.put(Integer.parseInt(f[0]), java.util.Arrays.copyOfRange(f, 1, 8));
        }
        return m;
    }

    /** utime + stime of a process from /proc/PID/stat, in clock ticks. */
    private static long ticks(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static void waitForState(long pid, char state) throws Exception {
        for (int i = 0; i < 100; i++) {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            if (stat.charAt(stat.lastIndexOf(')') + 2) == state) return;
            Thread.sleep(20);
        }
    }

    @Test
    void matchesPsOnSpawnedProcesses() throws Exception {
        Path odd = dir.resolve("a) (b c");
        Files.copy(Path.of("/bin/sleep"), odd);
        odd.toFile().setExecutable(true);
        Process busy = start("bash", "-c", "while :; do :; done");
        Process sleeper = start("sleep", "600");
        Process niced = start("nice", "-n", "7", "sleep", "600");
        Process weird = start(odd.toString(), "600");
        List<Long> pids = List.of(busy.pid(), sleeper.pid(), niced.pid(), weird.pid());
        waitForState(niced.pid(), 'S');
        waitForState(weird.pid(), 'S');

        try (Sampler sampler = Samplers.create()) {
            assertTrue(sampler instanceof LinuxSampler, "Linux gets the /proc reader");
            sampler.sample();
            Thread.sleep(1000);
            Map<Integer, ProcessSample> seen = byPid(sampler.sample());
            Map<Integer, String[]> ps = ps(pids);
            long self = ProcessHandle.current().pid();
            for (long pid : pids) {
                ProcessSample s = seen.get((int) pid);
                String[] p = ps.get((int) pid);
                assertNotNull(s, "sampler sees " + pid);
                assertNotNull(p, "ps sees " + pid);
                assertEquals(self, s.ppid(), "ppid of " + pid);
                assertEquals(Integer.parseInt(p[0]), s.ppid());
                assertEquals(p[1], s.user(), "user of " + pid);
                assertEquals(Integer.parseInt(p[2]), s.nice(), "nice of " + pid);
                assertEquals(Integer.parseInt(p[3]), s.threads(), "threads of " + pid);
                assertEquals(p[4].charAt(0), s.state(), "state of " + pid);
                assertEquals(p[6], s.name(), "comm of " + pid);
                long psRss = Long.parseLong(p[5]) * 1024;
                assertTrue(Math.abs(psRss - s.rssBytes()) <= Math.max(256 * 1024, psRss / 5),
                        "RSS of " + pid + ": ps " + psRss + ", vigil " + s.rssBytes());
            }
            // No share asserted: on a busy machine the loop may get little of a core. What is
            // certain: its CPU% is what its CPU time grew by over the time between two samples.
            busyLoopCpuMatchesItsCpuTime(sampler, (int) busy.pid());
            assertTrue(seen.get((int) sleeper.pid()).cpuPercent() <= 3, "sleep CPU%");
            assertEquals(7, seen.get((int) niced.pid()).nice());
            assertEquals("a) (b c", seen.get((int) weird.pid()).name());
            assertTrue(seen.get((int) weird.pid()).command().startsWith(odd + " 600"));
            assertEquals("sleep 600", seen.get((int) sleeper.pid()).command());
            ProcessSample me = seen.get((int) self);
            assertTrue(me.threads() > 1, "this JVM has threads");
            assertTrue(me.hasIo(), "root reads its own io");
        }
    }

    /**
     * Samples until the loop's CPU time has grown between two samples (generous deadline), then
     * checks that sample's CPU% against that growth over the samples' distance.
     */
    private static void busyLoopCpuMatchesItsCpuTime(Sampler sampler, int pid) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        Snapshot prev = sampler.sample();
        while (System.nanoTime() < deadline) {
            Thread.sleep(500);
            Snapshot now = sampler.sample();
            ProcessSample a = byPid(prev).get(pid);
            ProcessSample b = byPid(now).get(pid);
            assertNotNull(b, "the busy loop is listed");
            double used = b.cpuTimeSeconds() - a.cpuTimeSeconds();
            assertTrue(used >= 0, "CPU time never shrinks");
            if (used == 0) {
                assertEquals(0.0, b.cpuPercent(), "no CPU time used, no CPU%");
            } else {
                double seconds = (now.timestampMillis() - prev.timestampMillis()) / 1000.0;
                double expected = 100 * used / seconds;
                assertTrue(b.cpuPercent() > 0, "CPU time grew by " + used + " s: CPU% " + b.cpuPercent());
                // The two samples read this process at other points of their walks than their time stamps.
                assertTrue(Math.abs(b.cpuPercent() - expected) <= 5 + expected / 2,
                        "CPU% " + b.cpuPercent() + " vs " + used + " s of CPU over " + seconds + " s");
                return;
            }
            prev = now;
        }
        throw new AssertionError("the busy loop got no CPU time in 120 s");
    }

    @Test
    void firstSnapshotShowsNoLifetimeAverage() throws Exception {
        Process busy = start("bash", "-c", "while :; do :; done");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (ticks(busy.pid()) < 5 && System.nanoTime() < deadline) Thread.sleep(50);
        try (Sampler sampler = Samplers.create()) {
            long before = ticks(busy.pid());
            ProcessSample b = byPid(sampler.sample()).get((int) busy.pid());
            long after = ticks(busy.pid());
            assertTrue(before > 0, "the loop got CPU time in 120 s, so it has a lifetime average");
            assertEquals(0.0, b.cpuPercent(), "nothing to measure against: not its lifetime average");
            double ticksSeen = b.cpuTimeSeconds() * 100; // CPU time in hundredths, as /proc counts at USER_HZ 100
            assertTrue(ticksSeen >= before - 1 && ticksSeen <= after + 1,
                    "its CPU time is what /proc said in the same window: " + before + " <= " + ticksSeen + " <= " + after);
        }
    }

    @Test
    void threadRowsForThisJvm() throws Exception {
        try (Sampler sampler = Samplers.create()) {
            sampler.setIncludeThreads(true);
            Snapshot s = sampler.sample();
            long self = ProcessHandle.current().pid();
            long mine = s.processes().stream().filter(p -> p.tgid() == self && p.isThread()).count();
            ProcessSample me = byPid(s).get((int) self);
            assertTrue(mine >= me.threads() / 2 && mine < me.threads() + 20, mine + " thread rows of " + me.threads());
        }
    }

    @Test
    void churnNeverBreaksASnapshot() throws Exception {
        Process churn = start("bash", "-c", "while :; do for i in 1 2 3 4 5 6 7 8 9 10; do /bin/true & done; wait; done");
        try (Sampler sampler = Samplers.create()) {
            sampler.setIncludeThreads(true);
            long before = 0;
            for (int i = 0; i < 60; i++) {
                Snapshot s = sampler.sample();
                assertTrue(s.processes().size() > 3);
                java.util.Set<Integer> ids = new java.util.HashSet<>();
                for (ProcessSample p : s.processes()) {
                    assertTrue(ids.add(p.pid()), "one row per pid: " + p.pid());
                    assertNotNull(p.name());
                    assertNotNull(p.command());
                    assertTrue(p.cpuPercent() >= 0);
                }
                if (i == 10) before = ((LinuxSampler) sampler).remembered();
                Thread.sleep(25);
            }
            long after = ((LinuxSampler) sampler).remembered();
            assertTrue(after < before + 100, "remembered entries do not pile up: " + before + " -> " + after);
        } finally {
            churn.destroyForcibly();
        }
    }
}
