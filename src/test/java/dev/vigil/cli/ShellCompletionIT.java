package dev.vigil.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The completion scripts the build made (target/completion), in a new interactive bash and zsh
 * in tmux: Tab completes options, --sort columns and subcommands as a person sees it.
 */
class ShellCompletionIT {
    static final Path BASH = RealJar.ROOT.resolve("target/completion/vigil.bash");
    static final Path ZSH = RealJar.ROOT.resolve("target/completion/_vigil");

    static List<String> env() {
        return List.of("HOME=" + RealJar.ROOT.resolve("target"), "PATH=/usr/bin:/bin", "TERM=xterm", "LANG=C.UTF-8");
    }

    @Test
    void bashCompletesOptionsSortColumnsAndSubcommands() throws Exception {
        assertTrue(Files.isRegularFile(BASH), "the build writes " + BASH);
        try (ShellPane sh = new ShellPane(env(), "bash", "--norc", "--noprofile")) {
            sh.line("PS1='$ '; source " + RealJar.sh(BASH.toString()) + "; echo sourced");
            sh.waitFor("\nsourced");
            sh.tab("vigil --so");
            sh.waitFor("$ vigil --sort\n");
            sh.tab("cp");
            sh.waitFor("$ vigil --sort cpu\n");
            sh.newPrompt("$");
            sh.tab("vigil unins");
            sh.waitFor("$ vigil uninstall\n");
            sh.tab("--pre");
            sh.waitFor("$ vigil uninstall --prefix\n");
        }
    }

    @Test
    void zshCompletesOptionsSortColumnsAndSubcommands() throws Exception {
        assertTrue(Files.isRegularFile(ZSH), "the build writes " + ZSH);
        assertTrue(new ProcessBuilder("sh", "-c", "command -v zsh").start().waitFor() == 0,
                "zsh is needed (.ci/run installs it)");
        try (ShellPane sh = new ShellPane(env(), "zsh", "-f")) {
            sh.line("PS1='%% '; fpath=(" + RealJar.sh(ZSH.getParent().toString())
                    + " $fpath); autoload -Uz compinit; compinit -u -D; echo ready");
            sh.waitFor("\nready");
            sh.tab("vigil --so");
            sh.waitFor("% vigil --sort"); // zsh writes --sort=, ready for the value
            sh.newPrompt("%");
            sh.tab("vigil --sort cp");
            sh.waitFor("% vigil --sort cpu\n");
            sh.newPrompt("%");
            sh.tab("vigil unins");
            sh.waitFor("% vigil uninstall\n");
        }
    }
}
