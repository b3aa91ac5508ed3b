package dev.vigil.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /proc/pressure files parsed from literal text, and the sampler's system sample carrying them. */
class PressureTest {
    @TempDir
    Path dir;

    private static Pressure.Stall parse(String text) {
        ProcFile f = new ProcFile();
        f.buf = text.getBytes(StandardCharsets.US_ASCII);
        f.len = f.buf.length;
        return PressureReader.parse(f);
    }

    @Test
    void someAndFullLines() {
        Pressure.Stall s = parse("some avg10=45.68 avg60=37.70 avg300=15.64 total=63764068\n"
                + "full avg10=0.45 avg60=5.79 avg300=2.69 total=11674202\n");
        assertEquals(45.68, s.some10(), 1e-9);
        assertEquals(37.70, s.some60(), 1e-9);
        assertEquals(15.64, s.some300(), 1e-9);
        assertEquals(0.45, s.full10(), 1e-9);
        assertEquals(5.79, s.full60(), 1e-9);
        assertEquals(2.69, s.full300(), 1e-9);
    }

    @Test
    void cpuBeforeLinux513HasNoFullLine() {
        Pressure.Stall s = parse("some avg10=100.00 avg60=0.00 avg300=0.00 total=0\n");
        assertEquals(100.0, s.some10(), 1e-9);
        assertTrue(Double.isNaN(s.full10()));
        assertNull(parse(""), "an empty file (psi=0) is no pressure");
    }

    @Test
    void theSamplerCarriesPressureWhereTheFilesAreAndNoneWhereNot() {
        FakeProc proc = new FakeProc(dir);
        try (LinuxSampler without = new LinuxSampler(proc.root.toFile(), proc.passwd.toFile())) {
            assertNull(without.sample().system().pressure(), "no /proc/pressure");
        }
        proc.write("pressure/cpu", "some avg10=1.50 avg60=1.00 avg300=0.50 total=10\nfull avg10=0.00 avg60=0.00 avg300=0.00 total=0\n");
        proc.write("pressure/memory", "some avg10=2.00 avg60=0.00 avg300=0.00 total=1\nfull avg10=1.25 avg60=0.00 avg300=0.00 total=1\n");
        try (LinuxSampler s = new LinuxSampler(proc.root.toFile(), proc.passwd.toFile())) {
            Pressure p = s.sample().system().pressure();
            assertNotNull(p);
            assertEquals(1.5, p.cpu().some10(), 1e-9);
            assertEquals(1.25, p.memory().full10(), 1e-9);
            assertNull(p.io(), "no io file");
            proc.write("pressure/cpu", "some avg10=9.75 avg60=1.00 avg300=0.50 total=20\nfull avg10=0.00 avg60=0.00 avg300=0.00 total=0\n");
            assertEquals(9.75, s.sample().system().pressure().cpu().some10(), 1e-9, "read again at each refresh");
        }
    }
}
