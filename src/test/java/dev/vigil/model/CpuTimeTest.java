package dev.vigil.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CpuTimeTest {
    @ParameterizedTest
    @CsvSource({"0,0:00.00", "1.23,0:01.23", "0.999,0:00.99", "61.5,1:01.50", "3599.99,59:59.99",
            "3600,1h00:00", "18427,5h07:07", "359999,99h59:59", "360000,4d04h00m", "8639999,99d23h59m",
            "8640000,100d00h", "31535999,364d23h", "31536000,1y000d", "66000000,2y033d", "-1,-", "NaN,-"})
    void formatsAsHtopTimePlus(double seconds, String expected) {
        assertEquals(expected, CpuTime.format(seconds));
        assertEquals(true, expected.length() <= 9, expected);
    }
}
