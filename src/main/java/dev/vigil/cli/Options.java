package dev.vigil.cli;

import dev.vigil.alert.Rule;
import dev.vigil.model.Limits;
import dev.vigil.model.ProcessFilter;
import dev.vigil.model.Query;
import dev.vigil.model.QueryException;
import dev.vigil.model.SortColumn;
import dev.vigil.model.Units;
import dev.vigil.sample.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line as picocli fills it in (raw text), and {@link #validate()} which turns the
 * text into checked values or throws {@link BadOption} with a one-line reason. Values are read
 * as strings on purpose, so every message about them is ours and fits on one line.
 */
@Command(name = "vigil", customSynopsis = "vigil [OPTIONS]", sortOptions = false,
        description = {"A full-screen terminal process monitor, in the htop family.",
                "With --batch or --json it prints snapshots to standard output instead.",
                "History: vigil record, vigil replay, vigil dump (each with --help).", ""},
        optionListHeading = "Options:%n",
        // No subcommands: without this picocli reflects over every method at each start (~20 ms).
        addMethodSubcommands = false)
final class Options {
    @Option(names = {"-d", "--delay"}, paramLabel = "DELAY", description = "Refresh interval: tenths "
            + "of a second as in htop (15 = 1.5 s), or with a unit: 500ms, 2s, 1m. Batch default: 15.")
    String delayText;

    @Option(names = {"-n", "--iterations"}, paramLabel = "N",
            description = "Batch: how many snapshots to print (default 1).")
    String iterationsText;

    @Option(names = {"-b", "--batch"}, description = "Print snapshots as text instead of the full screen.")
    boolean batch;

    @Option(names = "--json", description = "Print snapshots as JSON Lines (implies --batch).")
    boolean json;

    @Option(names = {"-p", "--pid"}, paramLabel = "PID[,PID...]",
            description = "Show only these processes (repeatable).")
    List<String> pidTexts = new ArrayList<>();

    @Option(names = {"-u", "--user"}, paramLabel = "NAME", description = "Show only this user's processes "
            + "(user name or numeric uid).")
    String user;

    @Option(names = "--filter", paramLabel = "QUERY", description = "Show only processes matching QUERY, "
            + "e.g. 'java cpu>5 !user:root' (man vigil: FILTER LANGUAGE).")
    String filterText;

    @Option(names = "--sort", paramLabel = "COLUMN", completionCandidates = SortNames.class, description = "Sort on COLUMN: pid, user, pri, ni, "
            + "virt, res, s, cpu, mem, time, command, or any of --columns'. Default cpu.")
    String sortText;

    @Option(names = "--columns", paramLabel = "COLUMN[,COLUMN...]", description = "Batch: the table's "
            + "columns in this order, e.g. pid,ppid,tty,starttime,command (names as for --sort).")
    String columnsText;

    @Option(names = "--tree", description = "Show processes as a tree under their parents.")
    boolean tree;

    @Option(names = "--no-color", description = "Monochrome (also when NO_COLOR is set).")
    boolean noColor;

    @Option(names = "--ascii", description = "Draw with ASCII characters only.")
    boolean ascii;

    @Option(names = "--readonly", description = "Never send signals or renice.")
    boolean readonly;

    @Option(names = "--debug-timings", description = "Report how long each refresh took "
            + "(to standard error in batch mode).")
    boolean debugTimings;

    @Option(names = "--alert", paramLabel = "RULE", description = "An alert rule (repeatable), e.g. "
            + "'cpu > 90 for 30s where name:java severity critical' (man vigil: ALERT RULES).")
    List<String> alerts = new ArrayList<>();

    @Option(names = "--alert-exec", paramLabel = "CMD", description = "Run CMD (no shell) for each fired "
            + "alert, with the alert in VIGIL_ALERT_* variables and as JSON on stdin.")
    String alertExecText;

    @Option(names = "--threads", description = "Batch: list userland threads as rows of their own "
            + "(with each thread's own name; in the monitor, H).")
    boolean threads;

    @Option(names = "--detail", description = "Batch: add each shown process's triage detail (signal "
            + "dispositions, warnings, limits, files...); needs -p, -u or --filter.")
    boolean detail;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Show the version and exit.")
    boolean version;

    /** What --sort completes to in the shells: each column's canonical name. */
    static final class SortNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(SortColumn.values()).map(SortColumn::key).iterator();
        }
    }

    // Checked values, set by validate().
    long delayMillis;          // 0 when -d was not given
    int iterations = 1;
    Set<Integer> pids = Set.of();
    Query query = Query.ALL;
    SortColumn sort;           // null when --sort was not given
    List<SortColumn> columns;  // null when --columns was not given
    List<Rule> alertRules = List.of();
    List<String> alertExec;    // argv; null when --alert-exec was not given

    /** A bad option value; the message is one line without the "vigil: " prefix. */
    static final class BadOption extends Exception {
        BadOption(String message) {
            super(message, null, false, false);
        }
    }

    Options validate() throws BadOption {
        if (delayText != null) delayMillis = parseDelay(delayText);
        if (iterationsText != null) iterations = parseIterations(iterationsText);
        pids = parsePids(pidTexts);
        if (user != null && user.isBlank()) throw new BadOption("-u/--user: the user name is empty");
        if (filterText != null) {
            try {
                query = Query.parse(filterText);
            } catch (QueryException e) {
                throw new BadOption("--filter '" + oneLine(filterText) + "': " + e.reason()
                        + " (at column " + e.position() + ")");
            }
        }
        if (sortText != null) {
            sort = SortColumn.byName(sortText);
            if (sort == null) {
                throw new BadOption("--sort: unknown column '" + oneLine(sortText) + "' (valid: "
                        + SortColumn.validNames() + ")");
            }
        }
        if (columnsText != null) columns = parseColumns(columnsText);
        alertRules = parseRules(alerts);
        if (alertExecText != null) {
            try {
                alertExec = dev.vigil.alert.CommandLine.split(alertExecText);
            } catch (IllegalArgumentException e) {
                throw new BadOption("--alert-exec '" + oneLine(alertExecText) + "': " + e.getMessage());
            }
        }
        if (detail) checkDetail();
        if (columns != null && !batchMode()) {
            throw new BadOption("--columns is for --json or --batch output; in the monitor, F2 chooses and orders columns");
        }
        if (threads && !batchMode()) {
            throw new BadOption("--threads is for --json or --batch output; in the monitor, H shows threads");
        }
        return this;
    }

    static List<SortColumn> parseColumns(String text) throws BadOption {
        List<SortColumn> out = new ArrayList<>();
        for (String name : text.split(",", -1)) {
            if (name.isBlank()) throw new BadOption("--columns: an empty column name in '" + oneLine(text) + "'");
            SortColumn c = SortColumn.byName(name);
            if (c == null) {
                throw new BadOption("--columns: unknown column '" + oneLine(name.strip()) + "' (valid: "
                        + SortColumn.validNames() + ")");
            }
            if (out.contains(c)) throw new BadOption("--columns: '" + oneLine(name.strip()) + "' is listed twice");
            out.add(c);
        }
        return List.copyOf(out);
    }

    static List<Rule> parseRules(List<String> texts) throws BadOption {
        List<Rule> out = new ArrayList<>();
        for (String t : texts) {
            try {
                out.add(Rule.parse(t));
            } catch (QueryException e) {
                throw new BadOption("--alert '" + oneLine(t) + "': " + e.reason() + " (at column " + e.position() + ")");
            }
        }
        return List.copyOf(out);
    }

    /** --detail reads several /proc files per process: only for a chosen few, and in batch mode. */
    private void checkDetail() throws BadOption {
        if (!batchMode()) {
            throw new BadOption("--detail is for --json or --batch output; in the monitor, Enter shows the "
                    + "detail of the selected process");
        }
        if (pids.isEmpty() && user == null && query.isEmpty()) {
            throw new BadOption("--detail needs -p PID, -u USER or --filter QUERY: reading the detail of "
                    + "every process is costly");
        }
    }

    boolean batchMode() {
        return batch || json;
    }

    ProcessFilter filter() {
        return new ProcessFilter(query, pids, user);
    }

    static long parseDelay(String text) throws BadOption {
        long ms = Units.parseDurationMillis(text, 100);
        if (ms < 0) {
            throw new BadOption("-d/--delay: '" + oneLine(text) + "' is not a delay (tenths of a second "
                    + "such as 15, or 500ms, 2s)");
        }
        if (ms <= 0) throw new BadOption("-d/--delay: must be more than 0");
        if (ms < Limits.MIN_DELAY_MILLIS) {
            throw new BadOption("-d/--delay: " + ms + "ms is too short (at least " + Limits.MIN_DELAY_MILLIS + "ms)");
        }
        if (ms > Limits.MAX_DELAY_MILLIS) throw new BadOption("-d/--delay: '" + oneLine(text) + "' is too long (at most 1h)");
        return ms;
    }

    static int parseIterations(String text) throws BadOption {
        int n;
        try {
            n = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new BadOption("-n/--iterations: '" + oneLine(text) + "' is not a whole number");
        }
        if (n < 1) throw new BadOption("-n/--iterations: must be at least 1");
        return n;
    }

    static Set<Integer> parsePids(List<String> texts) throws BadOption {
        Set<Integer> out = new LinkedHashSet<>();
        for (String t : texts) {
            for (String part : t.split(",", -1)) {
                int pid;
                try {
                    pid = Integer.parseInt(part.trim());
                } catch (NumberFormatException e) {
                    throw new BadOption("-p/--pid: '" + oneLine(part) + "' is not a process id");
                }
                if (pid < 1) throw new BadOption("-p/--pid: '" + pid + "' is not a process id");
                out.add(pid);
            }
        }
        return Set.copyOf(out);
    }

    /** User text inside a message: control characters escaped so the message stays one line. */
    static String oneLine(String s) {
        return Text.escape(s);
    }
}
