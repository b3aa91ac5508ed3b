package dev.vigil.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Batch output's stream: a buffered UTF-8 PrintStream that, unlike PrintStream alone, keeps the
 * IOException of the first failed write, so that {@link Batch} can tell a reader that went away
 * (EPIPE, as with {@code | head}: a quiet end) from any other error (a full disk, /dev/full:
 * exit 1 with one line naming it).
 */
final class Stdout extends PrintStream {
    private final Watch watch;
    private final boolean pipe;

    private Stdout(Watch watch, boolean pipe) {
        super(new BufferedOutputStream(watch, 1 << 16), false, StandardCharsets.UTF_8);
        this.watch = watch;
        this.pipe = pipe;
    }

    /** The process's standard output. */
    static Stdout system() {
        return new Stdout(new Watch(new FileOutputStream(FileDescriptor.out)), stdoutIsPipe());
    }

    /** Any stream, which is not a pipe. */
    static Stdout over(OutputStream out) {
        return new Stdout(new Watch(out), false);
    }

    /** After a failed write: null when the reader went away, else one line naming the error. */
    String failure() {
        return describe(watch.failure, pipe);
    }

    /**
     * Null when the output failed because its reader went away (EPIPE: a quiet end), else one line
     * naming the error. The kernel's words may be translated, so a pipe or socket on stdout also
     * counts as a reader gone: writing to one fails for no other reason here.
     */
    static String describe(IOException e, boolean stdoutIsPipe) {
        if (e == null) return null;
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (m.equals("Broken pipe") || stdoutIsPipe) return null;
        return "cannot write the output: " + m;
    }

    /** Whether fd 1 is a pipe or a socket (Linux: /proc/self/fd/1 reads "pipe:[N]"). */
    static boolean stdoutIsPipe() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("pipe:") || target.startsWith("socket:");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Passes every write through and remembers the first failure. */
    private static final class Watch extends FilterOutputStream {
        private volatile IOException failure;

        Watch(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw keep(e);
            }
        }

        private IOException keep(IOException e) {
            if (failure == null) failure = e;
            return e;
        }
    }
}
