package dev.vigil.cli;

import dev.vigil.model.SortColumn;
import dev.vigil.ui.keys.Binding;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.KeyTable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The man page, vigil.1, made from the same sources as {@code --help} and the F1 help: the
 * picocli model (options and subcommands, however many there are) and the monitor's key table.
 * The prose around them (filter language, alert rules, files, environment, exit status,
 * examples) is the troff in {@code vigil.1.in} beside this class; its {@code @NAME@} lines are
 * replaced here. The build writes the page to target/vigil.1 ({@link ShellFiles}).
 */
final class ManPage {
    private ManPage() {
    }

    static String render(CommandLine root, KeyTable keys, String version) {
        String page = template();
        page = page.replace("@VERSION@", Troff.text(version));
        page = replaceLine(page, "@SYNOPSIS@", synopsis(root));
        page = replaceLine(page, "@DESCRIPTION@", description(root.getCommandSpec()));
        page = replaceLine(page, "@OPTIONS@", options(root.getCommandSpec()));
        page = replaceLine(page, "@COMMANDS@", commands(root));
        page = replaceLine(page, "@SORT_COLUMNS@", sortColumns());
        page = replaceLine(page, "@KEYS@", keys(keys));
        return page;
    }

    private static String template() {
        try (InputStream in = ManPage.class.getResourceAsStream("vigil.1.in")) {
            if (in == null) throw new IllegalStateException("vigil.1.in is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String replaceLine(String page, String marker, String source) {
        String line = marker + "\n";
        if (!page.contains(line)) throw new IllegalStateException("vigil.1.in has no " + marker + " line");
        return page.replace(line, source.isEmpty() || source.endsWith("\n") ? source : source + "\n");
    }

    /** One synopsis line per command: vigil's own, then each subcommand's as picocli writes it. */
    private static String synopsis(CommandLine root) {
        StringBuilder b = new StringBuilder();
        for (CommandLine c : withSubcommands(root)) {
            if (b.length() > 0) b.append(".br\n");
            b.append(Troff.text(plainSynopsis(c))).append('\n');
        }
        return b.toString();
    }

    static String plainSynopsis(CommandLine c) {
        CommandLine.Help help = new CommandLine.Help(c.getCommandSpec(),
                CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        return help.synopsis(0).strip().replaceAll("\\s+", " ");
    }

    private static String description(CommandSpec spec) {
        return new Troff().paragraphText(String.join("\n", spec.usageMessage().description())).toString();
    }

    static String options(CommandSpec spec) {
        Troff t = new Troff();
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) continue;
            String tag = o.names().length == 0 ? "" : java.util.Arrays.stream(o.names()).map(Troff::bold)
                    .collect(Collectors.joining(", "));
            if (o.arity().max() > 0) tag += " " + Troff.italic(o.paramLabel());
            t.tagged(tag, String.join("\n", o.description()).replace("%n", "\n").replace("%%", "%"));
        }
        return t.toString();
    }

    /** A subsection per subcommand (nested ones too): synopsis, description, options. */
    private static String commands(CommandLine root) {
        List<CommandLine> all = withSubcommands(root);
        if (all.size() == 1) return ".PP\nvigil has no subcommands in this build.\n";
        Troff t = new Troff();
        for (CommandLine c : all.subList(1, all.size())) {
            t.subsection(c.getCommandSpec().qualifiedName());
            t.raw(".B " + Troff.arg(plainSynopsis(c)));
            t.paragraph().raw(description(c.getCommandSpec()));
            t.raw(options(c.getCommandSpec()));
        }
        return t.toString();
    }

    /** The command and every subcommand below it, depth first, each once (aliases skipped), hidden ones left out. */
    static List<CommandLine> withSubcommands(CommandLine root) {
        List<CommandLine> out = new ArrayList<>();
        collect(root, out, new IdentityHashMap<>());
        return out;
    }

    private static void collect(CommandLine c, List<CommandLine> out, Map<CommandLine, Boolean> seen) {
        if (seen.put(c, Boolean.TRUE) != null || c.getCommandSpec().usageMessage().hidden()) return;
        out.add(c);
        for (CommandLine sub : c.getSubcommands().values()) collect(sub, out, seen);
    }

    private static String sortColumns() {
        Troff t = new Troff();
        for (SortColumn c : SortColumn.values()) {
            String tag = c.names().stream().map(Troff::bold).collect(Collectors.joining(", "));
            t.tagged(tag, "the " + c.title() + " column; " + (c.descendingByDefault() ? "largest first" : "ascending"));
        }
        return t.toString();
    }

    private static String keys(KeyTable table) {
        Troff t = new Troff();
        for (String group : table.groups()) {
            t.subsection(group);
            for (Binding b : table.bindings()) {
                if (!b.group().equals(group)) continue;
                String tag = b.keys().stream().map(Key::name).map(Troff::bold).collect(Collectors.joining(", "));
                t.tagged(tag, b.label() + ": " + b.description());
            }
        }
        return t.toString();
    }
}
