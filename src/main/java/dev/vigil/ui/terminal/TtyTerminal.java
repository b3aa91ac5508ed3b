package dev.vigil.ui.terminal;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
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
 * they go out in a single stty call together with ours (Ctrl-Z and Ctrl-\ as plain keys).
 * After construction every call goes to stty as before, so the restore is Lanterna's own.
 */
public final class TtyTerminal extends UnixTerminal {
    /** Made plain keys too: Ctrl-Z would stop the JVM in raw mode, Ctrl-\ dump threads on screen. */
    static final List<String> OUR_MODES = List.of("quit", "undef", "susp", "undef");

    // No initializers: the superclass constructor calls runSTTYCommand before ours runs, so
    // collected is filled then, and constructed must still read false.
    private List<String> collected;
    private boolean constructed;

    public TtyTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        super(in, out, charset, CtrlCBehaviour.TRAP);
        constructed = true;
        List<String> all = new ArrayList<>(collected == null ? List.of() : collected);
        all.addAll(OUR_MODES);
        super.runSTTYCommand(all.toArray(new String[0]));
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
}
