package dev.vigil.ui;

import com.googlecode.lanterna.TextColor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CPU and memory meters split as htop's (FakeSampler: CPU 0 at 13.5 % busy, of which 60 %
 * user, 10 % nice, 30 % system, plus 2 points of iowait; memory 16G with 6G used, 512M buffers
 * and 3G cache), drawn on a virtual terminal in color and in monochrome.
 */
class MetersTest {
    @TempDir
    Path dir;

    private VirtualScreen painted(Map<String, String> env) throws Exception {
        VirtualScreen v = new VirtualScreen(120, 40);
        Session s = VirtualScreen.session(dir, env, VirtualScreen.options());
        s.accept(new FakeSampler(0).sample());
        v.paint(s);
        return v;
    }

    @Test
    void monochromeShowsEachPartWithItsOwnCharacter() throws Exception {
        Map<String, String> env = VirtualScreen.utf8Env();
        env.put("NO_COLOR", "1");
        List<String> l = painted(env).lines();
        // 54 cells inside the brackets: nice 1, user to 5, system to 7, iowait to 8
        assertTrue(l.get(0).startsWith("  0[|####**@ ") && l.get(0).contains(" 13.5%]"), l.get(0));
        // memory: used 6/16 of 54 cells = 20, buffers to 22, cache to 32
        assertTrue(l.get(2).matches("Mem\\[\\|{20}#{2}\\*{10} +6\\.0G/16\\.0G\\].*"), l.get(2));
        assertTrue(l.get(2).contains("Tasks: 11, 30 thr, 59 kthr; 2 running"), l.get(2));
    }

    @Test
    void colorShowsEachPartInHtopsColor() throws Exception {
        VirtualScreen v = painted(VirtualScreen.utf8Env());
        List<String> l = v.lines();
        assertTrue(l.get(2).startsWith("Mem[" + "█".repeat(32) + " "), l.get(2));
        assertEquals(TextColor.ANSI.GREEN, v.at(4, 2).getForegroundColor(), "used");
        assertEquals(TextColor.ANSI.BLUE_BRIGHT, v.at(4 + 20, 2).getForegroundColor(), "buffers");
        assertEquals(TextColor.ANSI.YELLOW, v.at(4 + 22, 2).getForegroundColor(), "cache");
        assertEquals(TextColor.ANSI.BLUE_BRIGHT, v.at(4, 0).getForegroundColor(), "nice");
        assertEquals(TextColor.ANSI.GREEN, v.at(5, 0).getForegroundColor(), "user");
        assertEquals(TextColor.ANSI.RED, v.at(9, 0).getForegroundColor(), "system");
        assertEquals(TextColor.ANSI.BLACK_BRIGHT, v.at(11, 0).getForegroundColor(), "iowait");
    }
}
