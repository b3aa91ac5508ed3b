package dev.vigil.cli;

import dev.vigil.ui.Tmux;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new interactive shell (bash or zsh) in a private tmux server (never the default one), with
 * only the environment given, so a test can press Tab the way a person does and read the line.
 */
final class ShellPane implements AutoCloseable {
    private final String socket = "vigil-shell-" + UUID.randomUUID().toString().substring(0, 8);

    /** Starts "env -i ENV... shell args..." in a 150x30 window. */
    ShellPane(List<String> env, String... shell) throws IOException, InterruptedException {
        assertTrue(Tmux.available(), "tmux is needed (.ci/run installs it)");
        List<String> cmd = new ArrayList<>(List.of("new-session", "-d", "-s", "t", "-x", "150", "-y", "30", "env", "-i"));
        cmd.addAll(env);
        cmd.addAll(List.of(shell));
        tmux(cmd.toArray(new String[0]));
    }

    /** Types a line and presses Enter. */
    void line(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "t", "-l", "--", text);
        tmux("send-keys", "-t", "t", "Enter");
    }

    /** Types text without Enter, then presses Tab. */
    void tab(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "t", "-l", "--", text);
        tmux("send-keys", "-t", "t", "Tab");
    }

    /** Abandons the line being typed (Ctrl-C) and waits for a fresh, empty prompt. */
    void newPrompt(String prompt) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "t", "C-c");
        long end = System.currentTimeMillis() + 20_000;
        String s = "";
        while (System.currentTimeMillis() < end) {
            s = screen().stripTrailing();
            if (s.endsWith("\n" + prompt.strip())) return;
            Thread.sleep(100);
        }
        throw new AssertionError("no fresh prompt '" + prompt + "'; screen:\n" + s);
    }

    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", "t");
    }

    /** Waits up to 20 s until the screen holds text; fails with the screen otherwise. */
    String waitFor(String text) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        String s = "";
        while (System.currentTimeMillis() < end) {
            s = screen();
            if (s.contains(text)) return s;
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for '" + text + "'; screen:\n" + s);
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        return Tmux.run(socket, args);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        tmux("kill-server");
    }
}
