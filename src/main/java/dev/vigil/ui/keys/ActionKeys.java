package dev.vigil.ui.keys;

import dev.vigil.action.NiceChange;
import dev.vigil.ui.ProcessControl;
import dev.vigil.ui.Session;
import dev.vigil.ui.Tagging;

/**
 * The keys of process control (issue 4): tags, the signal menu, renice, affinity, I/O priority,
 * resource limits, the action log, and Esc
 * to cancel a waiting escalation. htop's keys where htop has them.
 */
public final class ActionKeys {
    public static final String GROUP = "Actions";

    private ActionKeys() {
    }

    public static void bind(KeyTable t, ProcessControl pc) {
        t.bind(GROUP, "Space", "Tag", "tag or untag the selected process and move down; actions apply to the tagged set",
                s -> after(pc, s, Tagging.toggle(s)));
        t.bind(GROUP, "c", "Tag tree", "tag the selected process and all its descendants",
                s -> after(pc, s, Tagging.tagTree(s)));
        t.bind(GROUP, "U", "Untag", "untag all processes", s -> after(pc, s, Tagging.untagAll(s)));
        t.bind(GROUP, "F9 k", "Kill", "send a signal to the tagged or selected processes: type its number"
                + " (or e for the configured escalation, E for TERM, QUIT, KILL), Enter sends, Esc cancels", pc::openSignalMenu);
        t.bind(GROUP, "F7 ]", "Nice -", "raise priority: nice -1 (usually needs root or CAP_SYS_NICE)",
                s -> pc.renice(s, NiceChange.by(-1)));
        t.bind(GROUP, "F8 [", "Nice +", "lower priority: nice +1", s -> pc.renice(s, NiceChange.by(1)));
        t.bind(GROUP, "=", "Set nice", "set an exact nice value from -20 to 19", pc::openNicePrompt);
        t.bind(GROUP, "a", "Affinity", "set the CPUs the tagged or selected processes may run on (every thread):"
                + " Space checks a CPU or all, Enter sets, Esc cancels", pc::openAffinity);
        t.bind(GROUP, "i", "I/O prio", "set the I/O priority of the tagged or selected processes: none (from nice),"
                + " realtime 0-7, best-effort 0-7 or idle (0 is highest); Enter sets", pc::openIoPriority);
        t.bind(GROUP, "R", "Limits", "set a resource limit of the selected process (prlimit): its detail view"
                + " with a limit chosen; Up/Down choose, Enter prompts for SOFT, SOFT:HARD or :HARD (unlimited;"
                + " K/M/G for sizes; s for CPU time), Esc goes back", pc.limits()::open);
        t.bind(GROUP, "L", "Log", "show the action log: every signal, renice and limit result of this run", pc::openLog);
        t.bind(GROUP, "Esc", "Cancel", "cancel what remains of a waiting escalation (nothing more is sent);"
                + " else clear the status line", pc::escape);
    }

    private static Reaction after(ProcessControl pc, Session s, Reaction r) {
        pc.tagsChanged(s);
        return r;
    }
}
