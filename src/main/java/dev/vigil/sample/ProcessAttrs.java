package dev.vigil.sample;

/**
 * The table's further facts about one process (htop's optional columns). The stat and statm
 * ones come with every sample at no extra read; cgroup and oom_score are read only while
 * something shows, sorts or filters on them ({@link Sampler#setOptionalReads}).
 *
 * @param pgrp      process group id (stat field 5; ps -o pgid)
 * @param session   session id (field 6; ps -o sid)
 * @param ttyNr     controlling terminal as a device number (field 7); 0 for none
 * @param processor the CPU it last ran on (field 39; ps -o psr); -1 when unknown
 * @param shrBytes  shared resident memory (statm's third field times the page size, as top's
 *                  SHR); -1 when unknown (kernel threads and zombies have no statm)
 * @param cgroup    the cgroup v2 path ("/user.slice/..."), else the first v1 line's path;
 *                  null when not read or unreadable
 * @param oomScore  /proc/PID/oom_score; -1 when not read or unreadable
 */
public record ProcessAttrs(int pgrp, int session, int ttyNr, int processor, long shrBytes, String cgroup,
                           int oomScore) {
    /** Nothing known (samples from OSHI or a recording made before these were kept). */
    public static final ProcessAttrs UNKNOWN = new ProcessAttrs(-1, -1, 0, -1, -1, null, -1);
}
