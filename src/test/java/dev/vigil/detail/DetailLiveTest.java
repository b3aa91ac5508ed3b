package dev.vigil.detail;

import dev.vigil.json.Json;
import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcStat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DetailReader on real processes that the test spawns (and always ends, with their
 * descendants, by PID): trap dispositions, a zombie, a PID namespace init, open files and sockets.
 */
class DetailLiveTest {
    private final List<Process> spawned = new ArrayList<>();
    private final DetailReader reader = DetailReader.system();

    @AfterEach
    void endChildren() {
        for (Process p : spawned) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (Process p : spawned) {
            try {
                p.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Process spawn(String... cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        spawned.add(p);
        return p;
    }

    private static Identity identity(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        return new Identity((int) pid, ProcStat.parse(stat).startTicks());
    }

    /** Reads the detail until it satisfies the condition; fails after 10 s with the last one. */
    private ProcessDetail detailWhen(long pid, Predicate<ProcessDetail> ok) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        ProcessDetail last = null;
        while (System.nanoTime() < end) {
            DetailResult r = reader.read(identity(pid));
            if (r instanceof DetailResult.Found f) {
                last = f.detail();
                if (ok.test(last)) return last;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("condition not met for PID " + pid + "; last: "
                + (last == null ? "none" : DetailLines.plain(DetailLines.render(last, null, List.of(), null, 0, true))));
    }

    private static long childOf(Process p, Predicate<ProcessHandle> which) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            Optional<ProcessHandle> c = p.children().filter(which).findFirst();
            if (c.isPresent()) return c.get().pid();
            Thread.sleep(20);
        }
        throw new AssertionError("no such child of " + p.pid());
    }

    @Test
    void trappedTermIsIgnoredAndHupCaught() throws Exception {
        Process bash = spawn("bash", "-c", "trap '' TERM; trap 'echo' HUP; while :; do sleep 0.1; done");
        ProcessDetail d = detailWhen(bash.pid(), x -> x.ignored().contains("TERM") && x.caught().contains("HUP"));
        assertFalse(d.caught().contains("TERM"));
        List<String> warnings = Warnings.of(d, Duration.ZERO).stream().map(Warning::text).toList();
        assertTrue(warnings.contains("TERM is ignored by this process; KILL or a different signal is needed"), warnings.toString());
        assertEquals(1, Warnings.forSignal(d, Signals.TERM, Duration.ZERO).size());
        assertEquals(List.of(), Warnings.forSignal(d, Signals.HUP, Duration.ZERO));
        assertEquals(List.of(), Warnings.forSignal(d, Signals.KILL, Duration.ZERO));
        List<String> lines = DetailLines.plain(DetailLines.render(d, null, Warnings.of(d, Duration.ZERO), null, 80, true));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Ignored") && l.contains("TERM")), lines.toString());

        // Against ps for the same PID
        String[] ps = run("ps", "-o", "ppid=,pgid=,sid=,tty=,nlwp=", "-p", Long.toString(bash.pid())).trim().split("\\s+");
        assertEquals(Integer.parseInt(ps[0]), d.stat().ppid());
        assertEquals(Integer.parseInt(ps[1]), d.stat().pgrp());
        assertEquals(Integer.parseInt(ps[2]), d.stat().session());
        assertEquals(ps[3].equals("?") ? "" : ps[3], Tty.name(d.stat().ttyNr()));
        assertEquals(Integer.parseInt(ps[4]), d.status().threads());
        assertEquals(ProcessHandle.current().pid(), d.parent().pid());
        assertEquals(1, d.parentChain().get(0).pid());
        assertTrue(d.exe().value().endsWith("bash"), d.exe().value());
        assertEquals(System.getProperty("user.dir"), d.cwd().value());
        assertTrue(d.environ().ok() && !d.environ().value().isEmpty());
    }

    @Test
    void zombieNamesTheParentThatDidNotReapIt() throws Exception {
        Process maker = spawn("bash", "-c", "sleep 0.1 & exec sleep 30");
        long child = childOf(maker, h -> true);
        ProcessDetail d = detailWhen(child, x -> x.state() == 'Z');
        List<Warning> w = Warnings.of(d, Duration.ZERO);
        assertEquals(1, w.size());
        assertEquals("zombie: already dead, cannot be killed; its parent PID " + maker.pid()
                + " (sleep) has not reaped it — signal or restart the parent", w.get(0).text());
        assertEquals(maker.pid(), w.get(0).relatedPid());
        assertEquals(w, Warnings.forSignal(d, Signals.KILL, Duration.ZERO));
        assertEquals(Probe.Access.UNAVAILABLE, d.exe().access());
    }

    @Test
    void namespaceInitWithoutATermHandler() throws Exception {
        Process unshare = spawn("unshare", "-p", "-f", "--mount-proc", "sleep", "30");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (unshare.children().findAny().isEmpty() && unshare.isAlive() && System.nanoTime() < end) Thread.sleep(20);
        if (!unshare.isAlive()) {
            String why = new String(unshare.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            Assumptions.abort("unshare refused (exit " + unshare.exitValue() + "): " + why);
        }
        long inner = childOf(unshare, h -> true);
        ProcessDetail d = detailWhen(inner, x -> x.stat().comm().equals("sleep") && x.status().nsPid().size() > 1);
        assertEquals(1, d.nsPid());
        assertEquals(List.of((int) inner, 1), d.status().nsPid());
        assertTrue(d.namespaces().value().containsAll(List.of("mnt", "pid")), d.namespaces().value().toString());
        List<String> w = Warnings.of(d, Duration.ZERO).stream().map(Warning::text).toList();
        assertTrue(w.contains("PID 1 in its namespace: the kernel drops TERM it does not handle; "
                + "stop the container or use KILL from outside"), w.toString());
        assertEquals(Warning.Kind.NAMESPACE_INIT, Warnings.forSignal(d, Signals.TERM, Duration.ZERO).get(0).kind());
        assertEquals(List.of(), Warnings.forSignal(d, Signals.KILL, Duration.ZERO));
    }

    @Test
    void openFileAndListeningSocketsAreListed() throws Exception {
        Path file = Files.createTempFile("vigil-detail", ".txt");
        Path unixPath = file.resolveSibling(file.getFileName() + ".sock");
        String script = String.join("\n",
                "import socket, sys, time",
                "f = open(sys.argv[1], 'w')",
                "s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen()",
                "p6 = -1",
                "try:",
                "    s6 = socket.socket(socket.AF_INET6); s6.bind(('::1', 0)); s6.listen(); p6 = s6.getsockname()[1]",
                "except OSError:",
                "    pass",
                "u = socket.socket(socket.AF_UNIX); u.bind(sys.argv[2]); u.listen()",
                "print(s.getsockname()[1], p6, flush=True)",
                "time.sleep(30)");
        try {
            Process py = spawn("python3", "-c", script, file.toString(), unixPath.toString());
            BufferedReader out = new BufferedReader(new InputStreamReader(py.getInputStream(), StandardCharsets.UTF_8));
            String[] ports = out.readLine().trim().split(" ");
            String tcp = "tcp 127.0.0.1:" + ports[0] + " LISTEN";
            ProcessDetail d = detailWhen(py.pid(), x -> x.files().ok()
                    && x.files().value().stream().anyMatch(f -> f.describe().equals(tcp)));
            List<String> files = d.files().value().stream().map(OpenFile::describe).toList();
            assertTrue(files.contains(file.toString()), files.toString());
            assertTrue(files.contains("unix STREAM " + unixPath + " LISTEN"), files.toString());
            if (!ports[1].equals("-1")) assertTrue(files.contains("tcp6 [::1]:" + ports[1] + " LISTEN"), files.toString());
            try (var fds = Files.list(Path.of("/proc/" + py.pid() + "/fd"))) {
                assertEquals(fds.count(), (long) d.fdCount().value());
            }
            String ulimit = run("bash", "-c", "ulimit -n").trim();
            assertEquals(Long.parseLong(ulimit), d.fdLimit());

            Json json = new Json();
            DetailJson.write(json, d, Warnings.of(d, Duration.ZERO));
            assertTrue(json.toString().contains("\"fdCount\":" + d.fdCount().value()), json.toString());

            py.destroyForcibly();
            py.waitFor(5, TimeUnit.SECONDS);
            assertInstanceOf(DetailResult.Exited.class, reader.read(d.identity()));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(unixPath);
        }
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
            return out;
        } finally {
            p.destroyForcibly();
        }
    }
}
