package dev.vigil.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real jar's optional columns against ps, on processes this test spawns: one in a session of
 * its own (setsid), two children of a shell, and one on a terminal of its own (script gives it a
 * pts). PPID, PGRP, SID, TTY, START, NLWP and the last CPU must read as ps -o
 * pid,ppid,pgid,sid,tty,start_time,nlwp,psr reads them; JSON's startTime as ps's lstart, cgroup
 * and oomScore as their /proc files.
 */
class ColumnsLiveIT {
    private static final String COLUMNS = "pid,ppid,pgrp,sid,tty,start,nlwp,psr,command";
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void endChildren() throws InterruptedException {
        // Descendants first (by PID, all started by this test), then the spawned processes.
        for (Process p : children) p.descendants().forEach(ProcessHandle::destroyForcibly);
        for (Process p : children) p.destroyForcibly();
        for (Process p : children) p.waitFor();
    }

    private Process spawn(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        children.add(p);
        return p;
    }

    private static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    /** The PIDs of every sleep this test started, once all of them are asleep. */
    private Set<Long> sleepers(int expected) throws Exception {
        for (int i = 0; i < 400; i++) {
            Set<Long> out = new LinkedHashSet<>();
            for (Process p : children) {
                if (isSleep(p.pid())) out.add(p.pid());
                p.descendants().filter(h -> isSleep(h.pid())).forEach(h -> out.add(h.pid()));
            }
            if (out.size() == expected) return out;
            Thread.sleep(50);
        }
        fail("the spawned sleeps did not all start in 20 s");
        return null;
    }

    private static boolean isSleep(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.contains("(sleep) S ");
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void optionalColumnsAgreeWithPs() throws Exception {
        spawn("setsid", "sleep", "301");
        spawn("sh", "-c", "sleep 302 & sleep 303 & wait");
        spawn("script", "-qfc", "sleep 304", "/dev/null");
        Set<Long> pids = sleepers(4);
        String list = String.join(",", pids.stream().map(String::valueOf).toList());

        Map<Long, List<String>> ps = new HashMap<>();
        for (String line : run("ps", "-o", "pid=,ppid=,pgid=,sid=,tty=,start_time=,nlwp=,psr=", "-p", list).split("\n")) {
            if (line.isBlank()) continue;
            List<String> f = List.of(line.trim().split("\\s+"));
            ps.put(Long.parseLong(f.get(0)), f);
        }
        assertEquals(pids, ps.keySet(), "ps sees them all");
        assertTrue(ps.values().stream().anyMatch(f -> f.get(4).startsWith("pts/")), "one is on a terminal: " + ps);
        assertTrue(ps.values().stream().anyMatch(f -> f.get(0).equals(f.get(3))), "one leads its session: " + ps);

        RealJar.Result r = RealJar.run("--batch", "--columns", COLUMNS, "--sort", "pid", "-p", list);
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().split("\n");
        int head = 0;
        while (!lines[head].trim().startsWith("PID")) head++;
        assertTrue(lines[head].matches(" +PID +PPID +PGRP +SID TTY +START NLWP CPU  COMMAND"), lines[head]);
        int rows = 0;
        for (int i = head + 1; i < lines.length; i++) {
            List<String> f = List.of(lines[i].trim().split("\\s+"));
            List<String> want = ps.get(Long.parseLong(f.get(0)));
            assertEquals(want, f.subList(0, 8), "vigil: " + lines[i] + "\nps: " + want);
            assertTrue(f.get(8).equals("sleep"), lines[i]);
            rows++;
        }
        assertEquals(pids.size(), rows, r.out());

        RealJar.Result j = RealJar.run("--json", "--columns", "pid,cgroup,oom,command", "-p", list);
        assertEquals(0, j.status(), j.err());
        Map<String, Object> snap = MiniJson.object(j.out().split("\n")[0]);
        DateTimeFormatter lstart = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT);
        for (long pid : pids) {
            Map<String, Object> p = BatchLiveIT.proc(snap, pid);
            String dir = "/proc/" + pid;
            String cgroup = Files.readAllLines(Path.of(dir, "cgroup")).stream().filter(l -> l.startsWith("0::"))
                    .findFirst().map(l -> l.substring(3)).orElseThrow();
            assertEquals(cgroup, p.get("cgroup"), "cgroup of " + pid);
            assertEquals(Long.parseLong(Files.readString(Path.of(dir, "oom_score")).trim()),
                    ((Double) p.get("oomScore")).longValue(), "oom_score of " + pid);
            assertEquals(Long.parseLong(ps.get(pid).get(2)), ((Double) p.get("pgrp")).longValue());
            String started = BatchLiveIT.ps(pid, "lstart").replaceAll("\\s+", " ");
            long psSecond = LocalDateTime.parse(started, lstart).atZone(ZoneId.systemDefault()).toEpochSecond();
            long ours = java.time.Instant.parse((String) p.get("startTime")).getEpochSecond();
            assertTrue(Math.abs(ours - psSecond) <= 1, "startTime " + p.get("startTime") + " vs lstart " + started);
        }
        RealJar.Result plain = RealJar.run("--json", "-p", list);
        assertTrue(!plain.out().contains("\"cgroup\"") && !plain.out().contains("\"oomScore\""),
                "not read unless asked for: " + plain.out());
    }
}
