package dev.vigil.cli;

import dev.vigil.sample.Sampler;
import picocli.CommandLine;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** The history subcommands: {@code vigil record} and {@code vigil dump}. */
final class HistoryCommands {
    private HistoryCommands() {
    }

    static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("record") || args[0].equals("dump"));
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env,
                   Supplier<Sampler> samplers) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            if (args[0].equals("record")) {
                RecordCommand c = new RecordCommand();
                if (!parse(c, rest, out, err)) return c.help ? 0 : 2;
                c.validate(env);
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
                    return c.run(samplers, err, stop);
                } finally {
                    done.countDown();
                }
            }
            DumpCommand d = new DumpCommand();
            if (!parse(d, rest, out, err)) return d.help ? 0 : 2;
            d.validate(env, System.currentTimeMillis());
            return d.run(out, err, env);
        } catch (Options.BadOption e) {
            err.println("vigil: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Fills o from args; false after help (printed) or a bad argument (reported). */
    private static boolean parse(Object o, String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(o);
        cl.setExpandAtFiles(false);
        try {
            cl.parseArgs(args);
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
