package dev.vigil.ui;

import com.googlecode.lanterna.input.KeyType;
import dev.vigil.model.ColumnOrder;
import dev.vigil.model.SortColumn;
import dev.vigil.sample.ProcRead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static dev.vigil.model.SortColumn.COMMAND;
import static dev.vigil.model.SortColumn.CPU;
import static dev.vigil.model.SortColumn.PID;
import static dev.vigil.model.SortColumn.PPID;
import static dev.vigil.model.SortColumn.USER;
import static dev.vigil.ui.VirtualScreen.ch;
import static dev.vigil.ui.VirtualScreen.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** F2's columns: turned on, moved, saved in order, and what they make the sampler read. */
class SetupColumnsTest {
    @TempDir
    Path dir;

    @Test
    void orderRules() {
        List<SortColumn> shown = List.of(PID, USER, CPU, COMMAND);
        assertEquals(List.of(PID, USER, CPU, PPID, COMMAND), ColumnOrder.toggle(shown, PPID), "before COMMAND");
        assertEquals(List.of(PID, CPU, COMMAND), ColumnOrder.toggle(shown, USER));
        assertEquals(List.of(COMMAND, PID, PPID), ColumnOrder.toggle(List.of(COMMAND, PID), PPID), "last when COMMAND is not");
        assertEquals(List.of(PID), ColumnOrder.toggle(List.of(PID), PID), "one column stays");
        assertEquals(List.of(USER, PID, CPU, COMMAND), ColumnOrder.move(shown, USER, -1));
        assertEquals(List.of(USER, PID, CPU, COMMAND), ColumnOrder.move(ColumnOrder.move(shown, USER, -1), USER, -1), "stops at the edge");
        assertEquals(List.of(PID, CPU, USER, COMMAND), ColumnOrder.move(shown, USER, 1));
        List<SortColumn> listing = ColumnOrder.listing(shown);
        assertEquals(shown, listing.subList(0, 4));
        assertEquals(SortColumn.values().length, listing.size());
    }

    @Test
    void aColumnTurnedOnInF2MovesLeftAndIsSavedInItsPlace() throws Exception {
        VirtualScreen v = new VirtualScreen(160, 40);
        Session s = VirtualScreen.session(dir);
        s.accept(new FakeSampler(0).sample());
        s.handleKey(key(KeyType.F2));
        int ppidItem = 2 + ColumnOrder.listing(s.prefs().columns()).indexOf(SortColumn.CGROUP);
        for (int i = 0; i < ppidItem; i++) s.handleKey(key(KeyType.ArrowDown));
        s.handleKey(ch(' ')); // CGROUP on, before COMMAND, the cursor on it
        v.paint(s);
        assertTrue(v.text().contains("[x] 11. CGROUP"), v.text());
        assertEquals(Set.of(ProcRead.CGROUP), s.hooks().needs().reads(), "a shown CGROUP is read");
        for (int i = 0; i < 9; i++) s.handleKey(key(KeyType.F7)); // up to second place
        s.handleKey(ch('['));                                      // and first
        s.handleKey(ch(']'));                                      // back to second
        v.paint(s);
        assertTrue(v.text().contains("[x]  2. CGROUP"), v.text());
        s.handleKey(key(KeyType.Escape));
        v.paint(s);
        String heading = v.lines().stream().filter(l -> l.contains("PID") && l.contains("COMMAND")).findFirst().orElseThrow();
        assertTrue(heading.matches(" *PID CGROUP +USER .*COMMAND.*"), heading);
        String conf = Files.readString(dir.resolve("vigil.conf"));
        assertTrue(conf.contains("columns=PID,cgroup,USER,PRI,NI,VIRT,RES,S,CPU%,MEM%,TIME+,COMMAND\n"), conf);
        Session again = VirtualScreen.session(dir);
        assertEquals(List.of(PID, SortColumn.CGROUP, USER), again.prefs().columns().subList(0, 3));
        again.handleKey(key(KeyType.F2));
        again.handleKey(key(KeyType.ArrowDown));
        again.handleKey(key(KeyType.ArrowDown));
        again.handleKey(key(KeyType.ArrowDown)); // CGROUP, second
        again.handleKey(ch(' '));                // off
        assertEquals(Set.of(), again.hooks().needs().reads(), "nothing read once it is gone");
    }
}
