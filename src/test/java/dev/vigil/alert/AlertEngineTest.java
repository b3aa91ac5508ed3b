package dev.vigil.alert;

import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.vigil.alert.Snaps.p;
import static dev.vigil.alert.Snaps.rule;
import static dev.vigil.alert.Snaps.snap;
import static dev.vigil.alert.Snaps.sys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine driven by a fake clock: t is the time in seconds from 0, passed as ms. */
class AlertEngineTest {
    private static final long T0 = 1_700_000_000_000L;

    private static long at(double seconds) {
        return T0 + Math.round(seconds * 1000);
    }

    private static List<Transition> eval(AlertEngine e, double seconds, Snaps.P... ps) {
        return e.evaluate(snap(at(seconds), ps), at(seconds));
    }

    private static AlertEngine engine(String... rules) {
        List<Rule> rs = new ArrayList<>();
        for (String r : rules) rs.add(rule(r));
        return new AlertEngine(rs);
    }

    private static String kinds(List<Transition> ts) {
        StringBuilder sb = new StringBuilder();
        for (Transition t : ts) sb.append(sb.length() == 0 ? "" : " ").append(t.kind().word()).append(':').append(t.alert().pid());
        return sb.toString();
    }

    @Test
    void sustainNoAlertBeforeForThenAlertAfter() {
        AlertEngine e = engine("cpu > 50 for 3s");
        for (int t = 0; t < 3; t++) {
            assertEquals("", kinds(eval(e, t, p(10, "busy").cpu(99))), "t=" + t);
            assertTrue(e.active().isEmpty());
        }
        List<Transition> fired = eval(e, 3, p(10, "busy").cpu(99));
        assertEquals("fired:10", kinds(fired));
        Alert a = fired.get(0).alert();
        assertEquals("PID 10 (busy) cpu 99.0 > 50 for 3s", a.message());
        assertEquals(at(3), a.sinceMillis());
        assertEquals(99, a.value());
        assertEquals(50, a.threshold());
        assertEquals(1, e.active().size());
        assertEquals("", kinds(eval(e, 4, p(10, "busy").cpu(98))), "an active alert does not fire again");
        assertEquals(98, e.active().get(0).value(), "the active alert shows the latest value");
    }

    @Test
    void aBreakInTheConditionRestartsTheSustainTime() {
        AlertEngine e = engine("cpu > 50 for 3s");
        eval(e, 0, p(10, "busy").cpu(99));
        eval(e, 1, p(10, "busy").cpu(99));
        eval(e, 2, p(10, "busy").cpu(10));
        for (int t = 3; t <= 5; t++) assertEquals("", kinds(eval(e, t, p(10, "busy").cpu(99))), "t=" + t);
        assertEquals("fired:10", kinds(eval(e, 6, p(10, "busy").cpu(99))));
    }

    @Test
    void clearsWhenFalseForOneSample() {
        AlertEngine e = engine("cpu > 50");
        assertEquals("fired:10", kinds(eval(e, 0, p(10, "busy").cpu(99))));
        List<Transition> ts = eval(e, 1, p(10, "busy").cpu(1));
        assertEquals("cleared:10", kinds(ts));
        assertEquals("condition false", ts.get(0).reason());
        assertTrue(e.active().isEmpty());
        Alert h = e.history().get(0);
        assertEquals(Alert.State.CLEARED, h.state());
        assertEquals(at(1), h.clearedMillis());
        assertEquals(99, h.value(), "a cleared alert keeps the last value that held");
        assertEquals(1000, h.heldMillis(at(50)));
        assertEquals(List.of(h), e.reportAlerts(), "the snapshot where it cleared reports it once");
        eval(e, 2, p(10, "busy").cpu(1));
        assertEquals(List.of(), e.reportAlerts());
    }

    @Test
    void hysteresisKeepsAnActiveAlertJustUnderTheThreshold() {
        AlertEngine e = engine("cpu > 90 cooldown 0");
        assertEquals("", kinds(eval(e, 0, p(10, "x").cpu(88))), "88 is not above 90: no alert");
        assertEquals("fired:10", kinds(eval(e, 1, p(10, "x").cpu(95))));
        assertEquals("", kinds(eval(e, 2, p(10, "x").cpu(88))), "within 5 % of 90 (85.5): still active");
        assertEquals("", kinds(eval(e, 3, p(10, "x").cpu(85.6))));
        assertEquals("cleared:10", kinds(eval(e, 4, p(10, "x").cpu(85.5))));
    }

    @Test
    void hysteresisMirrorsForBelowRules() {
        AlertEngine e = engine("mem < 10 cooldown 0");
        assertEquals("fired:10", kinds(eval(e, 0, p(10, "x").mem(5))));
        assertEquals("", kinds(eval(e, 1, p(10, "x").mem(10.4))));
        assertEquals("cleared:10", kinds(eval(e, 2, p(10, "x").mem(10.5))));
    }

    @Test
    void countsGetWholeUnitsOfHysteresisAndNoneWhenSmall() {
        AlertEngine e = engine("threads > 100 cooldown 0", "threads > 10 cooldown 0");
        eval(e, 0, p(10, "x").threads(150));
        assertEquals(2, e.active().size());
        eval(e, 1, p(10, "x").threads(96));
        assertEquals(2, e.active().size(), "threads > 100 holds down to 96 (margin 5 threads)");
        assertEquals("cleared:10", kinds(eval(e, 2, p(10, "x").threads(95))));
        assertEquals("threads > 10 cooldown 0s", e.active().get(0).rule().toString());
        assertEquals("cleared:10", kinds(eval(e, 3, p(10, "x").threads(10))),
                "10 is not > 10, and a small count has no margin");
        AlertEngine z = new AlertEngine(List.of(rule("sys.zombies > 0")));
        z.evaluate(snap(at(0), p(1, "init"), p(2, "z").state('Z')), at(0));
        assertEquals(1, z.active().size());
        z.evaluate(snap(at(1), p(1, "init")), at(1));
        assertEquals(0, z.active().size(), "zombies > 0 clears as soon as there are none");
    }

    @Test
    void cooldownHoldsBackARepeatForTheSameProcess() {
        AlertEngine e = engine("cpu > 90 cooldown 10s");
        assertEquals("fired:10", kinds(eval(e, 0, p(10, "x").cpu(99))));
        assertEquals("cleared:10", kinds(eval(e, 1, p(10, "x").cpu(1))));
        assertEquals("fired:11", kinds(eval(e, 2, p(10, "x").cpu(99), p(11, "y").cpu(99))),
                "another process is not held back");
        for (int t = 3; t <= 10; t++) {
            assertEquals("", kinds(eval(e, t, p(10, "x").cpu(99), p(11, "y").cpu(99))), "t=" + t);
        }
        assertEquals("fired:10", kinds(eval(e, 11, p(10, "x").cpu(99), p(11, "y").cpu(99))),
                "10 s after the clear");
    }

    @Test
    void defaultCooldownIsSixtySeconds() {
        AlertEngine e = engine("cpu > 90");
        eval(e, 0, p(10, "x").cpu(99));
        eval(e, 1, p(10, "x").cpu(1));
        assertEquals("", kinds(eval(e, 60, p(10, "x").cpu(99))));
        assertEquals("fired:10", kinds(eval(e, 61, p(10, "x").cpu(99))));
    }

    @Test
    void acknowledgeSilencesUntilItClears() {
        AlertEngine e = engine("cpu > 90 severity critical cooldown 0");
        Alert a = eval(e, 0, p(10, "x").cpu(99)).get(0).alert();
        assertEquals(1, e.counts().get(Severity.CRITICAL));
        Transition ack = e.acknowledge(a.id(), at(1));
        assertNotNull(ack);
        assertEquals(Transition.Kind.ACKNOWLEDGED, ack.kind());
        assertTrue(e.active().get(0).acknowledged());
        assertEquals(0, e.counts().get(Severity.CRITICAL), "acknowledged alerts are not counted");
        assertNull(e.acknowledge(a.id(), at(2)), "acknowledging twice does nothing");
        assertEquals("", kinds(eval(e, 2, p(10, "x").cpu(99))));
        assertTrue(e.active().get(0).acknowledged(), "still silenced while the condition holds");
        eval(e, 3, p(10, "x").cpu(1));
        Alert again = eval(e, 4, p(10, "x").cpu(99)).get(0).alert();
        assertFalse(again.acknowledged(), "after it cleared, a new alert is loud again");
        assertEquals(1, e.acknowledgeAll(at(5)).size());
        assertNull(e.acknowledge(12345, at(5)));
    }

    @Test
    void aReusedPidDoesNotInheritTheAlertNorTheSustainTime() {
        AlertEngine e = engine("cpu > 50 for 3s");
        for (int t = 0; t < 3; t++) eval(e, t, p(10, "old").ticks(100).cpu(99));
        assertEquals("fired:10", kinds(eval(e, 3, p(10, "old").ticks(100).cpu(99))));
        Identity old = e.active().get(0).identity();
        List<Transition> ts = eval(e, 4, p(10, "new").ticks(500).cpu(99));
        assertEquals("cleared:10", kinds(ts), "the old process ended; the new one starts from zero");
        assertEquals("process ended", ts.get(0).reason());
        assertEquals(old, ts.get(0).alert().identity());
        assertEquals("", kinds(eval(e, 5, p(10, "new").ticks(500).cpu(99))));
        assertEquals("", kinds(eval(e, 6, p(10, "new").ticks(500).cpu(99))));
        Alert a = eval(e, 7, p(10, "new").ticks(500).cpu(99)).get(0).alert();
        assertEquals(new Identity(10, 500), a.identity());
        assertEquals("new", a.name());
    }

    @Test
    void aReusedPidIsNotHeldBackByTheOldProcesssCooldown() {
        AlertEngine e = engine("cpu > 50");
        eval(e, 0, p(10, "old").ticks(100).cpu(99));
        eval(e, 1, p(10, "old").ticks(100).cpu(1));
        assertEquals("fired:10", kinds(eval(e, 2, p(10, "new").ticks(500).cpu(99))));
    }

    @Test
    void exitFiresForAMatchedProcessThatEnds() {
        AlertEngine e = engine("exit where name:sleep");
        eval(e, 0, p(10, "sleep"), p(11, "cat"));
        List<Transition> ts = eval(e, 1, p(12, "other"));
        assertEquals("fired:10", kinds(ts));
        Alert a = ts.get(0).alert();
        assertEquals("PID 10 (sleep) exited", a.message());
        assertTrue(Double.isNaN(a.value()));
        assertEquals("", kinds(eval(e, 30, p(12, "other"))), "an event stays active for a while");
        assertEquals(1, e.active().size());
        List<Transition> gone = eval(e, 61, p(12, "other"));
        assertEquals("cleared:10", kinds(gone));
        assertEquals("event shown", gone.get(0).reason());
    }

    @Test
    void startFiresForNewMatchesButNotForTheFirstSnapshot() {
        AlertEngine e = engine("start where name:java");
        assertEquals("", kinds(eval(e, 0, p(10, "java"), p(11, "bash"))));
        assertEquals("fired:12", kinds(eval(e, 1, p(10, "java"), p(11, "bash"), p(12, "java"))));
        assertEquals("", kinds(eval(e, 2, p(10, "java"), p(11, "bash"), p(12, "java"))), "once per process");
        assertEquals("fired:11", kinds(eval(e, 3, p(10, "java"), p(11, "java"), p(12, "java"))),
                "a process that exec()s into a match is a start too");
        assertEquals("PID 11 (java) started", e.active().get(0).message());
    }

    @Test
    void watchedProcessExitFiresAndAReusedPidIsNotWatched() {
        AlertEngine e = engine();
        ProcessSample s = p(20, "sleep").ticks(5).build();
        eval(e, 0, p(20, "sleep").ticks(5), p(21, "x"));
        Rule w = e.watch(s.identity());
        assertEquals("exit where pid = 20", w.toString());
        assertTrue(e.isWatched(s.identity()));
        assertTrue(e.rules().contains(w));
        assertEquals("", kinds(eval(e, 1, p(20, "sleep").ticks(5), p(21, "x"))));
        List<Transition> ts = eval(e, 2, p(20, "sleep").ticks(9), p(21, "x"));
        assertEquals("fired:20", kinds(ts), "the watched process ended, though its PID is in use again");
        assertEquals("PID 20 (sleep) exited (watched)", ts.get(0).alert().message());
        assertFalse(e.isWatched(s.identity()), "a dead process is no longer watched");
        assertEquals("", kinds(eval(e, 3, p(21, "x"))), "the new holder of PID 20 was never watched");
        e.watch(new Identity(21, 210));
        assertTrue(e.unwatch(new Identity(21, 210)));
        assertFalse(e.unwatch(new Identity(21, 210)));
        assertEquals("", kinds(eval(e, 4)));
    }

    @Test
    void zombiesNameTheParentsThatDoNotReap() {
        AlertEngine e = new AlertEngine(DefaultRules.rules());
        List<Transition> ts = eval(e, 0, p(1, "init").ppid(0), p(50, "bash"), p(51, "sleep").ppid(50).state('Z'),
                p(52, "sleep").ppid(50).state('Z'), p(60, "make"), p(61, "cc").ppid(60).state('Z'),
                p(70, "ok"));
        assertEquals(1, ts.size());
        Alert a = ts.get(0).alert();
        assertEquals("sys.zombies > 0", a.rule().toString());
        assertEquals(3, a.value());
        assertEquals("sys.zombies 3 > 0; parents not reaping: PID 50 (bash) 2, PID 60 (make) 1", a.message());
        assertEquals(50, a.pid(), "the alert points at the parent holding the most zombies");
        assertEquals("bash", a.name());
        assertEquals(Severity.WARNING, e.activeByIdentity().get(new Identity(50, 500)));
    }

    @Test
    void stateDForTenSecondsAndSystemMetrics() {
        AlertEngine e = new AlertEngine(List.of(rule("state == D for 10s"), rule("sys.mem > 90"),
                rule("sys.load1 >= 8 severity critical"), rule("sys.swap > 50"), rule("sys.tasks > 2")));
        for (int t = 0; t < 10; t++) {
            List<Transition> ts = e.evaluate(snap(at(t), sys(10, 50, 0, 1, 1), p(7, "dd").state('D')), at(t));
            assertEquals("", kinds(ts), "t=" + t);
        }
        List<Transition> ts = e.evaluate(snap(at(10), sys(10, 95, 60, 9, 3), p(7, "dd").state('D')), at(10));
        List<String> msgs = ts.stream().map(t -> t.alert().message()).toList();
        assertEquals(List.of("PID 7 (dd) state D for 10s", "sys.mem 95.0 > 90", "sys.load1 9.00 >= 8",
                "sys.swap 60.0 > 50", "sys.tasks 3 > 2"), msgs);
        Alert mem = ts.get(1).alert();
        assertEquals(0, mem.pid());
        assertNull(mem.name());
        assertNull(mem.identity());
        assertEquals(1, e.counts().get(Severity.CRITICAL));
        assertEquals(4, e.counts().get(Severity.WARNING));
    }

    @Test
    void perProcessMetricsAndWhere() {
        long now = at(0);
        AlertEngine e = engine("rss > 1G where name:java", "io > 10M", "age > 1h", "threads >= 64", "mem > 50");
        List<Transition> ts = e.evaluate(snap(now,
                p(10, "java").rss(2L << 30), p(11, "python").rss(2L << 30),
                p(12, "dd").io(8 << 20, 4 << 20), p(13, "unknown-io").io(Double.NaN, Double.NaN),
                p(14, "old").started(now - 7_200_000), p(15, "many").threads(64), p(16, "fat").mem(60)), now);
        List<String> msgs = ts.stream().map(t -> t.alert().message()).toList();
        assertEquals(List.of("PID 10 (java) rss 2.0G > 1G", "PID 12 (dd) io 12.0M/s > 10M",
                "PID 14 (old) age 2h00m > 1h", "PID 15 (many) threads 64 >= 64", "PID 16 (fat) mem 60.0 > 50"), msgs);
    }

    @Test
    void threadRowsAreNotProcesses() {
        AlertEngine e = engine("cpu > 50");
        assertEquals("", kinds(eval(e, 0, p(10, "java").cpu(1), p(11, "worker").thread(10).cpu(99))));
    }

    @Test
    void activeListIsNewestFirstAndHistoryIsBounded() {
        AlertEngine e = engine("cpu > 50 cooldown 0");
        eval(e, 0, p(10, "a").cpu(99), p(11, "b").cpu(1));
        eval(e, 1, p(10, "a").cpu(99), p(11, "b").cpu(99));
        assertEquals(List.of(11, 10), e.active().stream().map(Alert::pid).toList());
        for (int t = 2; t < 2 + 2 * AlertEngine.HISTORY_LIMIT + 4; t += 2) {
            eval(e, t, p(10, "a").cpu(99));
            eval(e, t + 1, p(10, "a").cpu(1));
        }
        assertEquals(AlertEngine.HISTORY_LIMIT, e.history().size());
        assertTrue(e.history().get(0).clearedMillis() > e.history().get(1).clearedMillis());
    }

    @Test
    void setRulesKeepsStateForKeptRulesAndClearsRemovedOnes() {
        AlertEngine e = engine("cpu > 50 for 2s", "mem > 50");
        eval(e, 0, p(10, "a").cpu(99).mem(60));
        eval(e, 1, p(10, "a").cpu(99).mem(60));
        List<Transition> ts = e.setRules(List.of(rule("cpu>50   for 2s")), at(1.5));
        assertEquals("cleared:10", kinds(ts));
        assertEquals("rule removed", ts.get(0).reason());
        assertEquals("fired:10", kinds(eval(e, 2, p(10, "a").cpu(99).mem(60))),
                "the kept rule's sustain time ran on");
    }

    @Test
    void listenerHearsEveryTransition() {
        List<Transition> heard = new ArrayList<>();
        AlertEngine e = new AlertEngine(List.of(rule("cpu > 50")), heard::add);
        eval(e, 0, p(10, "a").cpu(99));
        e.acknowledge(e.active().get(0).id(), at(0.5));
        eval(e, 1, p(10, "a").cpu(1));
        assertEquals("fired:10 acknowledged:10 cleared:10", kinds(heard));
    }
}
