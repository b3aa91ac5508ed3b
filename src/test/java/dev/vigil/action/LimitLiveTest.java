package dev.vigil.action;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static dev.vigil.action.Children.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** prlimit64 on real children, checked in /proc/PID/limits after. */
class LimitLiveTest {
    private final Children children = new Children();
    private final Actions a = new Actions(new NativeKernel(), new ActionLog(null, 10), false,
            Confirmation.Context.current(), 5000, System::currentTimeMillis);

    @AfterEach
    void endChildren() {
        children.close();
    }

    /** "SOFT HARD" of the "Max open files" row of /proc/PID/limits; "" when gone. */
    static String nofile(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/limits"))) {
                if (l.startsWith("Max open files")) {
                    String[] f = l.substring("Max open files".length()).trim().split("\\s+");
                    return f[0] + " " + f[1];
                }
            }
        } catch (IOException e) {
            return "";
        }
        return "";
    }

    private static String comm(long pid) {
        try {
            return Files.readString(Path.of("/proc/" + pid + "/comm")).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private Process sleeper() throws IOException {
        Process p = children.start("prlimit", "--nofile=1024:4096", "sleep", "60");
        // prlimit sets the limit, then becomes sleep: wait for both (its memory is sleep's after that)
        Children.await(() -> nofile(p.pid()).equals("1024 4096") && comm(p.pid()).equals("sleep")
                && LimitRisk.vsize((int) p.pid()) > 0, "sleep with nofile 1024:4096");
        return p;
    }

    @Test
    void raisesAndLowersNofile() throws Exception {
        Process p = sleeper();
        Target t = target(p);
        assertEquals("nofile of PID " + p.pid() + " (child) set to 2048:4096 (was 1024:4096)",
                a.setLimit(t, LimitChange.parse(Rlimit.NOFILE, "2048")).line());
        assertEquals("2048 4096", nofile(p.pid()));
        assertEquals("nofile of PID " + p.pid() + " (child) set to 64:2048 (was 2048:4096)",
                a.setLimit(t, LimitChange.parse(Rlimit.NOFILE, "64:2048")).line());
        assertEquals("64 2048", nofile(p.pid()));
        assertEquals("nofile of PID " + p.pid() + " (child) set to 64:512 (was 64:2048)",
                a.setLimit(t, LimitChange.parse(Rlimit.NOFILE, ":512")).line());
        assertEquals("64 512", nofile(p.pid()));
        assertEquals("nofile of PID " + p.pid() + " (child) is already 64:512; nothing changed",
                a.setLimit(t, LimitChange.parse(Rlimit.NOFILE, "64:512")).line());
        List<String> logged = a.log().recent().stream().map(ActionLog.Entry::line).toList();
        assertEquals(4, logged.size(), "every change is in the action log");
    }

    /** Raising a hard limit needs CAP_SYS_RESOURCE, which root in a container may lack. */
    @Test
    void raisingTheHardLimitWorksOnlyWithCapSysResource() throws Exception {
        Process p = sleeper();
        String line = a.setLimit(target(p), LimitChange.parse(Rlimit.NOFILE, ":8192")).line();
        if (hasCapSysResource()) {
            assertEquals("nofile of PID " + p.pid() + " (child) set to 1024:8192 (was 1024:4096)", line);
            assertEquals("1024 8192", nofile(p.pid()));
        } else {
            assertEquals("raising the hard limit of nofile to 8192 needs root or CAP_SYS_RESOURCE (and stays under"
                    + " fs.nr_open) (EPERM); nothing changed", line);
            assertEquals("1024 4096", nofile(p.pid()));
        }
    }

    /** Bit 24 of CapEff in /proc/self/status. */
    static boolean hasCapSysResource() throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("CapEff:")) return (Long.parseUnsignedLong(l.substring(7).trim(), 16) & (1L << 24)) != 0;
        }
        return false;
    }

    @Test
    void softAboveHardIsEinvalAndChangesNothing() throws Exception {
        Process p = sleeper();
        assertEquals("soft 8192 above hard 4096: the soft limit may not exceed the hard one (EINVAL); nothing changed",
                a.setLimit(target(p), LimitChange.parse(Rlimit.NOFILE, "8192")).line());
        assertEquals("1024 4096", nofile(p.pid()));
    }

    @Test
    void aProcessThatIsGoneOrReplacedIsNotTouched() throws Exception {
        Process p = sleeper();
        Target t = target(p);
        Target other = new Target(new dev.vigil.sample.Identity(t.pid(), t.id().startTicks() - 1), t.uid(), t.user(), "child");
        assertEquals("PID " + p.pid() + " is now a different process; nothing changed",
                a.setLimit(other, LimitChange.parse(Rlimit.NOFILE, "16")).line());
        assertEquals("1024 4096", nofile(p.pid()));
        p.destroyForcibly().waitFor();
        assertEquals("PID " + p.pid() + " exited before the change; nothing changed",
                a.setLimit(t, LimitChange.parse(Rlimit.NOFILE, "16")).line());
    }

    @Test
    void loweringUnderUseAsksAndSaysWhatHappens() throws Exception {
        Process p = sleeper();
        Target t = target(p);
        long open = LimitRisk.openFiles(t.pid());
        assertTrue(open >= 3, "stdin, stdout, stderr at least: " + open);
        Optional<String> q = a.limitQuestion(t, LimitChange.parse(Rlimit.NOFILE, "2"), 1024);
        assertEquals(Optional.of("Lower nofile of PID " + p.pid() + " (child) to 2? It has " + open + " files open:"
                + " it keeps them, but every open, socket or accept fails with EMFILE until it is under 2. (y/n)"), q);
        assertEquals(Optional.empty(), a.limitQuestion(t, LimitChange.parse(Rlimit.NOFILE, "512"), 1024));
        assertTrue(a.limitQuestion(t, LimitChange.parse(Rlimit.AS, "1M"), -1).orElse("").contains("maps"),
                "as under the virtual size asks too");
        assertEquals(Optional.empty(), a.limitQuestion(t, LimitChange.parse(Rlimit.NOFILE, ":2048"), 1024),
                "the soft limit stays: nothing to ask");
    }

    @Test
    void readOnlyRefusesWithTheSignalsWords() throws Exception {
        Process p = sleeper();
        Actions ro = new Actions(new NativeKernel(), new ActionLog(null, 10), true, Confirmation.Context.current(), 5000,
                System::currentTimeMillis);
        assertEquals(Actions.READ_ONLY, ro.setLimit(target(p), LimitChange.parse(Rlimit.NOFILE, "16")).line());
        assertEquals("1024 4096", nofile(p.pid()));
    }
}
