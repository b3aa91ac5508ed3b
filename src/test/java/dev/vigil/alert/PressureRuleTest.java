package dev.vigil.alert;

import dev.vigil.sample.Pressure;
import dev.vigil.sample.SystemSample;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vigil.alert.Snaps.rule;
import static dev.vigil.alert.Snaps.snap;
import static dev.vigil.alert.Snaps.sys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** sys.psi.* rules: avg10 of the some line (or .full), percent; never fire where the kernel has no PSI. */
class PressureRuleTest {
    private static SystemSample withPsi(double cpuSome, double memSome, double memFull, double ioSome) {
        return sys(10, 20, 0, 0.5, 1).withPressure(new Pressure(
                new Pressure.Stall(cpuSome, 0, 0, Double.NaN, Double.NaN, Double.NaN),
                new Pressure.Stall(memSome, 0, 0, memFull, 0, 0),
                new Pressure.Stall(ioSome, 0, 0, 0, 0, 0)));
    }

    @Test
    void parsesInCanonicalForm() {
        assertEquals("sys.psi.cpu > 20 for 30s", rule("SYS.PSI.CPU>20 for 30000ms").toString());
        assertEquals(Metric.SYS_PSI_MEMORY_FULL, rule("sys.psi.memory.full > 5").metric());
        assertEquals(Metric.SYS_PSI_IO, rule("sys.psi.io >= 10").metric());
    }

    @Test
    void firesOnTheSomeOrFullShareAndClearsWithHysteresis() {
        AlertEngine e = new AlertEngine(List.of(rule("sys.psi.cpu > 20"), rule("sys.psi.memory.full > 5"),
                rule("sys.psi.io > 50")));
        List<Transition> ts = e.evaluate(snap(1000, withPsi(45.68, 3, 6.5, 0)), 1000);
        assertEquals(List.of("sys.psi.cpu 45.7 > 20", "sys.psi.memory.full 6.5 > 5"),
                ts.stream().map(t -> t.alert().message()).toList());
        ts = e.evaluate(snap(2000, withPsi(19.5, 3, 6.5, 0)), 2000);
        assertTrue(ts.isEmpty(), "19.5 is within 5 % of 20: still active");
        ts = e.evaluate(snap(3000, withPsi(10, 3, 1, 0)), 3000);
        assertEquals(2, ts.size(), "both cleared");
    }

    @Test
    void aKernelWithoutPsiNeverFires() {
        AlertEngine e = new AlertEngine(List.of(rule("sys.psi.cpu >= 0"), rule("sys.psi.cpu.full >= 0")));
        assertTrue(e.evaluate(snap(1000, sys(10, 20, 0, 0.5, 1)), 1000).isEmpty());
        assertTrue(e.evaluate(snap(2000, withPsi(1, 1, 1, 1)), 2000).stream().map(t -> t.alert().rule().toString())
                .toList().equals(List.of("sys.psi.cpu >= 0")), "cpu has no full line here (NaN)");
    }
}
