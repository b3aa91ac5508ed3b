package dev.vigil.cli;

import dev.vigil.app.RecordedSource;
import dev.vigil.history.HistoryException;
import dev.vigil.history.HistoryReader;
import dev.vigil.ui.MonitorOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code vigil replay}: the monitor on a history file, at --at (default: the newest sample).
 * Every view works on the recorded samples; {@code {} and {@code }} step, {@code b} jumps;
 * signals and renice are refused.
 */
@Command(name = "vigil replay", customSynopsis = "vigil replay [--db PATH] [--at TIME] [--filter Q] [--sort COL] [--tree]",
        description = {"The monitor on recorded history. TIME: 10m ago, 03:02, 2026-12-01 03:02:15 or ISO-8601.",
                "Keys: { one sample back, } one forward, b jump to a time.", ""},
        optionListHeading = "Options:%n", sortOptions = false, addMethodSubcommands = false)
final class ReplayCommand {
    @Option(names = "--db", paramLabel = "PATH", description = "History file (default $XDG_STATE_HOME/vigil/history.db).")
    String dbText;

    @Option(names = "--at", paramLabel = "TIME", description = "Start at the sample at or before TIME (default: the newest).")
    String atText;

    @Option(names = "--filter", paramLabel = "QUERY", description = "Start with this filter.")
    String filterText;

    @Option(names = "--sort", paramLabel = "COLUMN", description = "Start sorted on COLUMN.")
    String sortText;

    @Option(names = "--tree", description = "Start in tree view.")
    boolean tree;

    @Option(names = "--no-color", description = "Monochrome (also when NO_COLOR is set).")
    boolean noColor;

    @Option(names = "--ascii", description = "Draw with ASCII characters only.")
    boolean ascii;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    static int run(List<String> args, PrintStream out, PrintStream err, Main.Wiring w) {
        ReplayCommand c = new ReplayCommand();
        long at;
        Path db;
        try {
            if (!HistoryCommands.parse(c, args, out, err)) return c.help ? 0 : 2;
            db = HistoryOptions.db(c.dbText, w.env());
            at = c.atText == null ? Long.MAX_VALUE : HistoryOptions.time("--at", c.atText, System.currentTimeMillis());
            if (c.sortText != null && dev.vigil.model.SortColumn.byName(c.sortText) == null) {
                throw new Options.BadOption("--sort: unknown column '" + Options.oneLine(c.sortText) + "' (valid: "
                        + dev.vigil.model.SortColumn.validNames() + ")");
            }
        } catch (Options.BadOption e) {
            err.println("vigil: " + e.getMessage());
            return 2;
        }
        RecordedSource source;
        try {
            HistoryReader reader = HistoryReader.open(db);
            try {
                source = RecordedSource.open(reader, at);
            } catch (HistoryException e) {
                reader.close();
                throw e;
            }
        } catch (HistoryException e) {
            err.println("vigil: " + e.getMessage());
            return 2;
        }
        String noColorEnv = w.env().get("NO_COLOR");
        MonitorOptions mo = new MonitorOptions(0, Set.of(), null, c.filterText, c.sortText, c.tree,
                c.noColor || (noColorEnv != null && !noColorEnv.isEmpty()), c.ascii, false, false, List.of(), null);
        try (RecordedSource s = source) {
            return w.monitor().applyAsInt(s, mo);
        } catch (RuntimeException | Error e) {
            err.println("vigil: " + Main.describe(e));
            return 1;
        }
    }
}
