package dev.vigil.action;

/**
 * The resource limits of Linux (getrlimit(2)), in the order and with the names of
 * /proc/PID/limits, with the number prlimit64 takes (the generic numbering: x86_64, aarch64 and
 * most others; MIPS, SPARC and Alpha differ) and how values are written at the prompt.
 */
public enum Rlimit {
    CPU(0, "cpu", "Max cpu time", Unit.SECONDS),
    FSIZE(1, "fsize", "Max file size", Unit.BYTES),
    DATA(2, "data", "Max data size", Unit.BYTES),
    STACK(3, "stack", "Max stack size", Unit.BYTES),
    CORE(4, "core", "Max core file size", Unit.BYTES),
    RSS(5, "rss", "Max resident set", Unit.BYTES),
    NPROC(6, "nproc", "Max processes", Unit.COUNT),
    NOFILE(7, "nofile", "Max open files", Unit.COUNT),
    MEMLOCK(8, "memlock", "Max locked memory", Unit.BYTES),
    AS(9, "as", "Max address space", Unit.BYTES),
    LOCKS(10, "locks", "Max file locks", Unit.COUNT),
    SIGPENDING(11, "sigpending", "Max pending signals", Unit.COUNT),
    MSGQUEUE(12, "msgqueue", "Max msgqueue size", Unit.BYTES),
    NICE(13, "nice", "Max nice priority", Unit.COUNT),
    RTPRIO(14, "rtprio", "Max realtime priority", Unit.COUNT),
    RTTIME(15, "rttime", "Max realtime timeout", Unit.MICROS);

    /** How values of a limit are written: sizes take K/M/G/T, CPU time s/m/h, the rest bare numbers. */
    public enum Unit { BYTES, SECONDS, MICROS, COUNT }

    /** RLIM_INFINITY, "unlimited". */
    public static final long UNLIMITED = -1;

    public final int number;
    /** prlimit(1)'s name, e.g. "nofile". */
    public final String shortName;
    /** The row's name in /proc/PID/limits, e.g. "Max open files". */
    public final String procName;
    public final Unit unit;

    Rlimit(int number, String shortName, String procName, Unit unit) {
        this.number = number;
        this.shortName = shortName;
        this.procName = procName;
        this.unit = unit;
    }

    /** The limit with this /proc/PID/limits name, or null. */
    public static Rlimit byProcName(String name) {
        for (Rlimit r : values()) if (r.procName.equals(name)) return r;
        return null;
    }

    /** "unlimited", "8M" for sizes when exact, "60s" for CPU time, else the number. */
    public String format(long v) {
        if (v == UNLIMITED) return "unlimited";
        return switch (unit) {
            case BYTES -> bytes(v);
            case SECONDS -> v + "s";
            default -> Long.toString(v);
        };
    }

    private static String bytes(long v) {
        String[] suffix = {"T", "G", "M", "K"};
        for (int i = 0; i < suffix.length; i++) {
            long m = 1L << (10 * (4 - i));
            if (v != 0 && v % m == 0) return v / m + suffix[i];
        }
        return Long.toString(v);
    }
}
