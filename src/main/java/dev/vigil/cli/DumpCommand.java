package dev.vigil.cli;

import dev.vigil.alert.Alert;
import dev.vigil.app.Alerts;
import dev.vigil.app.Settings;
import dev.vigil.history.HistoryException;
import dev.vigil.history.HistoryReader;
import dev.vigil.history.SamplePoint;
import dev.vigil.model.ConfigFile;
import dev.vigil.model.ProcessFilter;
import dev.vigil.model.Query;
import dev.vigil.model.QueryException;
import dev.vigil.model.SortColumn;
import dev.vigil.model.TreeOrder;
import dev.vigil.model.VigilPaths;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code vigil dump}: recorded snapshots from --from to --to as batch mode prints live ones:
 * text, the same JSON Lines ({@code --json}, with the alerts as the rules evaluate over the
 * recorded samples in order), or CSV. The alert log and --alert-exec are left alone: this is
 * the past.
 */
@Command(name = "vigil dump", customSynopsis = "vigil dump [--db PATH] --from TIME [--to TIME] [--filter Q] "
        + "[--sort COL] [--top N] [--json|--csv]",
        description = {"Print recorded history. TIME: 10m ago, 03:02, 2026-12-01 03:02:15 or ISO-8601.", ""},
        optionListHeading = "Options:%n", sortOptions = false, addMethodSubcommands = false)
final class DumpCommand {
    @Option(names = "--db", paramLabel = "PATH", description = "History file (default $XDG_STATE_HOME/vigil/history.db).")
    String dbText;

    @Option(names = "--from", paramLabel = "TIME", required = true, description = "First sample to print.")
    String fromText;

    @Option(names = "--to", paramLabel = "TIME", description = "Last sample to print (default: the newest).")
    String toText;

    @Option(names = "--filter", paramLabel = "QUERY", description = "Only processes matching QUERY (as in the monitor).")
    String filterText;

    @Option(names = "--sort", paramLabel = "COLUMN", description = "Sort on COLUMN (default cpu).")
    String sortText;

    @Option(names = "--top", paramLabel = "N", description = "At most N processes per sample.")
    String topText;

    @Option(names = "--alert", paramLabel = "RULE", description = "An alert rule to evaluate (repeatable).")
    List<String> alerts = new ArrayList<>();

    @Option(names = "--json", description = "JSON Lines, exactly as 'vigil --json' prints them.")
    boolean json;

    @Option(names = "--csv", description = "CSV: one line per process per sample, with a header.")
    boolean csv;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    Path db;
    long from;
    long to = Long.MAX_VALUE;
    Query query = Query.ALL;
    SortColumn sort = BatchView.DEFAULT_SORT;
    int top = Integer.MAX_VALUE;

    void validate(Map<String, String> env, long nowMillis) throws Options.BadOption {
        if (json && csv) throw new Options.BadOption("--json and --csv: choose one");
        db = HistoryOptions.db(dbText, env);
        from = HistoryOptions.time("--from", fromText, nowMillis);
        if (toText != null) to = HistoryOptions.time("--to", toText, nowMillis);
        if (to < from) throw new Options.BadOption("--to is before --from");
        if (filterText != null) {
            try {
                query = Query.parse(filterText);
            } catch (QueryException e) {
                throw new Options.BadOption("--filter '" + Options.oneLine(filterText) + "': " + e.reason()
                        + " (at column " + e.position() + ")");
            }
        }
        if (sortText != null) {
            sort = SortColumn.byName(sortText);
            if (sort == null) throw new Options.BadOption("--sort: unknown column '" + Options.oneLine(sortText)
                    + "' (valid: " + SortColumn.validNames() + ")");
        }
        if (topText != null) {
            try {
                top = Integer.parseInt(topText.strip());
            } catch (NumberFormatException e) {
                top = -1;
            }
            if (top < 1) throw new Options.BadOption("--top: '" + Options.oneLine(topText) + "' is not a number of at least 1");
        }
        Options.parseRules(alerts);
    }

    int run(PrintStream out, PrintStream err, Map<String, String> env) throws Options.BadOption {
        BatchView view = new BatchView(new ProcessFilter(query, Set.of(), null), sort, false, true);
        SnapshotWriter writer = json ? new JsonReport(view) : csv ? new CsvReport(view) : new TextReport(view, ZoneId.systemDefault());
        Settings settings = Settings.load(new ConfigFile(VigilPaths.configFile(env)));
        if (settings.problem() != null) err.println("vigil: " + settings.problem());
        // The rules alone: no alert log, no --alert-exec; the past is not news.
        Alerts rules = new Alerts(settings::alerts, Options.parseRules(alerts), null, null);
        try (HistoryReader r = HistoryReader.open(db)) {
            List<SamplePoint> points = r.between(from, to);
            if (points.isEmpty()) {
                SamplePoint first = r.first();
                SamplePoint last = r.last();
                err.println("vigil: no samples in that time; " + db.toAbsolutePath() + (first == null ? " is empty"
                        : " holds " + JsonReport.ISO.format(java.time.Instant.ofEpochMilli(first.timeMillis())) + " to "
                        + JsonReport.ISO.format(java.time.Instant.ofEpochMilli(last.timeMillis()))));
                return 1;
            }
            StringBuilder sb = new StringBuilder(64 * 1024);
            for (SamplePoint p : points) {
                Snapshot s = r.snapshot(p);
                if (s == null) continue; // deleted by retention meanwhile
                rules.onSnapshot(s);
                List<Alert> now = rules.reportAlerts();
                sb.setLength(0);
                writer.write(top == Integer.MAX_VALUE ? s : top(s, view), now, sb);
                out.append(sb);
                if (out.checkError()) return 0;
            }
            out.flush();
            return 0;
        } catch (HistoryException e) {
            out.flush();
            err.println("vigil: " + e.getMessage());
            return 2;
        }
    }

    /** s with only its first top processes in the view's order. */
    private Snapshot top(Snapshot s, BatchView view) {
        List<ProcessSample> kept = new ArrayList<>();
        for (TreeOrder.Row row : view.rows(s)) {
            if (kept.size() == top) break;
            kept.add(row.sample());
        }
        return new Snapshot(s.sequence(), s.timestampMillis(), s.intervalMillis(), s.system(), kept, s.collectMicros());
    }
}
