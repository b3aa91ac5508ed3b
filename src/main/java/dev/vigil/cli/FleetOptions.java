package dev.vigil.cli;

import dev.vigil.alert.Rule;
import dev.vigil.export.GroupBy;
import dev.vigil.export.Listen;
import dev.vigil.model.Units;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** The options of {@code vigil serve} and {@code vigil rules}, as text, checked by validate(). */
final class FleetOptions {
    static final long DEFAULT_INTERVAL_MILLIS = 5000;
    static final int DEFAULT_MAX_GROUPS = 500;

    private FleetOptions() {
    }

    /** What both commands share: the groups and the extra rules. */
    abstract static class Common {
        @Option(names = "--group-by", paramLabel = "HOW", description = "Group processes by name (default), user, exe or cgroup.")
        String groupByText = "name";

        @Option(names = "--alert", paramLabel = "RULE", description = "An alert rule (repeatable), added to the config file's.")
        List<String> alerts = new ArrayList<>();

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        GroupBy groupBy;
        List<Rule> alertRules = List.of();

        void validate() throws Options.BadOption {
            groupBy = GroupBy.parse(groupByText);
            if (groupBy == null) {
                throw new Options.BadOption("--group-by: '" + Options.oneLine(groupByText) + "' is not one of name, user, exe, cgroup");
            }
            alertRules = Options.parseRules(alerts);
        }
    }

    @Command(name = "vigil serve", sortOptions = false, addMethodSubcommands = false,
            description = {"Serve Prometheus metrics: process groups under process-exporter's names, the machine",
                    "and vigil's alerts under vigil_. Sampling follows --interval; a scrape never samples.", ""},
            optionListHeading = "Options:%n")
    static final class Serve extends Common {
        @Option(names = "--listen", paramLabel = "ADDR:PORT", description = "Where to listen (default " + Listen.DEFAULT + ").")
        String listenText = Listen.DEFAULT;

        @Option(names = "--max-groups", paramLabel = "N", description = "At most N groups (default 500); later ones fold into 'other'.")
        String maxGroupsText = Integer.toString(DEFAULT_MAX_GROUPS);

        @Option(names = "--interval", paramLabel = "DUR", description = "Sampling interval: 5s (default), 500ms, 1m; bare numbers are seconds.")
        String intervalText = "5s";

        Listen listen;
        int maxGroups;
        long intervalMillis;

        @Override
        void validate() throws Options.BadOption {
            super.validate();
            try {
                listen = Listen.parse(listenText);
            } catch (IllegalArgumentException e) {
                throw new Options.BadOption("--listen: " + Options.oneLine(e.getMessage()));
            }
            try {
                maxGroups = Integer.parseInt(maxGroupsText.trim());
            } catch (NumberFormatException e) {
                throw new Options.BadOption("--max-groups: '" + Options.oneLine(maxGroupsText) + "' is not a whole number");
            }
            if (maxGroups < 1) throw new Options.BadOption("--max-groups: must be at least 1");
            intervalMillis = Units.parseDurationMillis(intervalText, 1000);
            if (intervalMillis < 0) {
                throw new Options.BadOption("--interval: '" + Options.oneLine(intervalText) + "' is not a duration (e.g. 5s, 500ms, 1m)");
            }
            if (intervalMillis < 100 || intervalMillis > 3_600_000) {
                throw new Options.BadOption("--interval: must be between 100ms and 1h");
            }
        }
    }

    @Command(name = "vigil rules", sortOptions = false, addMethodSubcommands = false,
            description = {"Print the alert rules (the config file's and --alert) for another engine.", ""},
            optionListHeading = "Options:%n")
    static final class Rules extends Common {
        @Option(names = "--prometheus", description = "As a Prometheus rule file (YAML) over vigil serve's metrics.")
        boolean prometheus;

        @Override
        void validate() throws Options.BadOption {
            super.validate();
            if (!prometheus) throw new Options.BadOption("say which format: --prometheus");
        }
    }
}
