package dev.vigil.ui.terminal;

import com.googlecode.lanterna.TextCharacter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.concurrent.TimeUnit;

/**
 * Work done ahead on a thread of its own while main parses the command line (about 0.1 s), so
 * that it is not between launch and the first frame. Nothing here changes anything:
 * <ul>
 * <li>the terminal's settings as {@code stty -g} prints them, when stdin and stdout are a
 * terminal (the JVM's first process launch is the slow one), which {@link TtyTerminal} uses
 * instead of running stty itself;</li>
 * <li>the static set-up of Lanterna's characters and colors (its color table is built with
 * {@code String.format}, which loads the locale data) and of the character break iterator.</li>
 * </ul>
 * When the run turns out not to be interactive, the work is simply not used.
 */
public final class StartAhead {
    private static final long WAIT_MILLIS = 2000;
    private static Thread thread;   // guarded by StartAhead.class
    private static boolean read;    // idem: the stty read has finished (or failed)
    private static String settings; // idem: its result, or null

    private StartAhead() {
    }

    /**
     * Starts the work when there is a terminal. Whether stdin and stdout are one is asked on the
     * thread: {@code System.console()} builds a Formatter at its first call (~30 ms).
     */
    public static synchronized void begin() {
        if (thread != null || !new File("/dev/tty").exists()) return;
        thread = new Thread(StartAhead::work, "vigil-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    /** The settings read ahead (handed out once), or null: not begun, failed, or too slow. */
    static synchronized String takeSttySettings() {
        if (thread == null) return null;
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        try {
            for (long left = WAIT_MILLIS; !read && left > 0; left = end - System.currentTimeMillis()) {
                StartAhead.class.wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String s = settings;
        settings = null;
        return s;
    }

    private static void work() {
        String s = System.console() == null ? null : readSttySettings();
        synchronized (StartAhead.class) {
            settings = s;
            read = true;
            StartAhead.class.notifyAll();
        }
        TextCharacter.fromCharacter(' ');
        BreakIterator.getCharacterInstance().setText("x");
    }

    private static String readSttySettings() {
        try {
            Process p = new ProcessBuilder("stty", "-g").redirectInput(new File("/dev/tty")).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS) || p.exitValue() != 0) return null;
            String text = new String(out, StandardCharsets.US_ASCII).trim();
            return text.isEmpty() || text.indexOf('\n') >= 0 ? null : text;
        } catch (IOException e) {
            return null; // Lanterna asks stty itself
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
