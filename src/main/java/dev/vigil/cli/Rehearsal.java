package dev.vigil.cli;

import dev.vigil.app.SnapshotSource;
import dev.vigil.history.HistoryException;
import dev.vigil.history.Recorder;
import dev.vigil.sample.Sampler;
import dev.vigil.sample.Samplers;
import dev.vigil.ui.MonitorOptions;
import dev.vigil.ui.RehearsalRun;
import dev.vigil.ui.terminal.StartAhead;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The build's training run for the class-data archive (AppCDS) that the launcher starts the
 * JVM with: {@code java -XX:DumpLoadedClassList=... -cp vigil.jar dev.vigil.cli.Rehearsal}
 * lists the classes that a start of the monitor, of batch text and of JSON output loads, and
 * {@code -Xshare:dump} turns the list into target/vigil.jsa (pom.xml). Each run goes through
 * {@link Main#run} as a real start does; the monitor draws on an ANSI terminal over pipes. Nothing is
 * printed and nothing outside a temporary directory is read as config or written.
 */
public final class Rehearsal {
    private Rehearsal() {
    }

    private static final long LIMIT_MILLIS = 120_000;

    public static void main(String[] args) throws IOException {
        // As Main.main does for a start of the monitor, so that the archive holds what it runs.
        StartAhead.begin();
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(LIMIT_MILLIS);
                System.err.println("vigil rehearsal: not over after " + LIMIT_MILLIS / 1000 + " s");
                Runtime.getRuntime().halt(1);
            } catch (InterruptedException e) {
                // over in time
            }
        }, "vigil-rehearsal-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        int status;
        Path home = Files.createTempDirectory("vigil-rehearsal");
        try {
            Map<String, String> env = Map.of("HOME", home.toString(), "LANG", "C.UTF-8",
                    "TERM", "xterm-256color", "XDG_CONFIG_HOME", home.resolve("config").toString(),
                    "XDG_STATE_HOME", home.resolve("state").toString());
            PrintStream none = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
            Main.Wiring w = new Main.Wiring(env, Samplers::create, Batch.REAL_SLEEP,
                    (sampler, options) -> rehearse(sampler, options, env));
            status = Main.run(new String[]{"-d", "10"}, none, System.err, w)
                    | Main.run(new String[]{"--batch", "-n", "2", "-d", "1"}, none, System.err, w)
                    | Main.run(new String[]{"--json", "-n", "1", "--sort", "mem"}, none, System.err, w);
            // History: opening a file loads sqlite-jdbc, most of replay's start when not archived.
            String db = record(home).toString();
            status |= Main.run(new String[]{"replay", "--db", db}, none, System.err, w)
                    | Main.run(new String[]{"dump", "--db", db, "--from", "1h ago", "--json"}, none, System.err, w);
        } finally {
            delete(home);
        }
        // A run that fails here fails for users too: the build stops.
        if (status != 0) System.err.println("vigil rehearsal: a run ended with status " + status);
        System.exit(status == 0 ? 0 : 1);
    }

    /** Two samples of this machine in a history file under home (sqlite-jdbc unpacks its library there too). */
    private static Path record(Path home) {
        System.setProperty("org.sqlite.tmpdir", home.toString());
        Path db = home.resolve("state").resolve("history.db");
        try (Recorder r = Recorder.open(db, System.err::println); Sampler s = Samplers.create()) {
            s.sample();
            r.record(s.sample());
            r.record(s.sample());
        } catch (HistoryException e) {
            System.err.println("vigil rehearsal: " + e.getMessage());
        }
        return db;
    }

    private static int rehearse(SnapshotSource source, MonitorOptions options, Map<String, String> env) {
        try {
            return RehearsalRun.run(source, options, env);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
