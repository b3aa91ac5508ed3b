package dev.vigil.export;

import dev.vigil.sample.ProcessExtra;
import dev.vigil.sample.ProcessSample;

import java.util.Locale;

/**
 * How processes are put into groups, each group one {@code groupname}: by comm name (as
 * process-exporter's default {@code {{.Comm}}}), by user, by executable path, or by cgroup.
 * Never by command line: command lines carry secrets.
 */
public enum GroupBy {
    NAME, USER, EXE, CGROUP;

    /** The word used on the command line: name, user, exe, cgroup. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The group for a word, case-insensitive; null when it is none of the four. */
    public static GroupBy parse(String word) {
        for (GroupBy g : values()) {
            if (g.word().equalsIgnoreCase(word)) return g;
        }
        return null;
    }

    /** Whether the groups need the sampler's {@link ProcessExtra} (exe and cgroup do). */
    public boolean needsExtra() {
        return this == EXE || this == CGROUP;
    }

    /**
     * The group of one process. Kernel threads have no executable: by exe they are
     * {@code [kernel]}; an executable or cgroup the kernel would not show (another user's
     * process, without root) gives the comm name in brackets.
     */
    public String of(ProcessSample p) {
        ProcessExtra x = p.extra();
        return switch (this) {
            case NAME -> p.name();
            case USER -> p.user();
            case EXE -> p.kernelThread() ? "[kernel]" : x != null && x.exe() != null ? x.exe() : "[" + p.name() + "]";
            case CGROUP -> x != null && x.cgroup() != null ? x.cgroup() : "[" + p.name() + "]";
        };
    }
}
