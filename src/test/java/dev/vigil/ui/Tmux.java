package dev.vigil.ui;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Drives the real jar in tmux on a private server socket (never the default server). A small
 * shell script records {@code stty -g} before and after, vigil's PID, its exit status, and
 * keeps the pane open afterwards so the screen can be read.
 */
public final class Tmux implements AutoCloseable {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path JAR = ROOT.resolve("target/vigil.jar");
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    final String socket = "vigil-test-" + UUID.randomUUID().toString().substring(0, 8);
    final Path dir;
    /** When set, vigil's stdin comes from this file instead of the terminal. */
    String stdin;

    Tmux(Path dir) {
        this.dir = dir;
    }

    /** A private tmux for a test working in dir: skips the test without tmux, fails without the jar. */
    static Tmux forTest(Path dir) {
        org.junit.jupiter.api.Assumptions.assumeTrue(available(), "tmux is not installed");
        org.junit.jupiter.api.Assertions.assertTrue(Files.isRegularFile(JAR), "run after package: " + JAR);
        return new Tmux(dir);
    }

    /** A UTF-8 color environment whose HOME and XDG directories are in dir, so no run touches the user's. */
    static List<String> utf8Env(Path dir) {
        return List.of("HOME=" + dir, "XDG_CONFIG_HOME=" + dir.resolve("config"), "XDG_STATE_HOME=" + dir.resolve("state"),
                "LANG=C.UTF-8", "LC_ALL=", "LC_CTYPE=", "TERM=xterm-256color");
    }

    /** Whether tmux runs here. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts vigil with these arguments in a w x h window; env entries are KEY=VALUE. */
    void start(int w, int h, List<String> env, String... args) throws IOException, InterruptedException {
        StringBuilder cmd = new StringBuilder();
        cmd.append("#!/bin/sh\n");
        cmd.append("D=").append(q(dir.toString())).append('\n');
        cmd.append("stty -g > \"$D/before\"\n");
        for (String e : env) cmd.append("export ").append(q(e)).append('\n');
        cmd.append("sh -c 'echo $$ > \"$0/pid\"; shift; exec \"$@\"' \"$D\" x ").append(q(JAVA))
                .append(" -XX:TieredStopAtLevel=1 -jar ").append(q(JAR.toString()));
        for (String a : args) cmd.append(' ').append(q(a));
        if (stdin != null) cmd.append(" < ").append(q(stdin));
        cmd.append(" 2> \"$D/stderr\"\n");
        cmd.append("echo $? > \"$D/status.tmp\"; stty -g > \"$D/after\"; mv \"$D/status.tmp\" \"$D/status\"\n");
        cmd.append("exec sleep 600\n");
        Path script = dir.resolve("run.sh");
        Files.writeString(script, cmd.toString());
        script.toFile().setExecutable(true);
        tmux("new-session", "-d", "-s", "t", "-x", String.valueOf(w), "-y", String.valueOf(h), script.toString());
    }

    /** Starts an interactive bash (job control, prompt "$ ") in a w x h window, with env. */
    void startShell(int w, int h, List<String> env) throws IOException, InterruptedException {
        List<String> a = new ArrayList<>(List.of("new-session", "-d", "-s", "t", "-x", String.valueOf(w), "-y",
                String.valueOf(h), "env"));
        a.addAll(env);
        a.addAll(List.of("PS1=$ ", "HISTFILE=", "bash", "--norc", "--noprofile", "-i")); // no history file in dir
        tmux(a.toArray(new String[0]));
    }

    /** The command that runs the jar with these arguments, for typing into {@link #startShell}. */
    static String vigilCommand(String... args) {
        StringBuilder cmd = new StringBuilder(q(JAVA)).append(" -XX:TieredStopAtLevel=1 -jar ").append(q(JAR.toString()));
        for (String x : args) cmd.append(' ').append(q(x));
        return cmd.toString();
    }

    String capture() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", "t");
    }

    /** The screen with SGR escapes, trailing spaces kept (for screenshots). */
    String captureEscapes() throws IOException, InterruptedException {
        return tmux("capture-pane", "-e", "-p", "-N", "-t", "t");
    }

    void keys(String... keys) throws IOException, InterruptedException {
        List<String> a = new ArrayList<>(List.of("send-keys", "-t", "t"));
        a.addAll(List.of(keys));
        tmux(a.toArray(new String[0]));
    }

    /** Types text literally. */
    void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "t", "-l", text);
    }

    void resize(int w, int h) throws IOException, InterruptedException {
        tmux("resize-window", "-t", "t", "-x", String.valueOf(w), "-y", String.valueOf(h));
    }

    /** Whether the pane is on the alternate screen (1) or not (0). */
    String alternateOn() throws IOException, InterruptedException {
        return tmux("display-message", "-p", "-t", "t", "#{alternate_on}").trim();
    }

    String waitFor(Predicate<String> cond, String what) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        String last = "";
        while (System.currentTimeMillis() < end) {
            last = capture();
            if (cond.test(last)) return last;
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + what + "; screen:\n" + last);
    }

    /** {@code stty -a} of the pane's terminal, as it is now. */
    String paneStty() throws IOException, InterruptedException {
        String tty = tmux("display-message", "-p", "-t", "t", "#{pane_tty}").trim();
        Process p = new ProcessBuilder("stty", "-a").redirectInput(new File(tty)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    int pid() throws IOException {
        return Integer.parseInt(Files.readString(dir.resolve("pid")).trim());
    }

    /** vigil's exit status once it ended (waits up to 20 s). */
    int status() throws IOException, InterruptedException {
        Path p = dir.resolve("status");
        long end = System.currentTimeMillis() + 20_000;
        while (!Files.exists(p) && System.currentTimeMillis() < end) Thread.sleep(100);
        if (!Files.exists(p)) throw new AssertionError("vigil did not exit; screen:\n" + capture());
        return Integer.parseInt(Files.readString(p).trim());
    }

    String sttyBefore() throws IOException {
        return Files.readString(dir.resolve("before")).trim();
    }

    String sttyAfter() throws IOException {
        return Files.readString(dir.resolve("after")).trim();
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        return run(socket, args);
    }

    /** Runs one tmux command on the private server socket; its output (waits up to 20 s). */
    public static String run(String socket, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("tmux hung: " + cmd);
        }
        return out;
    }

    static String q(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        tmux("kill-server");
    }
}
