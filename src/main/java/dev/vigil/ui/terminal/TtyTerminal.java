package dev.vigil.ui.terminal;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.ScreenInfoAction;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lanterna's UnixTerminal (what DefaultTerminalFactory makes for a forced text terminal on
 * Linux) with its start-up stty calls done in one process instead of five. UnixTerminal runs
 * {@code stty -g}, {@code -icanon}, {@code min 1}, {@code -echo} and {@code intr undef} one fork
 * at a time while it is constructed; each fork of the JVM costs 10-20 ms, and this sits between
 * launch and the first frame. Here the saved settings come from {@link StartAhead} (read on a
 * thread of its own while the command line is parsed), the mode changes are collected, and
 * they go out in a single stty call together with ours (Ctrl-Z and Ctrl-\ as plain keys, Ctrl-S
 * and Ctrl-Q too: {@code -ixon}) and {@code size}, which prints the kernel's idea of the window
 * size (TIOCGWINSZ) in the same fork. After construction every call goes to stty as before, so
 * the restore is Lanterna's own.
 *
 * <p>The size comes from the kernel ({@code stty size}, again at each SIGWINCH). Only when it
 * does not know (0 0, as on some serial lines) is the terminal asked for its cursor position;
 * that query never waits: 80x24 is used until the answer comes in through the input thread
 * ({@link #answered}), and a terminal that never answers keeps 80x24.
 */
public final class TtyTerminal extends UnixTerminal {
    /**
     * Made plain keys too: Ctrl-Z would stop the JVM in raw mode (vigil suspends itself instead,
     * giving the terminal back first), Ctrl-\ dump threads on screen, Ctrl-S freeze the output.
     */
    static final List<String> OUR_MODES = List.of("quit", "undef", "susp", "undef", "-ixon");

    // No initializers: the superclass constructor calls runSTTYCommand before ours runs, so
    // collected is filled then, and constructed must still read false.
    private List<String> collected;
    private boolean constructed;
    private List<String> rawModes;
    private TerminalSize startSize;   // from the batched call, used by the first size request
    private volatile boolean asked;   // a cursor-position query is out, not yet answered
    private volatile boolean mouse;   // mouse reporting asked for (it is off while suspended)

    /** Mouse reporting: button presses and releases and the wheel (1000), SGR coordinates (1006). */
    static final String MOUSE_ON = "\033[?1000h\033[?1006h";
    static final String MOUSE_OFF = "\033[?1006l\033[?1000l";

    public TtyTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        super(in, out, charset, CtrlCBehaviour.TRAP);
        constructed = true;
        List<String> all = new ArrayList<>(collected == null ? List.of() : collected);
        all.addAll(OUR_MODES);
        rawModes = List.copyOf(all);
        all.add("size");
        startSize = parseSize(super.runSTTYCommand(all.toArray(new String[0])));
        getInputDecoder().addProfile(() -> List.of(new SgrMouse()));
    }

    /** Turns mouse reporting on or off (and remembers it, for after a suspend). */
    public synchronized void setMouse(boolean on) throws IOException {
        mouse = on;
        writeMouse(on);
    }

    public boolean mouse() {
        return mouse;
    }

    /** Mouse reporting off, whatever was asked: the terminal is given back (exit, crash). */
    public synchronized void mouseOffForExit() {
        try {
            writeMouse(false);
        } catch (IOException | RuntimeException ignored) {
            // the terminal may be gone
        }
    }

    private void writeMouse(boolean on) throws IOException {
        writeToTerminal((on ? MOUSE_ON : MOUSE_OFF).getBytes(StandardCharsets.US_ASCII));
        flush();
    }

    @Override
    protected String runSTTYCommand(String... args) throws IOException {
        if (constructed) return super.runSTTYCommand(args);
        if (args.length == 1 && args[0].equals("-g")) {
            String saved = StartAhead.takeSttySettings();
            return saved != null ? saved : super.runSTTYCommand(args);
        }
        if (collected == null) collected = new ArrayList<>();
        collected.addAll(Arrays.asList(args));
        return "";
    }

    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        TerminalSize k = startSize;
        startSize = null;
        if (k == null) {
            try {
                k = parseSize(super.runSTTYCommand("size"));
            } catch (IOException e) {
                k = null;
            }
        }
        if (k != null) return k;
        if (!asked) {
            asked = true;
            // save cursor, go far down right, report the position, restore: the answer is the size
            writeToTerminal("\0337\033[5000;5000H\033[6n\0338".getBytes(StandardCharsets.US_ASCII));
            flush();
        }
        return new TerminalSize(80, 24);
    }

    /** Input thread: a cursor-position report; true when it answered our size query. */
    public boolean answered(KeyStroke k) {
        if (!asked || !(k instanceof ScreenInfoAction a)) return false;
        asked = false;
        onResized(new TerminalSize(a.getPosition().getColumn(), a.getPosition().getRow()));
        return true;
    }

    /**
     * SIGWINCH, as Lanterna installs it but without its reflection and dynamic proxy (whose
     * class is generated at run time: about 10 ms of every start).
     */
    @Override
    protected void registerTerminalResizeListener(Runnable onResize) {
        try {
            Signal.handle(new Signal("WINCH"), new OnResize(onResize));
        } catch (RuntimeException | LinkageError e) {
            // as in Lanterna: without the signal, a resize is noticed only at the next SIGCONT
        }
    }

    private record OnResize(Runnable onResize) implements SignalHandler {
        @Override
        public void handle(Signal signal) {
            onResize.run();
        }
    }

    /** Gives the terminal its own settings back (before vigil stops itself). */
    void suspendModes() throws IOException {
        if (mouse) writeMouse(false);
        restoreTerminalSettings();
    }

    /** Raw mode again, as at start (after SIGCONT). */
    void resumeModes() throws IOException {
        super.runSTTYCommand(rawModes.toArray(new String[0]));
        if (mouse) writeMouse(true);
    }

    /** "30 100" (rows, columns) as stty size prints it; null for 0 0 or anything else. */
    static TerminalSize parseSize(String out) {
        if (out == null) return null;
        String[] f = out.trim().split("\\s+");
        if (f.length != 2) return null;
        try {
            int rows = Integer.parseInt(f[0]);
            int cols = Integer.parseInt(f[1]);
            return rows > 0 && cols > 0 ? new TerminalSize(cols, rows) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
