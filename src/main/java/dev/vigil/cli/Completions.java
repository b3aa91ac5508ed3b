package dev.vigil.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Shell completion made from the picocli model, so a new option or subcommand completes without
 * a hand edit: for bash, picocli's own {@link AutoComplete} script; for zsh, a native
 * {@code _arguments} function (a {@code #compdef} file for site-functions). Option values complete
 * from the option's completion candidates ({@code --sort} columns) or as file names for a path.
 */
final class Completions {
    private Completions() {
    }

    /** The bash script: source it, or put it in bash-completion's completions directory as "vigil". */
    static String bash(CommandLine root) {
        return AutoComplete.bash(root.getCommandName(), root);
    }

    /** The zsh function file "_vigil", for a directory on $fpath before compinit runs. */
    static String zsh(CommandLine root) {
        StringBuilder b = new StringBuilder();
        String name = root.getCommandName();
        b.append("#compdef ").append(name).append('\n');
        b.append("# zsh completion for ").append(name)
                .append(", made by the build from its command-line model; do not edit.\n\n");
        function(b, root, "_" + name);
        b.append("_").append(name).append(" \"$@\"\n");
        return b.toString();
    }

    private static void function(StringBuilder b, CommandLine c, String fn) {
        List<CommandLine> subs = distinctSubcommands(c);
        b.append(fn).append("() {\n");
        b.append("  local curcontext=\"$curcontext\" state line ret=1\n");
        b.append("  _arguments -C -s -S");
        for (OptionSpec o : c.getCommandSpec().options()) {
            if (!o.hidden()) b.append(" \\\n    ").append(optionSpec(o));
        }
        if (!subs.isEmpty()) b.append(" \\\n    '1: :->command' \\\n    '*:: :->args'");
        b.append(" && ret=0\n");
        if (!subs.isEmpty()) {
            b.append("  case $state in\n");
            b.append("    command)\n      local -a commands\n      commands=(");
            for (CommandLine s : subs) {
                b.append("\n        ").append(quote(s.getCommandName() + ":" + summary(s.getCommandSpec())));
            }
            b.append("\n      )\n      _describe -t commands 'command' commands && ret=0 ;;\n");
            b.append("    args)\n      case $line[1] in\n");
            for (CommandLine s : subs) {
                b.append("        ").append(s.getCommandName()).append(") ").append(fn).append('_')
                        .append(s.getCommandName().replace('-', '_')).append(" && ret=0 ;;\n");
            }
            b.append("      esac ;;\n  esac\n");
        }
        b.append("  return ret\n}\n\n");
        for (CommandLine s : subs) function(b, s, fn + "_" + s.getCommandName().replace('-', '_'));
    }

    /** One _arguments spec: exclusion list, names, [description], and the value's message and action. */
    private static String optionSpec(OptionSpec o) {
        String[] names = o.names();
        boolean takesValue = o.arity().max() > 0;
        boolean repeatable = o.isMultiValue();
        StringBuilder s = new StringBuilder();
        if (repeatable) {
            s.append("'*'");
        } else if (names.length > 1) {
            s.append(quote("(" + String.join(" ", names) + ")"));
        }
        List<String> forms = new ArrayList<>();
        for (String n : names) forms.add(takesValue ? n + (n.startsWith("--") ? "=" : "+") : n);
        s.append(forms.size() == 1 ? quote(forms.get(0)) : "{" + String.join(",", forms) + "}");
        String spec = "[" + summary(o.description()) + "]";
        if (takesValue) spec += ":" + o.paramLabel().replaceAll("[\\[\\]:]", "") + ":" + valueAction(o);
        return s.append(quote(spec)).toString();
    }

    private static String valueAction(OptionSpec o) {
        Iterable<String> candidates = o.completionCandidates();
        if (candidates != null) {
            StringBuilder b = new StringBuilder("(");
            for (Iterator<String> it = candidates.iterator(); it.hasNext(); ) {
                b.append(it.next().replaceAll("[^A-Za-z0-9_.%+-]", ""));
                if (it.hasNext()) b.append(' ');
            }
            return b.append(')').toString();
        }
        Class<?> type = o.typeInfo().getType();
        if (type == Path.class || type == File.class) return "_files";
        return " ";
    }

    private static String summary(CommandSpec spec) {
        return summary(spec.usageMessage().description());
    }

    /** The first sentence of a description, without the characters _arguments gives a meaning to. */
    private static String summary(String[] description) {
        String d = String.join(" ", description).replace("%n", " ").strip();
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("\\.\\s+(?=[A-Z])").matcher(d);
        if (end.find()) d = d.substring(0, end.start());
        if (d.endsWith(".")) d = d.substring(0, d.length() - 1);
        return d.replace("[", "(").replace("]", ")").replace("\\", "").replace(":", " -").replaceAll("\\s+", " ");
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static List<CommandLine> distinctSubcommands(CommandLine c) {
        List<CommandLine> out = new ArrayList<>();
        for (CommandLine s : c.getSubcommands().values()) {
            if (!out.contains(s) && !s.getCommandSpec().usageMessage().hidden()) out.add(s);
        }
        return out;
    }
}
