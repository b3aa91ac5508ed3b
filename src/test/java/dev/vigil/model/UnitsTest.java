package dev.vigil.model;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnitsTest {
    @Test
    void twoDecimalsPrintsWhatPercentPointTwoFPrintsForLoadAverages() {
        // /proc/loadavg has two decimals: every such value from 0.00 to 150.00 parsed as a double
        for (int h = 0; h <= 15_000; h++) {
            String text = h / 100 + "." + (h % 100 < 10 ? "0" : "") + h % 100;
            double v = Double.parseDouble(text);
            assertEquals(String.format(Locale.ROOT, "%.2f", v), Units.twoDecimals(v), text);
        }
        assertEquals("0.50", Units.twoDecimals(0.5));
        assertEquals("12.35", Units.twoDecimals(12.3456));
        assertEquals("-1.25", Units.twoDecimals(-1.25));
        assertEquals("0.00", Units.twoDecimals(-0.001));
        assertEquals("-", Units.twoDecimals(Double.NaN));
    }

    @Test
    void twoDigitsAndDurations() {
        assertEquals("00", Units.twoDigits(0));
        assertEquals("07", Units.twoDigits(7));
        assertEquals("59", Units.twoDigits(59));
        assertEquals("500ms", Units.formatDuration(500));
        assertEquals("1.5s", Units.formatDuration(1500));
        assertEquals("1m", Units.formatDuration(60_000));
        assertEquals("1m05s", Units.formatDuration(65_000));
        assertEquals("2h05m", Units.formatDuration(7_500_000));
    }
}
