package dev.vigil.action;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * htop's s: strace attached to one process, with htop's flags ({@code strace -T -tt -s 512 -p
 * PID}). The process is checked to be the one the user saw (PID + start time, the check signals
 * use) before strace starts, and again once it runs: a PID reused in between ends the trace at
 * once. strace only reads the target, but attaching stops it for a moment; the target is never
 * signalled from here. The running strace is a {@link Trace}.
 */
public final class Strace {
    /** htop's flags: time spent in each call, microsecond timestamps, strings up to 512 bytes. */
    public static final List<String> FLAGS = List.of("-T", "-tt", "-s", "512");

    private Strace() {
    }

    /**
     * What {@link #start} gave: a running trace, or the one line saying why there is none.
     *
     * @param trace   the running strace; null when refused
     * @param refusal why nothing runs; null when trace is set
     */
    public record Start(Trace trace, String refusal) {
        static Start refused(String why) {
            return new Start(null, why);
        }
    }

    /**
     * The strace executable in the directories of path (a PATH value, searched in order), or
     * null when there is none. Empty and relative entries are skipped: vigil often runs as root.
     */
    public static Path find(String path) {
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty() || !dir.startsWith("/")) continue;
            try {
                Path p = Path.of(dir, "strace");
                if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
            } catch (InvalidPathException e) {
                // not a directory name: skip it
            }
        }
        return null;
    }

    /** The command line run for a PID: exe and htop's flags. */
    public static List<String> command(Path exe, int pid) {
        List<String> cmd = new ArrayList<>();
        cmd.add(exe.toString());
        cmd.addAll(FLAGS);
        cmd.add("-p");
        cmd.add(Integer.toString(pid));
        return cmd;
    }

    /**
     * Starts exe on the target if it is still the process captured; its output (strace writes
     * to stderr) goes to the trace, and changed runs on the trace's reader thread whenever
     * there is something new to take (see {@link Trace#take}).
     */
    public static Start start(Path exe, Target target, Runnable changed) {
        String gone = gone(target);
        if (gone != null) return Start.refused(gone);
        Process p;
        try {
            p = new ProcessBuilder(command(exe, target.pid()))
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException | RuntimeException e) {
            return Start.refused("cannot run " + exe + ": " + e.getMessage());
        }
        Trace trace = new Trace(p, changed);
        gone = gone(target);
        if (gone != null) {
            trace.stop();
            return Start.refused(gone);
        }
        return new Start(trace, null);
    }

    /** Null while the target is the process captured; else, in words, why it is not traced. */
    static String gone(Target t) {
        Outcome o = NativeKernel.verify(t, ProcFacts.stat(t.pid()));
        if (o == null) return null;
        return switch (o.kind()) {
            case REUSED -> "PID " + t.pid() + " is now a different process: not traced";
            case ZOMBIE -> t.label() + " has exited (a zombie not yet reaped): nothing to trace";
            default -> t.label() + " has exited: nothing to trace";
        };
    }
}
