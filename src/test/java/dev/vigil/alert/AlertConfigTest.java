package dev.vigil.alert;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vigil.alert.Snaps.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertConfigTest {

    @Test
    void readsRulesAndSwitches() {
        AlertConfig c = AlertConfig.parse(List.of(
                "# vigil config",
                "delay=15",
                "alert=cpu > 80 for 1m where name:java",
                "  alert = sys.load1 > 8 severity critical  ",
                "alert=cpu>80 for 60s where name:java",
                "alerts.defaults=off",
                "alerts.bell = on"));
        assertTrue(c.ok(), c.errors().toString());
        assertEquals(List.of("cpu > 80 for 1m where name:java", "sys.load1 > 8 severity critical"),
                c.rules().stream().map(Rule::toString).toList(), "duplicates collapse");
        assertFalse(c.defaults());
        assertTrue(c.bell());
        assertEquals(c.rules(), c.effectiveRules(List.of()));
    }

    @Test
    void defaultsAreOnAndComeFirst() {
        AlertConfig c = AlertConfig.parse(List.of("alert=mem > 50"));
        assertTrue(c.defaults());
        assertFalse(c.bell());
        List<Rule> eff = c.effectiveRules(List.of(rule("io > 1M"), rule("cpu > 90 for 30s")));
        assertEquals(List.of("state == D for 10s", "sys.zombies > 0", "cpu > 90 for 30s", "sys.mem > 90",
                "sys.swap > 50", "mem > 50", "io > 1M"), eff.stream().map(Rule::toString).toList());
        assertEquals(DefaultRules.TEXT, DefaultRules.rules().stream().map(Rule::toString).toList());
    }

    @Test
    void badLinesAreReportedWithLineAndColumnAndTheOldRulesStay() {
        AlertConfig old = AlertConfig.parse(List.of("alert=cpu > 50"));
        AlertConfig bad = AlertConfig.parse(List.of("alert=mem > 5", "", "alert=cpu >> 5", "alerts.bell=loud"));
        assertEquals(List.of("line 3: alert rule 'cpu >> 5': at column 5: unknown operator '>>' (one of > >= < <= == !=)",
                "line 4: alerts.bell: 'loud' is not on or off"), bad.errors());
        assertEquals(List.of(rule("mem > 5")), bad.rules(), "the good lines still parse");
        AlertConfig kept = bad.orKeep(old);
        assertEquals(old.rules(), kept.rules());
        assertEquals(bad.errors(), kept.errors());
        AlertConfig good = AlertConfig.parse(List.of("alert=io > 1M"));
        assertEquals(good, good.orKeep(old));
    }

    @Test
    void savedLineParsesBack() {
        Rule r = rule("cpu > 90 for 30s where name:java severity critical cooldown 5m");
        String line = AlertConfig.line(r);
        assertEquals("alert=cpu > 90 for 30s where name:java severity critical cooldown 5m", line);
        assertEquals(List.of(r), AlertConfig.parse(List.of(line)).rules());
    }
}
