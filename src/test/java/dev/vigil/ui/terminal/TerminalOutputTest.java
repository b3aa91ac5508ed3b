package dev.vigil.ui.terminal;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TerminalOutputTest {
    private final ByteArrayOutputStream sink = new ByteArrayOutputStream();
    private final TerminalOutput out = new TerminalOutput(sink, 1 << 16);

    private String sent() {
        return sink.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ordinaryOutputWaitsForFlush() throws IOException {
        out.write("\u001b[1;1Hhello".getBytes(StandardCharsets.UTF_8));
        assertEquals("", sent());
        out.flush();
        assertEquals("\u001b[1;1Hhello", sent());
    }

    @Test
    void theCursorPositionRequestGoesOutAtOnce() throws IOException {
        out.write("\u001b7\u001b[5000;5000H".getBytes(StandardCharsets.UTF_8));
        out.write("\u001b[6n".getBytes(StandardCharsets.UTF_8));
        assertEquals("\u001b7\u001b[5000;5000H\u001b[6n", sent());
    }

    @Test
    void theRequestIsSeenWhenSplitAcrossWrites() throws IOException {
        out.write(0x1b);
        out.write("[6".getBytes(StandardCharsets.UTF_8));
        assertEquals("", sent());
        out.write('n');
        assertEquals("\u001b[6n", sent());
    }

    @Test
    void aLookalikeIsNotARequest() throws IOException {
        out.write("[6n and 6n".getBytes(StandardCharsets.UTF_8));
        assertEquals("", sent());
    }
}
