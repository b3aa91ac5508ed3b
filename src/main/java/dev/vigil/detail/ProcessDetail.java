package dev.vigil.detail;

import dev.vigil.detail.ParentChain.Ancestor;
import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcStat;

import java.util.List;

/**
 * Everything triage shows about one process, read at one moment by {@link DetailReader}.
 * Immutable. Fields that the kernel may refuse or that may be absent are {@link Probe}s.
 *
 * @param identity        PID + start ticks of the process read
 * @param readAtMillis    when it was read, epoch milliseconds (the "now" for age and rates)
 * @param startTimeMillis start time, epoch milliseconds (boot time + start ticks)
 * @param stat            /proc/PID/stat fields (times in ticks)
 * @param status          /proc/PID/status fields (memory in bytes, raw signal masks)
 * @param user            name of the real uid (the number as text when unknown)
 * @param effectiveUser   name of the effective uid
 * @param group           name of the real gid
 * @param effectiveGroup  name of the effective gid
 * @param cmdline         argv, decoded with Text.decode; empty for kernel threads and zombies
 * @param exe             target of /proc/PID/exe
 * @param cwd             target of /proc/PID/cwd
 * @param wchan           kernel function the task sleeps in; "" when running or hidden
 * @param environ         NAME=value entries, decoded with Text.decode
 * @param fdCount         number of open descriptors
 * @param files           open descriptors by number, at most {@link DetailReader#MAX_FILES}
 * @param limits          the limits table
 * @param io              the io counters
 * @param cgroup          the cgroup lines
 * @param namespaces      names of namespaces (as in /proc/PID/ns) that differ from vigil's own
 * @param parentChain     ancestors, root first, down to the direct parent
 */
public record ProcessDetail(
        Identity identity, long readAtMillis, long startTimeMillis, ProcStat stat,
        ProcStatus status, String user, String effectiveUser, String group, String effectiveGroup,
        Probe<List<String>> cmdline, Probe<String> exe, Probe<String> cwd, Probe<String> wchan,
        Probe<List<String>> environ, Probe<Integer> fdCount, Probe<List<OpenFile>> files,
        Probe<List<Limit>> limits, Probe<IoCounters> io, Probe<Cgroup> cgroup,
        Probe<List<String>> namespaces, List<Ancestor> parentChain) {

    public ProcessDetail {
        parentChain = List.copyOf(parentChain);
    }

    public int pid() {
        return identity.pid();
    }

    /** The state letter: from status, which is read after stat and so is the fresher one. */
    public char state() {
        return status.state() != '?' ? status.state() : stat.state();
    }

    /** PID inside the process's own PID namespace (last NSpid value). */
    public int nsPid() {
        return status.innermostPid();
    }

    /** The direct parent, or null when the chain is empty (PID 1, kthreadd). */
    public Ancestor parent() {
        if (parentChain.isEmpty()) return null;
        Ancestor last = parentChain.get(parentChain.size() - 1);
        return last.pid() == stat.ppid() ? last : null;
    }

    /** Soft limit on open files; -1 when unknown or unlimited. */
    public long fdLimit() {
        if (!limits.ok()) return -1;
        Limit l = Limit.find(limits.value(), Limit.OPEN_FILES);
        return l == null ? -1 : l.soft();
    }

    public List<String> caught() {
        return Signals.names(status.sigCgt());
    }

    public List<String> ignored() {
        return Signals.names(status.sigIgn());
    }

    public List<String> blocked() {
        return Signals.names(status.sigBlk());
    }

    /** SigPnd and ShdPnd together. */
    public List<String> pending() {
        return Signals.names(status.pending());
    }
}
