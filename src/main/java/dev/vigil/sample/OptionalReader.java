package dev.vigil.sample;

import java.util.Set;

/**
 * Reads the per-process files of {@link ProcRead} for the sampler, only those asked for, into
 * {@link ProcessAttrs}. The cgroup is read at every refresh (a process can be moved to another
 * cgroup at any time) but its String is made again only when the file's bytes changed.
 */
final class OptionalReader {
    private final ProcFile f;
    private final ExtraReader cgroupParser;
    private boolean cgroup;
    private boolean oom;

    OptionalReader(ProcFile f, ExtraReader cgroupParser) {
        this.f = f;
        this.cgroupParser = cgroupParser;
    }

    /** What the coming refresh reads. */
    void want(Set<ProcRead> reads) {
        cgroup = reads.contains(ProcRead.CGROUP);
        oom = reads.contains(ProcRead.OOM_SCORE);
    }

    /** The facts of e, with the stat and statm ones given; reads (and overwrites) the shared buffer. */
    ProcessAttrs attrs(ProcEntry e, int pgrp, int session, int ttyNr, int processor, long shrBytes) {
        String path = cgroup ? cgroup(e) : null;
        int score = oom ? oomScore(e.dir()) : -1;
        ProcessAttrs last = e.attrs;
        if (last != null && last.pgrp() == pgrp && last.session() == session && last.ttyNr() == ttyNr
                && last.processor() == processor && last.shrBytes() == shrBytes && last.cgroup() == path
                && last.oomScore() == score) {
            return last; // the same facts as at the last refresh: no new object
        }
        return e.attrs = new ProcessAttrs(pgrp, session, ttyNr, processor, shrBytes, path, score);
    }

    private String cgroup(ProcEntry e) {
        String dir = e.dir();
        if (!f.read(dir + "/cgroup")) return null;
        byte[] before = e.cgroupRaw;
        if (before != null && before.length == f.len && java.util.Arrays.equals(before, 0, f.len, f.buf, 0, f.len)) {
            return e.cgroupPath;
        }
        e.cgroupRaw = java.util.Arrays.copyOf(f.buf, f.len);
        e.cgroupPath = cgroupParser.cgroupOfBuffer();
        return e.cgroupPath;
    }

    /** DIR/oom_score; -1 when unreadable. */
    int oomScore(String dir) {
        if (!f.read(dir + "/oom_score") || f.len == 0) return -1;
        f.pos = 0;
        return (int) f.nextLong();
    }
}
