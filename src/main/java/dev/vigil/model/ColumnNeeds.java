package dev.vigil.model;

import dev.vigil.sample.ProcRead;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the sampler must read for a table: the I/O rates and the optional per-process files
 * ({@link ProcRead}) that its shown columns, its sort column and its filter use. Nothing else
 * asks for them, so they cost nothing while no one looks.
 *
 * @param io    whether /proc/PID/io is read (DISK READ, DISK WRITE, {@code io>} and the like)
 * @param reads the optional files to read (cgroup, oom_score)
 */
public record ColumnNeeds(boolean io, Set<ProcRead> reads) {
    public static final ColumnNeeds NONE = new ColumnNeeds(false, Set.of());

    public ColumnNeeds {
        reads = Set.copyOf(reads);
    }

    /** The needs of these columns, sorted on sort, filtered by filter (either may be null). */
    public static ColumnNeeds of(List<SortColumn> columns, SortColumn sort, Query filter) {
        boolean io = filter != null && filter.usesIo();
        Set<ProcRead> reads = EnumSet.noneOf(ProcRead.class);
        if (filter != null) reads.addAll(filter.reads());
        for (SortColumn c : columns) {
            io |= c.usesIo();
            reads.addAll(c.reads());
        }
        if (sort != null) {
            io |= sort.usesIo();
            reads.addAll(sort.reads());
        }
        return new ColumnNeeds(io, reads);
    }
}
