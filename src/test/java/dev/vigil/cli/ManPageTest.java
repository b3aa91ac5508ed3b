package dev.vigil.cli;

import dev.vigil.alert.Metric;
import dev.vigil.model.SortColumn;
import dev.vigil.ui.keys.Binding;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.KeyTable;
import dev.vigil.ui.Monitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * vigil.1: formats without a groff warning, holds every option of every command and every key
 * of the table, and picks up options, subcommands and keys added later with no edit of its own.
 */
class ManPageTest {
    @TempDir
    Path dir;

    static CommandLine root() {
        return Args.model();
    }

    Path write(String page) throws Exception {
        Path f = dir.resolve("vigil.1");
        Files.writeString(f, page);
        return f;
    }

    @Test
    void theBuildsPageFormatsWithoutWarnings() throws Exception {
        Path built = Path.of("target/vigil.1");
        assertTrue(Files.isRegularFile(built), "the build writes target/vigil.1 after compiling (ShellFiles)");
        Groff.Result r = Groff.run(built, "-z");
        assertEquals("", r.err(), "groff warnings");
        assertEquals(0, r.status());
        assertEquals(ManPage.render(root(), Monitor.keyTable(), "x"),
                Files.readString(built).replaceFirst("\"vigil [^\"]*\" \"User Commands\"", "\"vigil x\" \"User Commands\""),
                "target/vigil.1 is the page the model and the key table make now");
    }

    @Test
    void everyOptionKeySectionMetricAndSortColumnIsInThePage() throws Exception {
        KeyTable keys = Monitor.keyTable();
        Path page = write(ManPage.render(root(), keys, "0.1.0"));
        assertEquals("", Groff.run(page, "-z").err(), "groff warnings");
        String text = Groff.flatText(page);
        for (CommandLine c : ManPage.withSubcommands(root())) {
            for (OptionSpec o : c.getCommandSpec().options()) {
                for (String n : o.names()) assertTrue(text.contains(n), c.getCommandName() + " " + n + " missing");
            }
            assertTrue(text.contains(ManPage.plainSynopsis(c)), "synopsis of " + c.getCommandName());
        }
        assertTrue(keys.bindings().size() > 40, "the whole table: " + keys.bindings().size());
        for (Binding b : keys.bindings()) assertTrue(text.contains(keyLine(b)), "key missing: " + keyLine(b));
        for (String g : keys.groups()) assertTrue(text.contains(" " + g + " "), g);
        for (String s : List.of("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "SORT COLUMNS", "KEYS",
                "FILTER LANGUAGE", "ALERT RULES", "FILES", "ENVIRONMENT", "EXIT STATUS", "EXAMPLES", "SEE ALSO")) {
            assertTrue(text.contains(" " + s + " "), "section " + s);
        }
        String alerts = text.substring(text.indexOf(" ALERT RULES "), text.indexOf(" FILES "));
        for (Metric m : Metric.values()) assertTrue(alerts.contains(" " + m.word()), "metric " + m.word());
        String sort = text.substring(text.indexOf(" SORT COLUMNS "), text.indexOf(" KEYS "));
        for (SortColumn c : SortColumn.values()) {
            for (String n : c.names()) assertTrue(sort.contains(" " + n), "sort name " + n);
        }
        for (String f : List.of("vigil.conf", "alerts.jsonl", "actions.log", "history.db", "NO_COLOR", "VIGIL_JAVA_OPTS")) {
            assertTrue(text.contains(f), f);
        }
    }

    @Test
    void keysOptionsAndSubcommandsAddedLaterShowWithoutAnEdit() throws Exception {
        KeyTable keys = Monitor.keyTable();
        keys.bind("Later", "F12 ~", "Probe", "a key bound after this page was written", s -> null);
        CommandLine root = root();
        root.getCommandSpec().addOption(OptionSpec.builder("--probe-option").paramLabel("WHAT").type(String.class)
                .description("An option added later.").build());
        root.addSubcommand("probe", new CommandLine(CommandSpec.create().name("probe")
                .addOption(OptionSpec.builder("--deep").description("A subcommand's own option.").build())));
        String text = Groff.flatText(write(ManPage.render(root, keys, "0.1.0")));
        assertTrue(text.contains("F12, ~ Probe: a key bound after this page was written"), "the key added later");
        assertTrue(text.contains("--probe-option WHAT An option added later."), "the option added later");
        assertTrue(text.contains("vigil probe [--deep]") && text.contains("--deep A subcommand's own option."), "the subcommand added later");
    }

    /** A subcommand parsed by hand would be in the page by name only: each must bring its model. */
    @Test
    void everySubcommandBringsItsModelAndIsInThePage() throws Exception {
        String text = Groff.flatText(write(ManPage.render(root(), Monitor.keyTable(), "0.1.0")));
        for (String name : Commands.ALL.keySet()) {
            assertTrue(Commands.ALL.get(name).model() != null, "vigil " + name + " has no picocli model for "
                    + "--help, the man page and the completions (Commands.Command's third field)");
            assertTrue(text.contains(" vigil " + name + " "), "vigil " + name + " in the page");
            assertTrue(!text.contains("vigil vigil"), "a subcommand named twice: set its model's command name to " + name);
        }
    }

    @Test
    void troffTextIsEscaped() {
        assertEquals("\\&.start \\e and \\-\\-x\n\\&'quote", Troff.text(".start \\ and --x\n'quote"));
        assertEquals("\"a \\(dqb\\(dq\"", Troff.arg("a \"b\""));
        assertEquals("\\fB\\e\\fR", Troff.bold("\\"));
    }

    /** How a binding reads in the plain text: "F3, / Search: description". */
    static String keyLine(Binding b) {
        return b.keys().stream().map(Key::name).collect(Collectors.joining(", ")) + " " + b.label() + ": "
                + b.description().replaceAll("\\s+", " ");
    }
}
