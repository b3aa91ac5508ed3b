package dev.vigil.sample;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /proc/PID/stat lines parsed from literal bytes, with the comm names that break naive parsers. */
class StatLineTest {
    private static final String TAIL = " S 1 4242 4242 0 -1 4194560 120 0 0 0 250 50 0 0 25 5 3 0 987654 "
            + "10485760 321 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n";

    private static StatLine parse(byte[] line) {
        ProcFile f = new ProcFile();
        f.buf = line.clone();
        f.len = line.length;
        StatLine s = new StatLine();
        assertTrue(s.parse(f), "parses");
        return s;
    }

    private static byte[] line(byte[] comm) {
        byte[] head = "4242 (".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = (")" + TAIL).getBytes(StandardCharsets.US_ASCII);
        byte[] b = new byte[head.length + comm.length + tail.length];
        System.arraycopy(head, 0, b, 0, head.length);
        System.arraycopy(comm, 0, b, head.length, comm.length);
        System.arraycopy(tail, 0, b, head.length + comm.length, tail.length);
        return b;
    }

    private static String comm(byte[] line, StatLine s) {
        return Text.decode(line, s.commStart, s.commLength);
    }

    private static void assertFields(StatLine s) {
        assertEquals('S', s.state);
        assertEquals(1, s.ppid);
        assertEquals(250, s.utime);
        assertEquals(50, s.stime);
        assertEquals(25, s.priority);
        assertEquals(5, s.nice);
        assertEquals(3, s.threads);
        assertEquals(987654, s.startTicks);
        assertEquals(10485760, s.vsizeBytes);
        assertEquals(321, s.rssPages);
        assertEquals(4242, s.pgrp);
        assertEquals(4242, s.session);
        assertEquals(0, s.ttyNr);
        assertEquals(1, s.processor, "field 39, after exit_signal 17");
        assertFalse(s.kernelThread());
    }

    @Test
    void groupSessionTerminalAndLastCpuOfARealLine() {
        // A shell's child on pts/3 (tty_nr 34819 = major 136, minor 3), last run on CPU 5.
        byte[] l = ("31337 (sleep) S 31300 31337 31300 34819 31337 4194304 94 0 0 0 0 0 0 0 20 0 1 0 "
                + "123456 5689344 241 18446744073709551615 94799838400512 94799838417553 140725548395888 "
                + "0 0 0 0 0 0 0 0 0 17 5 0 0 0 0 0 94799838431248 94799838432480 94799851745280 "
                + "140725548398207 140725548398217 140725548398217 140725548400619 0\n").getBytes(StandardCharsets.US_ASCII);
        StatLine s = parse(l);
        assertEquals(31300, s.ppid);
        assertEquals(31337, s.pgrp);
        assertEquals(31300, s.session);
        assertEquals(34819, s.ttyNr);
        assertEquals(5, s.processor);
        assertEquals(123456, s.startTicks);
        assertEquals("pts/3", dev.vigil.model.ColumnText.tty(s.ttyNr).toString());
    }

    @Test
    void plainName() {
        byte[] l = line("sleep".getBytes(StandardCharsets.US_ASCII));
        StatLine s = parse(l);
        assertEquals("sleep", comm(l, s));
        assertFields(s);
    }

    @Test
    void nameWithParenthesesTakesTheLastClosingOne() {
        byte[] l = line("a) (b".getBytes(StandardCharsets.US_ASCII));
        StatLine s = parse(l);
        assertEquals("a) (b", comm(l, s));
        assertFields(s);
    }

    @Test
    void nameThatLooksLikeFields() {
        byte[] l = line(") S 99 (".getBytes(StandardCharsets.US_ASCII));
        StatLine s = parse(l);
        assertEquals(") S 99 (", comm(l, s));
        assertFields(s);
    }

    @Test
    void nameWithSpaces() {
        byte[] l = line("x y".getBytes(StandardCharsets.US_ASCII));
        StatLine s = parse(l);
        assertEquals("x y", comm(l, s));
        assertFields(s);
    }

    @Test
    void nameWithNewline() {
        byte[] l = line("bad\nname".getBytes(StandardCharsets.US_ASCII));
        StatLine s = parse(l);
        assertEquals("bad\nname", comm(l, s));
        assertEquals("bad\\nname", Text.escape(comm(l, s)));
        assertFields(s);
    }

    @Test
    void nameWithInvalidUtf8IsKeptByteForByte() {
        byte[] l = line(new byte[]{'n', (byte) 0xff, (byte) 0xc3, 'x'});
        StatLine s = parse(l);
        String name = comm(l, s);
        assertEquals(4, name.length());
        assertEquals("n\\xff\\xc3x", Text.escape(name));
        assertFields(s);
    }

    @Test
    void kernelThreadFlag() {
        String text = "2 (kthreadd) S 0 0 0 0 -1 2129984 0 0 0 0 0 0 0 0 20 0 1 0 1 0 0 "
                + "18446744073709551615 0 0 0 0 0 0 0 2147483647 0 0 0 0 17 0 0 0 0 0 0\n";
        StatLine s = parse(text.getBytes(StandardCharsets.US_ASCII));
        assertTrue(s.kernelThread());
        assertEquals(0, s.ppid);
        assertEquals(1, s.startTicks);
    }

    @Test
    void negativeNiceAndRealtimePriority() {
        String text = "77 (rt) R 1 77 77 0 -1 4194560 0 0 0 0 1 2 0 0 -51 -20 1 0 500 4096 2 0\n";
        StatLine s = parse(text.getBytes(StandardCharsets.US_ASCII));
        assertEquals('R', s.state);
        assertEquals(-51, s.priority);
        assertEquals(-20, s.nice);
    }

    @Test
    void truncatedOrEmptyLinesAreRefused() {
        for (String bad : new String[]{"", "4242 (sleep", "4242 (sleep)", "no parens at all"}) {
            ProcFile f = new ProcFile();
            byte[] b = bad.getBytes(StandardCharsets.US_ASCII);
            f.buf = b.length == 0 ? new byte[1] : b;
            f.len = b.length;
            assertFalse(new StatLine().parse(f), bad);
        }
    }

    /** A whole line as this kernel gives it to root, and the same process as another user sees it. */
    @Test
    void memoryLayoutTellsAnExecAndIsHiddenFromOthers() {
        String root = "14290 (cat) R 14288 14288 6297 0 -1 4194304 100 0 0 0 0 0 0 0 20 0 1 0 102958 3133440 393 "
                + "18446744073709551615 94570418380800 94570418400681 140728207170736 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0 "
                + "94570418416688 94570418418304 94570538057728 140728207178455 140728207178475 140728207178475 "
                + "140728207179755 0\n";
        StatLine s = parse(root.getBytes(StandardCharsets.US_ASCII));
        assertEquals(94570418380800L, s.startCode);
        assertEquals(94570418400681L, s.endCode);
        assertEquals(140728207170736L, s.startStack);
        assertEquals(140728207178455L, s.argStart);
        assertEquals(140728207178475L, s.argEnd);
        assertEquals(393, s.rssPages);
        long layout = s.programLayout();
        assertTrue(layout != 0);
        assertFalse(s.layoutHidden());
        StatLine again = parse(root.replace("140728207178475 140728207178475", "140728207178999 140728207178475")
                .getBytes(StandardCharsets.US_ASCII));
        assertTrue(again.programLayout() != layout, "other arguments, other layout");

        String other = "14290 (cat) S 14288 14288 6297 0 -1 4194304 100 0 0 0 0 0 0 0 20 0 1 0 102958 3133440 393 "
                + "18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n";
        StatLine hidden = parse(other.getBytes(StandardCharsets.US_ASCII));
        assertEquals(0, hidden.programLayout());
        assertTrue(hidden.layoutHidden());
        String zombie = "14290 (cat) Z 14288 14288 6297 0 -1 4227084 100 0 0 0 0 0 0 0 20 0 1 0 102958 0 0 "
                + "18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n";
        StatLine z = parse(zombie.getBytes(StandardCharsets.US_ASCII));
        assertEquals(0, z.programLayout());
        assertFalse(z.layoutHidden(), "no memory map: nothing hidden");
    }

    /** A stat line from before Linux 3.5 ends at field 44: no argument addresses, still a layout. */
    @Test
    void shortLineStillParses() {
        StatLine s = parse(line("sleep".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(0, s.argStart);
        assertEquals(1, s.startCode);
        assertFields(s);
    }
}
