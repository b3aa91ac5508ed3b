package dev.vigil.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real jar's {@code --json --detail -p PID} and {@code --batch --detail} on a bash child this
 * test spawns with {@code trap '' TERM; trap 'echo' HUP}: TERM ignored, HUP caught, and the
 * TERM-ignored warning. The child (and its sleep) are ended in @AfterEach, by PID.
 */
class DetailLiveIT {
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void endChildren() throws InterruptedException {
        for (Process p : children) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (Process p : children) p.waitFor();
    }

    /** A bash that ignores TERM and catches HUP, once both dispositions are in place. */
    static Process trappingBash(List<Process> children) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", "trap '' TERM; trap 'echo' HUP; while :; do sleep 1; done")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        children.add(p);
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        for (int i = 0; ; i++) {
            String s = Files.readString(status);
            boolean termIgnored = (mask(s, "SigIgn") & (1L << 14)) != 0; // signal 15 is bit 14
            boolean hupCaught = (mask(s, "SigCgt") & 1L) != 0;        // signal 1 is bit 0
            if (termIgnored && hupCaught) return p;
            if (i > 200) fail("the traps never took:\n" + s);
            Thread.sleep(25);
        }
    }

    private static long mask(String status, String key) {
        for (String line : status.split("\n")) {
            if (line.startsWith(key + ":")) return Long.parseUnsignedLong(line.substring(key.length() + 1).trim(), 16);
        }
        return 0;
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonDetailOfATrappingBash() throws Exception {
        Process bash = trappingBash(children);
        RealJar.Result r = RealJar.run("--json", "--detail", "-p", Long.toString(bash.pid()));
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        Map<String, Object> snap = MiniJson.object(r.out().trim());
        Map<String, Object> p = BatchLiveIT.proc(snap, bash.pid());
        Map<String, Object> d = (Map<String, Object>) p.get("detail");
        Map<String, Object> sig = (Map<String, Object>) d.get("signals");
        assertTrue(((List<String>) sig.get("ignored")).contains("TERM"), sig.toString());
        assertTrue(((List<String>) sig.get("caught")).contains("HUP"), sig.toString());
        assertTrue(!((List<String>) sig.get("caught")).contains("TERM"), sig.toString());
        assertTrue(((List<String>) d.get("warnings"))
                .contains("TERM is ignored by this process; KILL or a different signal is needed"), d.toString());
        assertEquals(Files.readSymbolicLink(Path.of("/proc", Long.toString(bash.pid()), "exe")).toString(), d.get("exe"));
        List<Map<String, Object>> chain = (List<Map<String, Object>>) d.get("parentChain");
        assertEquals((double) ProcessHandle.current().pid(), chain.get(chain.size() - 1).get("pid"), "parent: this JVM");
        assertTrue(((Double) d.get("fdCount")) >= 3, d.toString());
    }

    @Test
    void textDetailOfATrappingBash() throws Exception {
        Process bash = trappingBash(children);
        RealJar.Result r = RealJar.run("--batch", "--detail", "-p", Long.toString(bash.pid()));
        assertEquals(0, r.status(), r.err());
        String out = r.out();
        assertTrue(out.contains("\nDetail of PID " + bash.pid() + " (bash)\nWarnings\n"
                + "  ! TERM is ignored by this process; KILL or a different signal is needed\n"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("  Ignored ") && l.contains("TERM")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("  Caught ") && l.contains("HUP")), out);
    }
}
