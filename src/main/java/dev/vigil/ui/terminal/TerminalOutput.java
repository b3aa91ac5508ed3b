package dev.vigil.ui.terminal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Buffered terminal output that still lets queries through at once. Lanterna writes every
 * escape sequence and character on its own and flushes only at the end of a refresh, so the
 * output is buffered. But to learn the window size (at start and on every resize) Lanterna
 * writes the cursor position request {@code ESC [ 6 n} and then waits up to 5 s for the
 * terminal's answer without flushing: buffered, the request never left, and every start and
 * resize stalled for 5 s. This stream flushes as soon as a write ends with that request.
 */
public final class TerminalOutput extends BufferedOutputStream {
    private static final byte[] REPORT_POSITION = {0x1b, '[', '6', 'n'};

    /** The last bytes written, newest last, to spot the request across split writes. */
    private final byte[] tail = new byte[REPORT_POSITION.length];

    public TerminalOutput(OutputStream out, int size) {
        super(out, size);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        super.write(b);
        remember((byte) b);
        if (endsWithRequest()) flush();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        super.write(b, off, len);
        for (int i = Math.max(off, off + len - tail.length); i < off + len; i++) remember(b[i]);
        if (endsWithRequest()) flush();
    }

    private void remember(byte b) {
        System.arraycopy(tail, 1, tail, 0, tail.length - 1);
        tail[tail.length - 1] = b;
    }

    private boolean endsWithRequest() {
        for (int i = 0; i < tail.length; i++) if (tail[i] != REPORT_POSITION[i]) return false;
        return true;
    }
}
