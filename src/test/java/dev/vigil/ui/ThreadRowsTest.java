package dev.vigil.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static dev.vigil.ui.VirtualScreen.ch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With H, thread rows show their own name (FakeSampler: thread 1201 "java-worker" of java 1200) and stand apart. */
class ThreadRowsTest {
    @TempDir
    Path dir;

    private VirtualScreen shown(Map<String, String> env, String filter) throws Exception {
        FakeSampler sampler = new FakeSampler(0);
        sampler.setIncludeThreads(true);
        Session s = VirtualScreen.session(dir, env, VirtualScreen.options());
        s.accept(sampler.sample());
        s.handleKey(ch('H'));
        if (filter != null) {
            s.handleKey(ch('\\'));
            VirtualScreen.type(s, filter);
            s.handleKey(VirtualScreen.key(com.googlecode.lanterna.input.KeyType.Enter));
        }
        VirtualScreen v = new VirtualScreen(120, 40);
        v.paint(s);
        return v;
    }

    @Test
    void threadRowShowsItsOwnNameInGreen() throws Exception {
        VirtualScreen v = shown(VirtualScreen.utf8Env(), null);
        int row = v.rowOf(" 1201 ");
        assertTrue(row > 0, v.text());
        String line = v.lines().get(row);
        assertTrue(line.endsWith(" java-worker"), line);
        assertEquals(TextColor.ANSI.GREEN, v.at(line.indexOf("java-worker"), row).getForegroundColor());
        int proc = v.rowOf(" 1200 ");
        assertTrue(v.lines().get(proc).endsWith("/usr/bin/java --id 1200"), v.lines().get(proc));
        int other = v.rowOf("/usr/bin/systemd"); // (1200 is the selected row)
        assertEquals(TextColor.ANSI.DEFAULT, v.at(1, other).getForegroundColor(), "a process row is not green");
    }

    @Test
    void withoutColorAThreadRowIsBold() throws Exception {
        Map<String, String> env = VirtualScreen.utf8Env();
        env.put("NO_COLOR", "1");
        VirtualScreen v = shown(env, null);
        int row = v.rowOf(" 1201 ");
        assertTrue(v.at(1, row).getModifiers().contains(SGR.BOLD), v.lines().get(row));
    }

    @Test
    void pidFilterKeepsTheThreads() throws Exception {
        VirtualScreen v = shown(VirtualScreen.utf8Env(), "pid:1200");
        assertTrue(v.rowOf(" 1200 ") > 0 && v.rowOf(" 1201 ") > 0, v.text());
        assertEquals(-1, v.rowOf("/usr/bin/systemd"), v.text());
    }
}
