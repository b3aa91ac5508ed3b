package dev.vigil.alert;

import dev.vigil.json.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vigil.alert.Snaps.p;
import static dev.vigil.alert.Snaps.rule;
import static dev.vigil.alert.Snaps.snap;
import static dev.vigil.alert.Snaps.sys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertJsonTest {
    private static final long T0 = 1_700_000_000_000L; // 2023-11-14T22:13:20Z

    private static Alert fire(String ruleText, Snaps.P... ps) {
        AlertEngine e = new AlertEngine(List.of(rule(ruleText)));
        List<Transition> ts = e.evaluate(snap(T0, sys(10, 95, 0, 1, ps.length), ps), T0);
        assertEquals(1, ts.size(), ruleText);
        return ts.get(0).alert();
    }

    @Test
    void processAlertHasExactlyTheDocumentedKeys() {
        Alert a = fire("cpu > 90 for 0s severity critical", p(10, "busy").cpu(99.25));
        assertEquals("{\"rule\":\"cpu > 90 severity critical\",\"severity\":\"critical\",\"state\":\"active\","
                + "\"pid\":10,\"name\":\"busy\",\"value\":99.25,\"threshold\":90,"
                + "\"since\":\"2023-11-14T22:13:20.000Z\",\"message\":\"PID 10 (busy) cpu 99.3 > 90\"}",
                AlertJson.object(a));
    }

    @Test
    void stateValuesAreLettersSystemAlertsHaveNoPidEventsHaveNoValue() {
        assertTrue(AlertJson.object(fire("state == D", p(7, "dd").state('D')))
                .contains("\"value\":\"D\",\"threshold\":\"D\""));
        String mem = AlertJson.object(fire("sys.mem > 90"));
        assertTrue(mem.contains("\"pid\":null,\"name\":null,\"value\":95,\"threshold\":90"), mem);
        AlertEngine e = new AlertEngine(List.of(rule("exit")));
        e.evaluate(snap(T0, p(5, "x")), T0);
        String exit = AlertJson.object(e.evaluate(snap(T0 + 1000), T0 + 1000).get(0).alert());
        assertTrue(exit.contains("\"pid\":5,\"name\":\"x\",\"value\":null,\"threshold\":null"), exit);
        assertTrue(AlertJson.object(fire("rss > 1G", p(3, "big").rss(3L << 30)))
                .contains("\"value\":3221225472,\"threshold\":1073741824"));
    }

    @Test
    void listGoesUnderAlertsAndNamesAreData() {
        Alert a = fire("cpu > 1", p(10, "we\"ird\nname").cpu(5));
        Json j = new Json().beginObject().field("sequence", 1).name("alerts");
        AlertJson.writeList(j, List.of(a));
        j.endObject();
        String s = j.toString();
        assertTrue(s.startsWith("{\"sequence\":1,\"alerts\":[{\"rule\":\"cpu > 1\""), s);
        assertTrue(s.contains("\"name\":\"we\\\"ird\\nname\""), s);
        assertTrue(s.contains("\"message\":\"PID 10 (we\\\"ird\\\\nname) cpu 5.0 > 1\""),
                "the message carries the escaped name: " + s);
        assertTrue(s.endsWith("}]}"));
    }

    @Test
    void logLineIsOneWholeLine() {
        AlertEngine e = new AlertEngine(List.of(rule("cpu > 1")));
        Transition t = e.evaluate(snap(T0, p(10, "a\nb").cpu(5)), T0).get(0);
        String line = AlertJson.logLine(t);
        assertTrue(line.startsWith("{\"time\":\"2023-11-14T22:13:20.000Z\",\"event\":\"fired\",\"rule\":\"cpu > 1\""), line);
        assertTrue(line.endsWith("}\n"));
        assertEquals(1, line.chars().filter(c -> c == '\n').count());
        Transition cleared = e.evaluate(snap(T0 + 1500, p(10, "a\nb").cpu(0)), T0 + 1500).get(0);
        String cl = AlertJson.logLine(cleared);
        assertTrue(cl.contains("\"time\":\"2023-11-14T22:13:21.500Z\",\"event\":\"cleared\""), cl);
        assertTrue(cl.contains("\"state\":\"cleared\""), cl);
        assertTrue(cl.contains("\"reason\":\"condition false\""), cl);
    }

    @Test
    void textLines() {
        Alert a = fire("cpu > 90 severity critical", p(12, "x").cpu(97));
        assertEquals("[critical] PID 12 (x) cpu 97.0 > 90", AlertText.line(a));
        AlertEngine e = new AlertEngine(List.of(rule("cpu > 90")));
        Alert b = e.evaluate(snap(T0, p(12, "x").cpu(97)), T0).get(0).alert();
        e.acknowledge(b.id(), T0);
        assertEquals(List.of("[warning] PID 12 (x) cpu 97.0 > 90 (acknowledged)"), AlertText.lines(e.active()));
        e.evaluate(snap(T0 + 1000, p(12, "x").cpu(0)), T0 + 1000);
        assertEquals("[warning] PID 12 (x) cpu 97.0 > 90 (cleared)", AlertText.line(e.history().get(0)));
    }
}
