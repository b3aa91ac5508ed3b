package dev.vigil.cli;

import dev.vigil.ui.Monitor;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by the build (pom.xml, after compiling): writes the man page and the shell completions,
 * all made from the command-line model and the key table, into a directory (target/):
 * {@code vigil.1}, {@code completion/vigil.bash}, {@code completion/_vigil}.
 * Usage: {@code ShellFiles DIR VERSION}.
 */
public final class ShellFiles {
    private ShellFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: ShellFiles DIR VERSION");
        Path dir = Path.of(args[0]);
        CommandLine root = Args.model();
        write(dir.resolve("vigil.1"), ManPage.render(root, Monitor.keyTable(), args[1]));
        write(dir.resolve("completion/vigil.bash"), Completions.bash(root));
        write(dir.resolve("completion/_vigil"), Completions.zsh(root));
    }

    private static void write(Path f, String content) throws IOException {
        Files.createDirectories(f.toAbsolutePath().getParent());
        Files.writeString(f, content, StandardCharsets.UTF_8);
    }
}
