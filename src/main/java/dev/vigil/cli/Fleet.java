package dev.vigil.cli;

import dev.vigil.alert.Rule;
import dev.vigil.export.RuleFile;
import dev.vigil.export.RuleTranslator;
import dev.vigil.export.Serve;
import dev.vigil.export.Translation;
import dev.vigil.model.VigilPaths;
import dev.vigil.sample.Sampler;
import picocli.CommandLine;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fleet commands: {@code vigil serve} and {@code vigil rules --prometheus}. Their classes
 * (and the Prometheus client's) load only when one of them runs. Exit status as for the
 * monitor: 2 with one line of reason for a bad option, a bad address or a port in use.
 */
final class Fleet {
    private Fleet() {
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Supplier<Sampler> samplers) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        boolean serve = args[0].equals("serve");
        FleetOptions.Common o = serve ? new FleetOptions.Serve() : new FleetOptions.Rules();
        String name = "vigil " + args[0];
        CommandLine cl = new CommandLine(o);
        cl.setExpandAtFiles(false);
        try {
            cl.parseArgs(rest);
            if (cl.isUsageHelpRequested()) {
                cl.usage(out, CommandLine.Help.Ansi.OFF);
                out.flush();
                return 0;
            }
            o.validate();
        } catch (CommandLine.ParameterException e) {
            return bad(err, name, Main.firstLine(e.getMessage()));
        } catch (Options.BadOption e) {
            return bad(err, name, e.getMessage());
        }
        List<Rule> rules = BatchAlerts.readConfig(VigilPaths.configFile(env), err).effectiveRules(o.alertRules);
        return serve ? serve((FleetOptions.Serve) o, rules, err, samplers) : rules(o, rules, out, err);
    }

    private static int serve(FleetOptions.Serve o, List<Rule> rules, PrintStream err, Supplier<Sampler> samplers) {
        try (Sampler sampler = samplers.get()) {
            new Serve(sampler, o.groupBy, o.maxGroups, rules, o.intervalMillis, err).run(o.listen);
            return 0;
        } catch (Serve.ListenFailed e) {
            err.println("vigil serve: " + e.getMessage());
            return 2;
        }
    }

    private static int rules(FleetOptions.Common o, List<Rule> rules, PrintStream out, PrintStream err) {
        List<Translation> ts = RuleTranslator.translate(rules, o.groupBy);
        for (Translation t : ts) {
            if (!t.translated()) err.println("vigil rules: left out '" + Options.oneLine(t.rule().toString()) + "': " + t.reason());
        }
        out.print(RuleFile.yaml(ts));
        out.flush();
        return 0;
    }

    private static int bad(PrintStream err, String name, String reason) {
        err.println(name + ": " + reason + "   (" + name + " --help lists the options)");
        return 2;
    }
}
