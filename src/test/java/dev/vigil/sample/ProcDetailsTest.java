package dev.vigil.sample;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status and statm parsers fed literal text as this kernel gives it. */
class ProcDetailsTest {
    private static ProcDetails with(String text) {
        ProcFile f = new ProcFile();
        f.buf = text.getBytes(StandardCharsets.UTF_8);
        f.len = f.buf.length;
        return new ProcDetails(f);
    }

    private static String status(String uid, String capPrm) {
        return "Name:\tpython3\nUmask:\t0022\nState:\tS (sleeping)\nTgid:\t4242\nPid:\t4242\nPPid:\t1\n"
                + "Uid:\t" + uid + "\nGid:\t0\t0\t0\t0\nVmRSS:\t    9216 kB\n"
                + "CapInh:\t0000000000000000\nCapPrm:\t" + capPrm + "\nCapEff:\t" + capPrm + "\n";
    }

    @Test
    void rootWithCapabilitiesCanChangeItsUids() {
        ProcDetails d = with(status("0\t0\t0\t0", "000001ffffffffff"));
        assertTrue(d.parseUids());
        assertEquals(0, d.realUid);
        assertEquals(0, d.effectiveUid);
        assertTrue(d.canChangeUid);
    }

    @Test
    void realAndEffectiveApart() {
        ProcDetails d = with(status("0\t65534\t0\t65534", "0000000000000000"));
        assertTrue(d.parseUids());
        assertEquals(0, d.realUid);
        assertEquals(65534, d.effectiveUid);
        assertTrue(d.canChangeUid, "it may swap back to the saved uid 0");
    }

    @Test
    void anOrdinaryProcessCannot() {
        ProcDetails d = with(status("1000\t1000\t1000\t1000", "0000000000000000"));
        assertTrue(d.parseUids());
        assertFalse(d.canChangeUid);
        ProcDetails setuidOnly = with(status("1000\t1000\t1000\t1000", "0000000000000080"));
        assertTrue(setuidOnly.parseUids());
        assertTrue(setuidOnly.canChangeUid, "CAP_SETUID alone is enough");
    }

    @Test
    void statusWithoutUidLine() {
        assertFalse(with("Name:\tx\n").parseUids());
    }

    @Test
    void statmResidentPages() {
        assertEquals(2304, with("30141 2304 1536 690 0 1093 0\n").parseResidentPages());
        assertEquals(0, with("0 0 0 0 0 0 0\n").parseResidentPages(), "a kernel thread");
        assertEquals(-1, with("").parseResidentPages());
    }
}
