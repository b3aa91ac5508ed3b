package dev.vigil.ui;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.vigil.ui.VirtualScreen.key;
import static dev.vigil.ui.VirtualScreen.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Digits in the table jump to the PID typed, as htop's PID search. */
class PidSearchTest {
    @TempDir
    Path dir;

    private Session start() {
        Session s = VirtualScreen.session(dir);
        s.accept(new FakeSampler(0).sample());
        return s;
    }

    private static int selected(Session s) {
        return s.cursor().selectedRow().process().pid();
    }

    @Test
    void digitsAddUpToThePidAndSelectIt() throws Exception {
        Session s = start();
        type(s, "1");
        assertTrue(Integer.toString(selected(s)).startsWith("1"), "a PID starting with 1: " + selected(s));
        type(s, "300");
        assertEquals(1300, selected(s));
        assertEquals("PID 1300", s.statusLine().text());
        VirtualScreen v = new VirtualScreen(80, 24);
        v.paint(s);
        assertTrue(v.text().contains("PID 1300"), v.text());
    }

    @Test
    void anotherKeyStartsANewNumberAndAnUnknownPidIsSaid() throws Exception {
        Session s = start();
        type(s, "13");
        s.handleKey(key(KeyType.ArrowDown));
        type(s, "410");
        assertEquals(410, selected(s), "not 13410: the arrow ended the first number");
        s.handleKey(key(KeyType.Home));
        type(s, "99999");
        assertEquals("PID 99999: not shown", s.statusLine().text());
        s.handleKey(key(KeyType.Escape));
        type(s, "700");
        assertEquals(700, selected(s));
    }
}
