package dev.vigil.action;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class SignalTest {
    @Test
    void theListedSignalsHaveTheirLinuxNumbers() {
        assertEquals(1, Signal.parse("HUP").number());
        assertEquals(2, Signal.parse("INT").number());
        assertEquals(3, Signal.parse("QUIT").number());
        assertEquals(9, Signal.parse("KILL").number());
        assertEquals(10, Signal.parse("USR1").number());
        assertEquals(12, Signal.parse("USR2").number());
        assertEquals(15, Signal.parse("TERM").number());
        assertEquals(18, Signal.parse("CONT").number());
        assertEquals(19, Signal.parse("STOP").number());
        assertEquals(20, Signal.parse("TSTP").number());
        assertEquals(31, Signal.parse("SYS").number());
    }

    @Test
    void lookupByNameIgnoresCaseAndThePrefix() {
        assertSame(Signal.TERM, Signal.parse("sigterm"));
        assertSame(Signal.TERM, Signal.parse(" Term "));
        assertSame(Signal.TERM, Signal.parse("15"));
        assertEquals("ABRT", Signal.parse("IOT").name());
        assertEquals("IO", Signal.parse("SIGPOLL").name());
        assertEquals(35, Signal.parse("RTMIN+1").number());
        assertEquals(63, Signal.parse("rtmax-1").number());
        assertNull(Signal.parse("TERMINATE"));
        assertNull(Signal.parse(""));
        assertNull(Signal.parse(null));
        assertNull(Signal.parse("150"));
    }

    @Test
    void lookupByNumber() {
        assertSame(Signal.STOP, Signal.byNumber(19));
        assertNull(Signal.byNumber(0));
        assertNull(Signal.byNumber(32));
        assertNull(Signal.byNumber(33));
        assertNull(Signal.byNumber(65));
        assertNull(Signal.byNumber(-1));
        assertEquals("RTMIN", Signal.byNumber(34).name());
        assertEquals("RTMAX", Signal.byNumber(64).name());
        assertEquals(62, Signal.ALL.size());
        for (int i = 1; i < Signal.ALL.size(); i++) {
            assertEquals(true, Signal.ALL.get(i - 1).number() < Signal.ALL.get(i).number());
        }
    }

    @Test
    void theTableAgreesWithBashKillList() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", "for i in $(seq 1 31) $(seq 34 64); do echo $i $(kill -l $i); done")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        List<String> fromBash = new ArrayList<>(List.of(out.strip().split("\n")));
        List<String> ours = Signal.ALL.stream().map(s -> s.number() + " " + s.name()).toList();
        assertEquals(ours, fromBash);
    }
}
