package dev.vigil.cli;

import picocli.CommandLine;

import java.io.PrintStream;
import java.util.TreeSet;

/**
 * The command line of the monitor and batch: parsing it into {@link Options} (help, version and
 * mistakes end the run with their exit status), and the whole picocli model with the
 * subcommands, from which --help, the man page and the shell completions are made.
 */
final class Args {
    private Args() {
    }

    /** Fills o from args; returns -1 to go on, or the exit status after help, version or an error. */
    static int parse(Options o, String[] args, PrintStream out, PrintStream err) {
        if (QuickArgs.parse(o, args)) {
            // Plain "vigil", "vigil -d 10" and the like: picocli would fill the same fields
            // (MainTest checks this), and building its model by reflection is a fifth of the time
            // to the first frame.
            try {
                o.validate();
                return -1;
            } catch (Options.BadOption e) {
                return usageError(err, e.getMessage());
            }
        }
        CommandLine cl = commandLine(o);
        try {
            cl.parseArgs(args);
            if (cl.isUsageHelpRequested()) {
                model().usage(out, CommandLine.Help.Ansi.OFF); // with the subcommands
                out.flush();
                return 0;
            }
            if (cl.isVersionHelpRequested()) {
                out.println("vigil " + BuildInfo.version());
                out.flush();
                return 0;
            }
            o.validate();
            return -1;
        } catch (CommandLine.ParameterException e) {
            return usageError(err, Main.firstLine(e.getMessage()));
        } catch (Options.BadOption e) {
            return usageError(err, e.getMessage());
        }
    }

    /** The monitor's and batch's command line: the options only (subcommands are found before it). */
    static CommandLine commandLine(Options o) {
        CommandLine cl = new CommandLine(o);
        cl.setCommandName("vigil");
        cl.setExpandAtFiles(false); // "@name" is not a file of more arguments here
        return cl;
    }

    /**
     * The whole command-line model: the options, and each subcommand of {@link Commands#ALL} with
     * its own model (one without shows by name only). --help, the man page and the shell
     * completions are made from it, so whatever is added to either shows in all of them.
     */
    static CommandLine model() {
        CommandLine root = commandLine(new Options());
        for (String name : new TreeSet<>(Commands.ALL.keySet())) {
            Commands.Command c = Commands.ALL.get(name);
            CommandLine sub = c.model() != null ? c.model().get()
                    : new CommandLine(CommandLine.Model.CommandSpec.create());
            root.addSubcommand(name, sub);
        }
        return root;
    }

    static int usageError(PrintStream err, String reason) {
        err.println("vigil: " + reason);
        err.println(Main.USAGE_LINE);
        return 2;
    }
}
