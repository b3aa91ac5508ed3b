package dev.vigil.cli;

import picocli.CommandLine;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The subcommands, {@code vigil NAME ARGS...}: each is one entry of {@link #ALL}, e.g.
 * {@code Map.entry("dump", new Command(false, HistoryCommands::dump))}. Without a subcommand name first,
 * the command line is the monitor's or batch's ({@link Options}). A subcommand parses its own
 * arguments, builds its source and the {@code App}, and returns the exit status; the rules of
 * {@link Main} hold (2 and one line for a bad argument, 1 for an error while running).
 */
final class Commands {
    /** Runs one subcommand on the arguments after its name. */
    @FunctionalInterface
    interface Runner {
        int run(List<String> args, PrintStream out, PrintStream err, Main.Wiring wiring);
    }

    /**
     * @param screen true when it draws the full screen (then the terminal is read ahead at start)
     * @param runner what it does
     * @param model  its picocli model (options, description), for --help, the man page and the
     *               shell completions; ManPageTest fails for a subcommand without one
     */
    record Command(boolean screen, Runner runner, Supplier<CommandLine> model) {
        /** A subcommand that parses its arguments by hand: no options to document. */
        Command(boolean screen, Runner runner) {
            this(screen, runner, null);
        }
    }

    /** Name → subcommand; one line each. */
    static final Map<String, Command> ALL = Map.ofEntries(
            Map.entry("record", new Command(false, HistoryCommands::record,
                    () -> new CommandLine(new RecordCommand()).setCommandName("record"))),
            Map.entry("dump", new Command(false, HistoryCommands::dump,
                    () -> new CommandLine(new DumpCommand()).setCommandName("dump"))),
            Map.entry("replay", new Command(true, ReplayCommand::run,
                    () -> new CommandLine(new ReplayCommand()).setCommandName("replay"))),
            Map.entry("install", new Command(false, InstallCommands::install, InstallCommands.Install::model)),
            Map.entry("uninstall", new Command(false, InstallCommands::uninstall, InstallCommands.Uninstall::model)),
            // Lambdas, not Fleet::run: Fleet (and the Prometheus client) load only when they run.
            Map.entry("serve", new Command(false, (a, out, err, w) -> Fleet.run("serve", a, out, err, w),
                    () -> new CommandLine(new FleetOptions.Serve()).setCommandName("serve"))),
            Map.entry("rules", new Command(false, (a, out, err, w) -> Fleet.run("rules", a, out, err, w),
                    () -> new CommandLine(new FleetOptions.Rules()).setCommandName("rules")))
    );

    private Commands() {
    }

    /** The subcommand args name first, or null (then args are the monitor's or batch's). */
    static Command find(String[] args) {
        return args.length == 0 ? null : ALL.get(args[0]);
    }
}
