package dev.vigil.cli;

import dev.vigil.ui.Monitor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code vigil install} and {@code vigil uninstall}: the command-line side of {@link Installer}. */
final class InstallCommands {
    private InstallCommands() {
    }

    /** What a parsed subcommand does; returns the exit status. */
    interface Run {
        int run(Map<String, String> env, PrintStream out, PrintStream err) throws IOException;
    }

    /** {@code vigil install ARGS}: the {@link Commands.Runner}. */
    static int install(List<String> args, PrintStream out, PrintStream err, Main.Wiring w) {
        return run(Install.model(), args, out, err, w);
    }

    /** {@code vigil uninstall ARGS}: the {@link Commands.Runner}. */
    static int uninstall(List<String> args, PrintStream out, PrintStream err, Main.Wiring w) {
        return run(Uninstall.model(), args, out, err, w);
    }

    /** Parses args into the model's command and runs it: 2 and one line for a bad argument, 1 for a failure. */
    private static int run(CommandLine cl, List<String> args, PrintStream out, PrintStream err, Main.Wiring w) {
        String name = "vigil " + cl.getCommandName();
        cl.setCommandName(name);
        try {
            cl.parseArgs(args.toArray(new String[0]));
        } catch (CommandLine.ParameterException e) {
            err.println(name + ": " + Main.firstLine(e.getMessage()));
            err.println("Usage: " + ManPage.plainSynopsis(cl) + "   (" + name + " --help says more)");
            return 2;
        }
        try {
            if (cl.isUsageHelpRequested()) {
                cl.usage(out, CommandLine.Help.Ansi.OFF);
                return 0;
            }
            return ((Run) cl.getCommand()).run(w.env(), out, err);
        } catch (IOException | RuntimeException e) {
            err.println(name + ": " + Main.describe(e));
            return 1;
        } finally {
            out.flush();
        }
    }

    @Command(name = "install", sortOptions = false, description = {
            "Put vigil on PATH: link the launcher as PREFIX/bin/vigil, and copy the man page and the bash "
                    + "and zsh completions to PREFIX/share/man/man1, PREFIX/share/bash-completion/completions "
                    + "and PREFIX/share/zsh/site-functions. Never replaces a file vigil did not put there; "
                    + "running it again updates what it put there. Says what it did.", ""})
    static final class Install implements Run {
        static CommandLine model() {
            return new CommandLine(new Install()).setCommandName("install");
        }

        @Option(names = "--prefix", paramLabel = "DIR", description = "Where to install (default ~/.local).")
        Path prefix;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Override
        public int run(Map<String, String> env, PrintStream out, PrintStream err) throws IOException {
            CommandLine root = Args.model();
            Path launcher = BuildInfo.launcher();
            if (launcher == null) {
                err.println("vigil: install links the ./vigil launcher of a checkout, and this vigil does not run from one");
                return 1;
            }
            Path p = prefixOr(prefix, env);
            String page = ManPage.render(root, Monitor.keyTable(), BuildInfo.plainVersion());
            int status = new Installer(p, out).install(launcher.toRealPath(),
                    Installer.files(page, Completions.bash(root), Completions.zsh(root)), err);
            if (status == 0) hints(p, env, out);
            return status;
        }

        /** What the shells and man need to find what was installed, when this prefix is not where they look. */
        private static void hints(Path p, Map<String, String> env, PrintStream out) {
            Path prefix = p.toAbsolutePath().normalize();
            Path bin = prefix.resolve("bin");
            String path = ":" + env.getOrDefault("PATH", "") + ":";
            if (!path.contains(":" + bin + ":") && !path.contains(":" + bin + "/:")) {
                out.println("note: " + bin + " is not on PATH; add it (man finds the page through it too)");
            }
            if (!prefix.equals(prefixOr(null, env).toAbsolutePath().normalize())) {
                out.println("note: for bash-completion to load the completion, add " + prefix.resolve("share")
                        + " to XDG_DATA_DIRS (or source " + prefix.resolve("share/bash-completion/completions/vigil")
                        + " in ~/.bashrc)");
            }
            out.println("note: for zsh, put fpath+=(" + prefix.resolve("share/zsh/site-functions")
                    + ") before compinit in ~/.zshrc");
        }
    }

    @Command(name = "uninstall", sortOptions = false, description = {
            "Remove what 'vigil install' put under PREFIX, as its manifest lists it: the link, the man "
                    + "page, the completions and the directories it created. A file changed since is left, "
                    + "and said so. Says what it did.", ""})
    static final class Uninstall implements Run {
        static CommandLine model() {
            return new CommandLine(new Uninstall()).setCommandName("uninstall");
        }

        @Option(names = "--prefix", paramLabel = "DIR", description = "Where vigil was installed (default ~/.local).")
        Path prefix;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Override
        public int run(Map<String, String> env, PrintStream out, PrintStream err) throws IOException {
            return new Installer(prefixOr(prefix, env), out).uninstall(err);
        }
    }

    /** The prefix given, or $HOME/.local. */
    static Path prefixOr(Path prefix, Map<String, String> env) {
        if (prefix != null) return prefix;
        String home = env.get("HOME");
        if (home == null || home.isEmpty()) home = System.getProperty("user.home");
        return Path.of(home, ".local");
    }
}
