package dev.vigil.action;

import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetsTest {
    private static ProcessSample row(int pid, int tgid, String name) {
        return new ProcessSample(pid, tgid, 1, 1000, "alice", 'S', 0, 20, 1, 0, 0, 0, 0, 0, 500 + tgid, 0,
                name, name, Double.NaN, Double.NaN, false, 1000);
    }

    private final ProcessSample a = row(30, 30, "a");
    private final ProcessSample b = row(10, 10, "b");
    private final ProcessSample bThread = row(11, 10, "b-worker");
    private final List<ProcessSample> screen = List.of(a, b, bThread);

    @Test
    void selectionWhenNothingIsTagged() {
        Targets t = Targets.capture(Set.of(), a, screen);
        assertEquals(List.of(new Target(new Identity(30, 530), 1000, "alice", "a")), t.list());
        assertEquals("PID 30 (a)", t.describe());
    }

    @Test
    void taggedSetWinsOverSelectionInPidOrder() {
        Targets t = Targets.capture(Set.of(a.identity(), b.identity()), a, screen);
        assertEquals(List.of(10, 30), t.list().stream().map(Target::pid).toList());
        assertEquals("2 processes", t.describe());
    }

    @Test
    void aThreadRowStandsForItsProcessOnce() {
        Targets t = Targets.capture(Set.of(bThread.identity(), b.identity()), null, screen);
        assertEquals(List.of(new Target(new Identity(10, 510), 1000, "alice", "b")), t.list());
        assertEquals(t.list(), Targets.capture(Set.of(), bThread, screen).list());
    }

    @Test
    void aTaggedProcessGoneFromTheScreenIsStillCaptured() {
        Targets t = Targets.capture(Set.of(new Identity(99, 7)), a, screen);
        assertEquals(List.of(new Target(new Identity(99, 7), -1, "?", "?")), t.list());
        assertEquals("PID 99", t.list().get(0).label());
    }

    @Test
    void nothingSelected() {
        assertTrue(Targets.capture(Set.of(), null, screen).isEmpty());
        assertEquals("no process", Targets.NONE.describe());
    }

    @Test
    void namesAreEscapedInLabels() {
        ProcessSample odd = row(5, 5, "bad\nname");
        assertEquals("PID 5 (bad\nname)", Targets.of(List.of(odd)).describe(), "escaped where it is printed, once");
    }
}
