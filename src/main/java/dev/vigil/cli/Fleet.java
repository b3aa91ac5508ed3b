package dev.vigil.cli;

import dev.vigil.alert.Rule;
import dev.vigil.app.App;
import dev.vigil.app.LiveSource;
import dev.vigil.app.RunOptions;
import dev.vigil.app.Settings;
import dev.vigil.export.RuleFile;
import dev.vigil.export.RuleTranslator;
import dev.vigil.export.Serve;
import dev.vigil.export.Translation;
import dev.vigil.model.ConfigFile;
import dev.vigil.model.VigilPaths;
import picocli.CommandLine;

import java.io.PrintStream;
import java.util.List;

/**
 * The fleet subcommands ({@link Commands}): {@code vigil serve} and {@code vigil rules
 * --prometheus}. Their classes (and the Prometheus client's) load only when one of them runs.
 * Exit status as for the monitor: 2 with one line for a bad option, a bad address or a port in
 * use; 1 when sampling fails.
 */
final class Fleet {
    private Fleet() {
    }

    static int run(String command, List<String> args, PrintStream out, PrintStream err, Main.Wiring w) {
        boolean serve = command.equals("serve");
        FleetOptions.Common o = serve ? new FleetOptions.Serve() : new FleetOptions.Rules();
        String name = "vigil " + command;
        CommandLine cl = new CommandLine(o);
        cl.setExpandAtFiles(false);
        try {
            cl.parseArgs(args.toArray(new String[0]));
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
        return serve ? serve((FleetOptions.Serve) o, w, err) : rules(o, w, out, err);
    }

    private static int serve(FleetOptions.Serve o, Main.Wiring w, PrintStream err) {
        LiveSource source = LiveSource.start(Serve.samplers(w.samplers()), System::nanoTime);
        App app = App.create(source, new RunOptions(o.intervalMillis, o.alertRules, null, w.env()));
        try {
            problems(app.settings(), err);
            return new Serve(app, o.groupBy, o.maxGroups, err).run(o.listen);
        } catch (Serve.ListenFailed e) {
            app.close();
            err.println("vigil serve: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static int rules(FleetOptions.Common o, Main.Wiring w, PrintStream out, PrintStream err) {
        Settings settings = Settings.load(new ConfigFile(VigilPaths.configFile(w.env())));
        problems(settings, err);
        List<Rule> rules = settings.alerts().effectiveRules(o.alertRules);
        List<Translation> ts = RuleTranslator.translate(rules, o.groupBy);
        for (Translation t : ts) {
            if (!t.translated()) err.println("vigil rules: left out '" + Options.oneLine(t.rule().toString()) + "': " + t.reason());
        }
        out.print(RuleFile.yaml(ts));
        out.flush();
        return 0;
    }

    /** The config file's problems, one line each (the run goes on with what could be read). */
    private static void problems(Settings s, PrintStream err) {
        if (s.problem() != null) err.println("vigil: " + s.problem());
        for (String e : s.alerts().errors()) err.println("vigil: " + s.file().path() + ": " + e + "; skipped");
    }

    private static int bad(PrintStream err, String name, String reason) {
        err.println(name + ": " + reason + "   (" + name + " --help lists the options)");
        return 2;
    }
}
