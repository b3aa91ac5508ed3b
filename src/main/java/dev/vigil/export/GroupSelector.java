package dev.vigil.export;

import dev.vigil.model.Query;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule's {@code where} as label matchers on {@code groupname}, when the groups make that
 * faithful: {@code name:TEXT} (a case-insensitive substring of the comm name, as vigil matches
 * it) when serve groups by name, {@code user:NAME} (exact) when it groups by user. Everything
 * else in a where is about one process and has no group label to match.
 */
final class GroupSelector {
    /** The matchers, comma-separated (empty for no where), or the reason there are none. */
    record Result(String matchers, String reason) {
    }

    private GroupSelector() {
    }

    static Result of(Query where, GroupBy by) {
        List<String> m = new ArrayList<>();
        for (Query.Condition c : where.conditions()) {
            String f = c.field();
            if (f == null || f.equals("cmd") || f.equals("command")) {
                return new Result(null, "its where matches command lines, which are never exported");
            }
            if (f.equals("pid") || f.equals("ppid")) {
                return new Result(null, "its where picks processes by " + f + "; Prometheus sees groups, never one process");
            }
            if (f.equals("name") && c.op().equals(":")) {
                if (by != GroupBy.NAME) return new Result(null, "name: needs serve to group by name (--group-by name)");
                m.add("groupname" + (c.negated() ? "!~" : "=~") + PromQl.string("(?i).*" + PromQl.regexQuote(c.value()) + ".*"));
                continue;
            }
            if (f.equals("user") && c.op().equals(":")) {
                if (by != GroupBy.USER) return new Result(null, "user: needs serve to group by user (--group-by user)");
                m.add("groupname" + (c.negated() ? "!=" : "=") + PromQl.string(c.value()));
                continue;
            }
            return new Result(null, "its where tests " + f + " of each process; groups carry no such label");
        }
        return new Result(String.join(", ", m), null);
    }
}
