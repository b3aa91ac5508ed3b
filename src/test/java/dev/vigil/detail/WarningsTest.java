package dev.vigil.detail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WarningsTest {
    private static final String TERM_IGNORED =
            "TERM is ignored by this process; KILL or a different signal is needed";
    private static final String NS_TERM = "PID 1 in its namespace: the kernel drops TERM it does not "
            + "handle; stop the container or use KILL from outside";

    /** The bash fixture with some status lines replaced, e.g. "SigCgt", "0000000000000000". */
    private static ProcessDetail with(char state, String... keyValues) {
        String status = Fixtures.STATUS.replaceFirst("State:\t[^\n]*", "State:\t" + state + " (x)");
        for (int i = 0; i < keyValues.length; i += 2) {
            status = status.replaceFirst("(?m)^" + keyValues[i] + ":\t[^\n]*", keyValues[i] + ":\t" + keyValues[i + 1]);
        }
        FakeProc p = Fixtures.proc().file("4242/status", status)
                .file("4242/stat", Fixtures.stat(4242, "bash", state, 4000, Fixtures.START_TICKS));
        return Fixtures.detail(p, Fixtures.BASH);
    }

    private static List<String> texts(List<Warning> ws) {
        return ws.stream().map(Warning::text).toList();
    }

    @Test
    void ignoredTerm() {
        List<Warning> w = Fixtures.warnings(Fixtures.bash());
        assertEquals(List.of(TERM_IGNORED), texts(w));
        assertEquals(Warning.Kind.SIGNAL_IGNORED, w.get(0).kind());
        assertEquals(Signals.TERM, w.get(0).signal());
    }

    @Test
    void ignoredHupAndIntAreWordedTheSameWay() {
        ProcessDetail d = with('S', "SigIgn", "0000000000004003", "SigCgt", "0000000000000000");
        assertEquals(List.of(TERM_IGNORED,
                "HUP is ignored by this process; KILL or a different signal is needed",
                "INT is ignored by this process; KILL or a different signal is needed"), texts(Fixtures.warnings(d)));
        assertEquals(List.of(), texts(Warnings.forSignal(d, Signals.KILL, Duration.ZERO)));
        assertEquals(List.of(TERM_IGNORED), texts(Warnings.forSignal(d, Signals.TERM, Duration.ZERO)));
    }

    @Test
    void namespaceInitWithoutHandlers() {
        ProcessDetail d = with('S', "NSpid", "31337\t1", "SigIgn", "0000000000000000", "SigCgt", "0000000000000000");
        assertEquals(List.of(NS_TERM,
                "PID 1 in its namespace: the kernel drops HUP it does not handle; stop the container or use KILL from outside",
                "PID 1 in its namespace: the kernel drops INT it does not handle; stop the container or use KILL from outside"),
                texts(Fixtures.warnings(d)));
        assertEquals(Warning.Kind.NAMESPACE_INIT, Fixtures.warnings(d).get(0).kind());
        assertEquals(List.of(NS_TERM), texts(Warnings.forSignal(d, Signals.TERM, Duration.ZERO)));
        assertEquals(List.of(), texts(Warnings.forSignal(d, Signals.KILL, Duration.ZERO)));
        assertEquals(List.of(), texts(Warnings.forSignal(d, Signals.STOP, Duration.ZERO)));
        assertEquals(1, Warnings.forSignal(d, Signals.number("USR1"), Duration.ZERO).size());
    }

    @Test
    void namespaceInitWithATermHandler() {
        // catches HUP INT TERM (like tini): nothing to say
        ProcessDetail d = with('S', "NSpid", "31337\t1", "SigIgn", "0000000000000000", "SigCgt", "0000000000004003");
        assertEquals(List.of(), Fixtures.warnings(d));
        // an ignored TERM in a namespace init: the namespace sentence says it all
        ProcessDetail ign = with('S', "NSpid", "31337\t1", "SigIgn", "0000000000004000", "SigCgt", "0000000000000003");
        assertEquals(List.of(NS_TERM), texts(Fixtures.warnings(ign)));
    }

    @Test
    void zombieNamesItsParent() {
        ProcessDetail d = with('Z');
        List<Warning> w = Fixtures.warnings(d);
        assertEquals(List.of("zombie: already dead, cannot be killed; its parent PID 4000 (sshd) has not "
                + "reaped it — signal or restart the parent"), texts(w));
        assertEquals(Warning.Kind.ZOMBIE, w.get(0).kind());
        assertEquals(4000, w.get(0).relatedPid());
        assertEquals(w, Warnings.forSignal(d, Signals.KILL, Duration.ZERO));
        assertEquals("zombie: already dead, cannot be killed; its parent PID 7 has not reaped it — signal or "
                + "restart the parent", Warnings.zombie(7, null));
    }

    @Test
    void uninterruptibleOnlyAfterAFewSeconds() {
        ProcessDetail d = with('D', "SigIgn", "0000000000000000");
        assertEquals(List.of(), Warnings.of(d, Duration.ofSeconds(2)));
        assertEquals(List.of(), Warnings.of(d, null));
        List<String> expected = List.of("uninterruptible (D): signals wait until the I/O finishes");
        assertEquals(expected, texts(Warnings.of(d, Duration.ofSeconds(3))));
        assertEquals(expected, texts(Warnings.forSignal(d, Signals.KILL, Duration.ofMinutes(5))));
    }

    @Test
    void stoppedAndTraced() {
        ProcessDetail stopped = with('T', "SigIgn", "0000000000000000");
        assertEquals(List.of("stopped: send CONT to resume"), texts(Fixtures.warnings(stopped)));
        // TERM has a handler in the fixture: it would wait for CONT
        assertEquals(List.of("stopped: send CONT to resume"),
                texts(Warnings.forSignal(stopped, Signals.TERM, Duration.ZERO)));
        assertEquals(List.of(), Warnings.forSignal(stopped, Signals.CONT, Duration.ZERO));
        assertEquals(List.of(), Warnings.forSignal(stopped, Signals.KILL, Duration.ZERO));
        // an unhandled TERM kills a stopped process: no warning
        ProcessDetail plain = with('T', "SigIgn", "0000000000000000", "SigCgt", "0000000000000000");
        assertEquals(List.of(), Warnings.forSignal(plain, Signals.TERM, Duration.ZERO));

        ProcessDetail traced = with('t', "SigIgn", "0000000000000000", "TracerPid", "555");
        List<Warning> w = Fixtures.warnings(traced);
        assertEquals(List.of("traced by PID 555"), texts(w));
        assertEquals(555, w.get(0).relatedPid());
        assertEquals(List.of("traced by PID 555"), texts(Warnings.forSignal(traced, Signals.TERM, Duration.ZERO)));
        ProcessDetail sleepingTraced = with('S', "SigIgn", "0000000000000000", "TracerPid", "556");
        assertEquals(List.of("traced by PID 556"), texts(Fixtures.warnings(sleepingTraced)));
    }

    @Test
    void kernelThreadsGetNoSignalWarnings() {
        FakeProc p = Fixtures.proc()
                .file("4242/stat", Fixtures.stat(4242, "kworker/0:1", 'I', 2, Fixtures.START_TICKS)
                        .replace(" 4194304 ", " 2129984 "))
                .file("4242/status", "Name:\tkworker/0:1\nState:\tI (idle)\nPid:\t4242\nNSpid:\t4242\n"
                        + "SigIgn:\tffffffffffffffff\nSigCgt:\t0000000000000000\n");
        ProcessDetail d = Fixtures.detail(p, Fixtures.BASH);
        assertEquals(List.of(), Fixtures.warnings(d));
        assertEquals(List.of(), Warnings.forSignal(d, Signals.TERM, Duration.ZERO));
    }
}
