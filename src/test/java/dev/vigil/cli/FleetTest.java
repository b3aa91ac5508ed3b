package dev.vigil.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** vigil serve and vigil rules through Main.run: options, one-line errors with exit 2, the rule file. */
class FleetTest {
    @TempDir
    Path home;

    record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", home.resolve("config").toString(),
                "XDG_STATE_HOME", home.resolve("state").toString());
        Main.Wiring w = new Main.Wiring(env, () -> FakeSampler.of(List.of(FakeSampler.proc(7, "java", 1.0))), ms -> { },
                (s, o) -> {
                    throw new AssertionError("the monitor must not start");
                });
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), w);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void oneLineExit2(Run r, String start) {
        assertEquals(2, r.status(), r.err());
        assertEquals(1, r.err().split("\n").length, r.err());
        assertTrue(r.err().startsWith(start), r.err());
    }

    @Test
    void badOptionsAreOneLineAndExit2() {
        oneLineExit2(run("serve", "--listen", "localhost"), "vigil serve: --listen: 'localhost' is not ADDR:PORT");
        oneLineExit2(run("serve", "--listen", "127.0.0.1:70000"), "vigil serve: --listen: port 70000 is out of range");
        oneLineExit2(run("serve", "--listen", "no-such-host.invalid:9256"), "vigil serve: --listen: 'no-such-host.invalid'");
        oneLineExit2(run("serve", "--group-by", "cmdline"), "vigil serve: --group-by: 'cmdline' is not one of");
        oneLineExit2(run("serve", "--max-groups", "0"), "vigil serve: --max-groups: must be at least 1");
        oneLineExit2(run("serve", "--interval", "soon"), "vigil serve: --interval: 'soon' is not a duration");
        oneLineExit2(run("serve", "--alert", "cpu >"), "vigil serve: --alert 'cpu >': missing value");
        oneLineExit2(run("serve", "--bogus"), "vigil serve: Unknown option");
        oneLineExit2(run("rules"), "vigil rules: say which format: --prometheus");
    }

    @Test
    void portInUseIsOneLineAndExit2() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run r = run("serve", "--listen", "127.0.0.1:" + taken.getLocalPort());
            oneLineExit2(r, "vigil serve: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
        }
    }

    @Test
    void rulesPrintsTheConfigsRulesAndTheAlertOnesAndSaysWhatItLeftOut() throws Exception {
        Path config = home.resolve("config/vigil");
        Files.createDirectories(config);
        Files.writeString(config.resolve("vigil.conf"), "alerts.defaults=off\nalert=rss > 1G where name:java\n");
        Run r = run("rules", "--prometheus", "--alert", "exit where name:x", "--alert", "sys.load1 > 8 severity critical");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("namedprocess_namegroup_memory_bytes{groupname=~\"(?i).*java.*\", memtype=\"resident\"} > 1073741824"), r.out());
        assertTrue(r.out().contains("expr: 'vigil_load1 > 8'"), r.out());
        assertTrue(r.out().contains("# left out: exit where name:x: "), r.out());
        assertFalse(r.out().contains("cpu > 90"), "defaults are off in this config:\n" + r.out());
        assertEquals("vigil rules: left out 'exit where name:x': 'exit' is an event of one process; Prometheus samples "
                + "group gauges and cannot see each process end\n", r.err());
    }

    @Test
    void helpOfEachCommand() {
        Run serve = run("serve", "--help");
        assertEquals(0, serve.status());
        assertTrue(serve.out().contains("--max-groups"), serve.out());
        Run rules = run("rules", "--help");
        assertEquals(0, rules.status());
        assertTrue(rules.out().contains("--prometheus"), rules.out());
    }
}
