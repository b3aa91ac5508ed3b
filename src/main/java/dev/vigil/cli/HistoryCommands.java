package dev.vigil.cli;

import picocli.CommandLine;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** The history subcommands {@code vigil record} and {@code vigil dump}, as {@link Commands} runners. */
final class HistoryCommands {
    private HistoryCommands() {
    }

    /** {@code vigil record ...}: records until TERM or INT, then closes the file cleanly. */
    static int record(List<String> args, PrintStream out, PrintStream err, Main.Wiring w) {
        RecordCommand c = new RecordCommand();
        try {
            if (!parse(c, args, out, err)) return c.help ? 0 : 2;
            c.validate(w.env());
        } catch (Options.BadOption e) {
            err.println("vigil: " + e.getMessage());
            return 2;
        }
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                done.await(); // let the last write finish and the file close
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "vigil-record-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return c.run(w.samplers(), err, stop);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (RuntimeException | Error e) {
            err.println("vigil: " + Main.describe(e));
            return 1;
        } finally {
            done.countDown();
        }
    }

    /** {@code vigil dump ...}: recorded snapshots as text, JSON Lines or CSV. */
    static int dump(List<String> args, PrintStream out, PrintStream err, Main.Wiring w) {
        DumpCommand d = new DumpCommand();
        try {
            if (!parse(d, args, out, err)) return d.help ? 0 : 2;
            d.validate(w.env(), System.currentTimeMillis());
            return d.run(out, err, w.env());
        } catch (Options.BadOption e) {
            err.println("vigil: " + e.getMessage());
            return 2;
        } catch (RuntimeException | Error e) {
            out.flush();
            err.println("vigil: " + Main.describe(e));
            return 1;
        }
    }

    /** Fills o from args; false after help (printed) or a bad argument (reported). */
    static boolean parse(Object o, List<String> args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(o);
        cl.setExpandAtFiles(false);
        try {
            cl.parseArgs(args.toArray(new String[0]));
            if (cl.isUsageHelpRequested()) {
                cl.usage(out, CommandLine.Help.Ansi.OFF);
                out.flush();
                return false;
            }
            return true;
        } catch (CommandLine.ParameterException e) {
            err.println("vigil: " + Main.firstLine(e.getMessage()));
            err.println("Usage: " + cl.getCommandSpec().usageMessage().customSynopsis()[0] + "   (--help lists the options)");
            return false;
        }
    }
}
