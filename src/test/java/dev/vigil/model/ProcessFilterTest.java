package dev.vigil.model;

import dev.vigil.sample.ProcessSample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProcessFilterTest {
    static ProcessSample p(int pid, int tgid, int uid, String user, String cmd, double cpu) {
        return new ProcessSample(pid, tgid, 1, uid, user, 'S', 0, 20, 1, 0, 0, cpu, 0, 0, pid, 0, cmd, cmd,
                Double.NaN, Double.NaN, false, uid);
    }

    static final List<ProcessSample> PS = List.of(p(1, 1, 0, "root", "init", 0), p(2, 2, 1000, "alice", "java", 50),
            p(3, 2, 1000, "alice", "java", 40), p(4, 4, 1001, "bob", "vim", 1));

    static List<Integer> pids(ProcessFilter f) {
        List<Integer> out = new ArrayList<>();
        for (ProcessSample x : PS) if (f.test(x)) out.add(x.pid());
        return out;
    }

    @Test
    void allConditionsMustHold() throws QueryException {
        assertEquals(List.of(1, 2, 3, 4), pids(ProcessFilter.ALL));
        assertEquals(List.of(2, 3), pids(new ProcessFilter(null, Set.of(2), null)), "a thread matches through its tgid");
        assertEquals(List.of(2, 3), pids(new ProcessFilter(null, Set.of(), "alice")));
        assertEquals(List.of(4), pids(new ProcessFilter(null, Set.of(), "1001")), "numeric uid");
        assertEquals(List.of(2), pids(new ProcessFilter(Query.parse("cpu>45"), Set.of(), "alice")));
        assertEquals(List.of(), pids(new ProcessFilter(Query.parse("vim"), Set.of(1, 2), null)));
        assertEquals(List.of(), pids(new ProcessFilter(null, Set.of(), "nobody")));
    }
}
