package dev.vigil.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.Binding;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.KeyTable;
import dev.vigil.ui.keys.MainKeys;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.overlays.HelpOverlay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyTableTest {
    @TempDir
    Path dir;

    @Test
    void everyKeyOfTheIssueIsBound() {
        KeyTable t = MainKeys.table();
        for (String k : List.of("Up", "Down", "PgUp", "PgDn", "Home", "End", "F1", "h", "?", "F2", "F3", "/", "n",
                "F4", "\\", "u", "F5", "t", "+", "-", "*", "F6", "<", ">", "I", "P", "M", "T", "N", "H", "K", "Z",
                "F10", "q", "Ctrl-L", "Ctrl-C")) {
            assertNotNull(t.find(Key.parse(k)), k);
        }
        for (String reserved : List.of("F7", "F8", "F9", "k", "Space", "c", "U", "A", "w", "Enter", "e")) {
            assertNull(t.find(Key.parse(reserved)), reserved + " is left for the actions, alerts and detail parts");
        }
    }

    @Test
    void aKeyCannotBeBoundTwice() {
        KeyTable t = MainKeys.table();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> t.bind("X", "F9 q", "Kill", "twice", s -> Reaction.NONE));
        assertTrue(e.getMessage().contains("key q bound twice"), e.getMessage());
        assertNull(t.find(Key.parse("F9")), "a refused binding adds none of its keys");
    }

    @Test
    void laterPartsAddBindingsThatShowInTheBarHelpAndReadme() {
        KeyTable t = MainKeys.table();
        t.bind("Actions", "F9 k", "Kill", "send a signal", s -> Reaction.REDRAW);
        List<String> bar = t.functionBar().stream().map(b -> b.functionKey().name() + b.label()).toList();
        assertEquals(List.of("F1Help", "F2Setup", "F3Search", "F4Filter", "F5Tree", "F6SortBy", "F9Kill", "F10Quit"), bar);
        assertTrue(t.markdown().contains("### Actions\n\n- `F9` `k` — Kill: send a signal\n"), t.markdown());
        assertTrue(String.join("\n", HelpOverlay.lines(t)).contains("F9 k"));
    }

    @Test
    void keysMapFromKeystrokes() {
        assertEquals(Key.parse("Ctrl-L"), Key.of(new KeyStroke('l', true, false)));
        assertEquals(Key.parse("P"), Key.of(new KeyStroke('P', false, false)));
        assertEquals(Key.parse("Space"), Key.of(new KeyStroke(' ', false, false)));
        assertEquals(Key.parse("F5"), Key.of(new KeyStroke(KeyType.F5)));
        assertEquals(Key.parse("PgDn"), Key.of(new KeyStroke(KeyType.PageDown)));
        assertNull(Key.of(new KeyStroke('x', false, true)), "Alt-x is not a table key");
        assertEquals("Ctrl-L", Key.parse("Ctrl-L").name());
        assertEquals("Esc", Key.parse("Esc").name());
        assertThrows(IllegalArgumentException.class, () -> Key.parse("Hyper-X"));
    }

    /** docs/keys.md is generated from the table: this fails when it is stale (run KeyList to fix). */
    @Test
    void docsKeysMdMatchesTheTable() throws Exception {
        String want = KeyList.markdown();
        Path doc = Path.of("docs/keys.md");
        assertTrue(Files.exists(doc), "docs/keys.md missing: run the KeyList main");
        assertEquals(want, Files.readString(doc), "docs/keys.md is stale: run the KeyList main");
    }

    /** README's first screen lists ten keys by hand: each must be bound, and README links to the full list. */
    @Test
    void readmesTenKeysAreBound() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("](docs/keys.md)"), "README links to docs/keys.md");
        int from = readme.indexOf("| key | does |\n");
        assertTrue(from >= 0, "README's key table");
        String[] rows = readme.substring(from, readme.indexOf("\n\n", from)).split("\n");
        assertEquals(12, rows.length, "a header, a rule and ten keys");
        KeyTable t = KeyList.table();
        for (String row : List.of(rows).subList(2, rows.length)) {
            String keys = row.split("\\|")[1];
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("`([^`]+)`").matcher(keys);
            int n = 0;
            while (m.find()) {
                n++;
                assertNotNull(t.find(dev.vigil.ui.keys.Key.parse(m.group(1))), "README names an unbound key: " + m.group(1));
            }
            assertTrue(n > 0, row);
        }
    }

    @Test
    void helpListsEveryBindingAndClosesOnEsc() throws Exception {
        VirtualScreen v = new VirtualScreen(120, 60);
        Session s = VirtualScreen.session(dir);
        s.accept(new FakeSampler(0).sample());
        s.handleKey(new KeyStroke(KeyType.F1));
        v.paint(s);
        String text = v.text();
        for (Binding b : s.keys().bindings()) assertTrue(text.contains(b.keyNames()) && text.contains(b.label()), b.label());
        assertTrue(text.contains("vigil dev help"), text);
        assertTrue(text.contains("F4 \\ ") && !text.contains("\\\\"), "the filter key is one backslash, not an escaped two\n" + text);
        s.handleKey(new KeyStroke(KeyType.Escape));
        v.paint(s);
        assertTrue(v.text().contains("/usr/bin/java"));
        s.handleKey(new KeyStroke('?', false, false));
        s.handleKey(new KeyStroke(KeyType.ArrowDown));
        assertTrue(s.overlays().top() instanceof HelpOverlay, "arrows scroll, help stays");
        s.handleKey(new KeyStroke('q', false, false));
        assertNull(s.overlays().top());
    }
}
