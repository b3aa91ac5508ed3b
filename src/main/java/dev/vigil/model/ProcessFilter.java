package dev.vigil.model;

import dev.vigil.sample.ProcessSample;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which processes a table shows: the command line's {@code -p}, {@code -u} and {@code --filter}
 * together (all must hold). Shared by batch output and the interactive table.
 *
 * @param query a parsed filter; {@link Query#ALL} for none
 * @param pids  show only these PIDs (a thread row matches through its thread group); empty for all
 * @param user  show only this user's processes, by name as in the USER column or by numeric uid;
 *              null for all
 */
public record ProcessFilter(Query query, Set<Integer> pids, String user) implements Predicate<ProcessSample> {
    public static final ProcessFilter ALL = new ProcessFilter(Query.ALL, Set.of(), null);

    public ProcessFilter {
        query = query == null ? Query.ALL : query;
        pids = Set.copyOf(pids);
    }

    @Override
    public boolean test(ProcessSample p) {
        if (!pids.isEmpty() && !pids.contains(p.pid()) && !pids.contains(p.tgid())) return false;
        if (user != null && !user.equals(p.user()) && !user.equals(Integer.toString(p.uid()))) return false;
        return query.test(p);
    }

    /** The processes that pass, in the given order (a new, modifiable list). */
    public List<ProcessSample> apply(Collection<ProcessSample> all, Comparator<ProcessSample> order) {
        List<ProcessSample> out = new ArrayList<>(all.size());
        for (ProcessSample p : all) {
            if (test(p)) out.add(p);
        }
        out.sort(order);
        return out;
    }
}
