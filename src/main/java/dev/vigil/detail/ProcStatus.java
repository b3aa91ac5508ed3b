package dev.vigil.detail;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of /proc/PID/status that triage needs. Memory sizes are bytes (the kernel prints
 * kB); -1 where the line is absent (kernel threads and zombies have no Vm lines). Signal masks
 * are the raw 64-bit masks (see {@link Signals}). PIDs in {@code nsPid}/{@code nsTgid} run from
 * the PID namespace of the /proc mount down to the process's own namespace.
 *
 * @param name        comm name as the kernel escapes it in status
 * @param state       state letter (R S D Z T t I X ...); '?' if absent
 * @param uid         real, effective, saved and filesystem uid
 * @param gid         real, effective, saved and filesystem gid
 * @param sigQueued   signals queued for the real uid (first half of SigQ); -1 if absent
 * @param sigQueueLimit RLIMIT_SIGPENDING (second half of SigQ); -1 if absent
 * @param threads     number of threads; -1 if absent
 */
public record ProcStatus(
        String name, char state, int tgid, int ngid, int pid, int ppid, int tracerPid,
        Ids uid, Ids gid, List<Integer> nsPid, List<Integer> nsTgid, int threads,
        long sigQueued, long sigQueueLimit,
        long sigPnd, long shdPnd, long sigBlk, long sigIgn, long sigCgt,
        long vmPeak, long vmSize, long vmHwm, long vmRss, long rssAnon, long rssFile,
        long rssShmem, long vmSwap, long voluntaryCtxtSwitches, long nonvoluntaryCtxtSwitches) {

    /** Real, effective, saved-set and filesystem ids from a Uid: or Gid: line; -1 if absent. */
    public record Ids(int real, int effective, int saved, int fs) {
        static final Ids NONE = new Ids(-1, -1, -1, -1);
    }

    public ProcStatus {
        nsPid = List.copyOf(nsPid);
        nsTgid = List.copyOf(nsTgid);
    }

    /** The PID inside the process's own PID namespace (last NSpid value); pid if NSpid absent. */
    public int innermostPid() {
        return nsPid.isEmpty() ? pid : nsPid.get(nsPid.size() - 1);
    }

    /** Pending signals, thread-directed (SigPnd) and process-wide (ShdPnd) together. */
    public long pending() {
        return sigPnd | shdPnd;
    }

    /** Parses the whole text of a status file. Unknown and malformed lines are skipped. */
    public static ProcStatus parse(String text) {
        String name = "";
        char state = '?';
        int tgid = -1, ngid = -1, pid = -1, ppid = -1, tracer = 0, threads = -1;
        Ids uid = Ids.NONE, gid = Ids.NONE;
        List<Integer> nsPid = List.of(), nsTgid = List.of();
        long sigQ = -1, sigQLimit = -1;
        long[] masks = new long[5];
        long[] mem = {-1, -1, -1, -1, -1, -1, -1, -1};
        long vol = -1, nonvol = -1;
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) continue;
            String key = line.substring(0, colon);
            String v = line.substring(colon + 1).trim();
            try {
                switch (key) {
                    case "Name" -> name = line.substring(colon + 1).replaceFirst("^\t", "");
                    case "State" -> state = v.isEmpty() ? '?' : v.charAt(0);
                    case "Tgid" -> tgid = Integer.parseInt(v);
                    case "Ngid" -> ngid = Integer.parseInt(v);
                    case "Pid" -> pid = Integer.parseInt(v);
                    case "PPid" -> ppid = Integer.parseInt(v);
                    case "TracerPid" -> tracer = Integer.parseInt(v);
                    case "Uid" -> uid = ids(v);
                    case "Gid" -> gid = ids(v);
                    case "NSpid" -> nsPid = ints(v);
                    case "NStgid" -> nsTgid = ints(v);
                    case "Threads" -> threads = Integer.parseInt(v);
                    case "SigQ" -> {
                        int slash = v.indexOf('/');
                        sigQ = Long.parseLong(v.substring(0, slash));
                        sigQLimit = Long.parseLong(v.substring(slash + 1));
                    }
                    case "SigPnd" -> masks[0] = Signals.parseMask(v);
                    case "ShdPnd" -> masks[1] = Signals.parseMask(v);
                    case "SigBlk" -> masks[2] = Signals.parseMask(v);
                    case "SigIgn" -> masks[3] = Signals.parseMask(v);
                    case "SigCgt" -> masks[4] = Signals.parseMask(v);
                    case "VmPeak" -> mem[0] = kb(v);
                    case "VmSize" -> mem[1] = kb(v);
                    case "VmHWM" -> mem[2] = kb(v);
                    case "VmRSS" -> mem[3] = kb(v);
                    case "RssAnon" -> mem[4] = kb(v);
                    case "RssFile" -> mem[5] = kb(v);
                    case "RssShmem" -> mem[6] = kb(v);
                    case "VmSwap" -> mem[7] = kb(v);
                    case "voluntary_ctxt_switches" -> vol = Long.parseLong(v);
                    case "nonvoluntary_ctxt_switches" -> nonvol = Long.parseLong(v);
                    default -> {
                        // a line triage does not use
                    }
                }
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                // malformed value: keep the default for that field
            }
        }
        return new ProcStatus(name, state, tgid, ngid, pid, ppid, tracer, uid, gid, nsPid, nsTgid,
                threads, sigQ, sigQLimit, masks[0], masks[1], masks[2], masks[3], masks[4],
                mem[0], mem[1], mem[2], mem[3], mem[4], mem[5], mem[6], mem[7], vol, nonvol);
    }

    private static Ids ids(String v) {
        List<Integer> n = ints(v);
        if (n.size() < 4) return Ids.NONE;
        return new Ids(n.get(0), n.get(1), n.get(2), n.get(3));
    }

    private static List<Integer> ints(String v) {
        List<Integer> out = new ArrayList<>();
        for (String t : v.trim().split("\\s+")) {
            if (!t.isEmpty()) out.add(Integer.parseInt(t));
        }
        return out;
    }

    /** "1708 kB" → bytes. */
    private static long kb(String v) {
        String n = v.endsWith("kB") ? v.substring(0, v.length() - 2).trim() : v;
        return Long.parseLong(n) * 1024;
    }
}
