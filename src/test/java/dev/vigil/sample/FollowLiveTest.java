package dev.vigil.sample;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real sampler follows real processes (started and ended here) through setresuid and exec
 * within one refresh, and its RES is statm's, each checked against ps and /proc/PID/statm.
 * The children are small python3 programs that wait for a line on stdin before they change.
 */
class FollowLiveTest {
    private static final String PYTHON = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void endChildren() throws InterruptedException {
        for (Process p : children) p.destroyForcibly();
        for (Process p : children) p.waitFor(5, TimeUnit.SECONDS);
    }

    /** A python3 child running SCRIPT; it prints "ready" first, then waits as the script says. */
    private Process python(String script) throws Exception {
        assumeTrue(isRoot(), "setresuid to another user needs root");
        Process p;
        try {
            p = new ProcessBuilder(PYTHON, "-c", "print('ready', flush=True)\n" + script).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is not installed");
            throw e;
        }
        children.add(p);
        assertEquals("ready", line(p));
        return p;
    }

    /** Waits (generously) until pid's statm reads the same twice 200 ms apart. */
    private static void settled(long pid) throws Exception {
        Path statm = Path.of("/proc/" + pid + "/statm");
        String before = Files.readString(statm);
        for (long end = System.nanoTime() + 60_000_000_000L; System.nanoTime() < end; ) {
            Thread.sleep(200);
            String now = Files.readString(statm);
            if (now.equals(before)) return;
            before = now;
        }
        throw new AssertionError("RES of " + pid + " never held still");
    }

    private static boolean isRoot() throws Exception {
        return Files.readString(Path.of("/proc/self/status")).contains("\nUid:\t0\t0\t");
    }

    private static String line(Process p) throws IOException {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }

    /** Tells the child to go on and waits until it says "done". */
    private static void goOn(Process p) throws IOException {
        OutputStream in = p.getOutputStream();
        in.write('\n');
        in.flush();
        assertEquals("done", line(p));
    }

    private static ProcessSample find(Snapshot s, long pid) {
        return s.processes().stream().filter(p -> p.pid() == pid && !p.isThread()).findFirst().orElse(null);
    }

    static String ps(long pid, String field) throws Exception {
        Process p = new ProcessBuilder("ps", "-o", field + "=", "-p", Long.toString(pid)).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        return out;
    }

    @Test
    void userFollowsSetresuidWithinOneRefresh() throws Exception {
        Process p = python("import os, sys, time\nsys.stdin.readline()\nos.setresuid(65534, 65534, 65534)\n"
                + "print('done', flush=True)\ntime.sleep(600)");
        try (LinuxSampler sampler = new LinuxSampler()) {
            ProcessSample before = find(sampler.sample(), p.pid());
            assertEquals("root", before.user());
            assertEquals(ps(p.pid(), "user:32"), before.user());
            goOn(p);
            ProcessSample after = find(sampler.sample(), p.pid());
            assertEquals(ps(p.pid(), "user:32"), after.user(), "USER one refresh after setresuid");
            assertEquals(65534, after.uid());
            assertEquals(65534, after.realUid());
        }
    }

    @Test
    void userIsTheEffectiveUidWhenRealAndEffectiveDiffer() throws Exception {
        Process p = python("import os, sys, time\nsys.stdin.readline()\nos.setresuid(-1, 65534, -1)\n"
                + "print('done', flush=True)\ntime.sleep(600)");
        try (LinuxSampler sampler = new LinuxSampler()) {
            sampler.sample();
            goOn(p);
            ProcessSample s = find(sampler.sample(), p.pid());
            assertEquals("nobody", ps(p.pid(), "user:32"), "ps -o user shows the effective uid");
            assertEquals(ps(p.pid(), "user:32"), s.user());
            assertEquals(Integer.parseInt(ps(p.pid(), "euid")), s.uid());
            assertEquals(Integer.parseInt(ps(p.pid(), "ruid")), s.realUid());
            assertEquals(0, s.realUid());
        }
        // a process started fresh with different ids is read right at first sight as well
        try (LinuxSampler sampler = new LinuxSampler()) {
            ProcessSample s = find(sampler.sample(), p.pid());
            assertEquals(65534, s.uid());
            assertEquals(0, s.realUid());
        }
    }

    @Test
    void commandFollowsAnExecThatKeepsTheName() throws Exception {
        Process p = python("import os, sys\nsys.stdin.readline()\nprint('done', flush=True)\n"
                + "os.execv(sys.executable, [sys.argv[0], '-c', 'import time; time.sleep(600)', 'second'])");
        try (LinuxSampler sampler = new LinuxSampler()) {
            ProcessSample before = find(sampler.sample(), p.pid());
            String comm = before.name();
            assertTrue(before.command().contains("print('ready'"), before.command());
            goOn(p);
            String args = "";
            for (int i = 0; i < 200 && !args.endsWith("second"); i++) { // until the exec is done
                Thread.sleep(20);
                args = ps(p.pid(), "args");
            }
            ProcessSample after = find(sampler.sample(), p.pid());
            assertEquals(comm, after.name(), "the exec kept the comm name");
            assertEquals(ps(p.pid(), "comm"), after.name());
            assertEquals(args, after.command(), "COMMAND one refresh after the exec");
            assertTrue(after.command().endsWith("time.sleep(600) second"), after.command());
        }
    }

    @Test
    void residentSizeAndMemPercentAreStatms() throws Exception {
        Process a = python("import sys\nb = bytearray(7 * 1024 * 1024 + 12345)\nprint('allocated', flush=True)\nsys.stdin.readline()");
        assertEquals("allocated", line(a));
        Process b = new ProcessBuilder("sleep", "600").start();
        children.add(b);
        settled(a.pid());
        settled(b.pid()); // a child still starting up (loader, allocation) can change RES between two reads
        long page = PageSize.of("/proc", new ProcFile());
        try (LinuxSampler sampler = new LinuxSampler()) {
            sampler.sample();
            for (int round = 0; round < 3; round++) {
                Snapshot snap = sampler.sample();
                for (long pid : List.of(a.pid(), b.pid())) { // idle children of this test: RES holds still
                    ProcessSample s = find(snap, pid);
                    assertNotNull(s, "sampled " + pid);
                    long statm = Long.parseLong(Files.readString(Path.of("/proc/" + pid + "/statm")).split(" ")[1]);
                    assertEquals(statm * page, s.rssBytes(), "RES of " + pid + " is statm's resident pages");
                    assertEquals(Long.parseLong(ps(pid, "rss")) * 1024, s.rssBytes(), "RES of " + pid + " as ps");
                    assertEquals(100.0 * statm * page / snap.system().memTotalBytes(), s.memPercent(), 1e-9);
                }
            }
        }
    }
}
