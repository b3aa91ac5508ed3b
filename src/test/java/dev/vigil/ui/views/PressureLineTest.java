package dev.vigil.ui.views;

import dev.vigil.sample.Pressure;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The header's pressure line: some averages of each resource, full ones when the width allows. */
class PressureLineTest {
    private static final Pressure P = new Pressure(
            new Pressure.Stall(45.68, 37.7, 15.64, Double.NaN, Double.NaN, Double.NaN),
            new Pressure.Stall(0.45, 5.84, 2.74, 0.45, 5.79, 2.69),
            new Pressure.Stall(0, 0, 0, 0, 0, 0));

    @Test
    void someAtEightyColumnsAndFullTooAtTwoHundred() {
        assertEquals("PSI some cpu: 45.68 37.70 15.64  mem: 0.45 5.84 2.74  io: 0.00 0.00 0.00",
                HeaderView.pressureLine(P, 80));
        assertEquals("PSI some cpu: 45.68 37.70 15.64  mem: 0.45 5.84 2.74  io: 0.00 0.00 0.00"
                + "  full mem: 0.45 5.79 2.69  io: 0.00 0.00 0.00", HeaderView.pressureLine(P, 200));
    }

    @Test
    void anAbsentResourceIsLeftOut() {
        Pressure cpuOnly = new Pressure(P.cpu(), null, null);
        assertEquals("PSI some cpu: 45.68 37.70 15.64", HeaderView.pressureLine(cpuOnly, 200));
    }
}
