package dev.vigil.model;

import dev.vigil.sample.ProcessSample;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Which processes a table shows: the command line's {@code -p}, {@code -u} and {@code --filter}
 * together (all must hold). The one test of the row pipeline ({@link RowBuilder}), which batch
 * output and the interactive table both use, so the same options show the same processes.
 *
 * @param query a parsed filter; {@link Query#ALL} for none
 * @param pids  show only these PIDs (a thread row matches through its thread group); empty for all
 * @param user  show only this user's processes, by name as in the USER column or by numeric uid;
 *              null for all
 * @param uid   user as a number when it is one (compared without making a string per process);
 *              -1 otherwise
 */
public record ProcessFilter(Query query, Set<Integer> pids, String user, int uid) implements Predicate<ProcessSample> {
    public static final ProcessFilter ALL = new ProcessFilter(Query.ALL, Set.of(), null);

    public ProcessFilter {
        query = query == null ? Query.ALL : query;
        pids = Set.copyOf(pids);
    }

    public ProcessFilter(Query query, Set<Integer> pids, String user) {
        this(query, pids, user, numeric(user));
    }

    private static int numeric(String user) {
        if (user == null || user.isEmpty() || user.length() > 10) return -1;
        for (int i = 0; i < user.length(); i++) if (user.charAt(i) < '0' || user.charAt(i) > '9') return -1;
        long v = Long.parseLong(user);
        return v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    @Override
    public boolean test(ProcessSample p) {
        if (!pids.isEmpty() && !pids.contains(p.pid()) && !pids.contains(p.tgid())) return false;
        if (user != null && (uid < 0 || p.uid() != uid) && !user.equals(p.user())) return false;
        return query.test(p);
    }
}
