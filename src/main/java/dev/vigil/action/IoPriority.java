package dev.vigil.action;

/**
 * An I/O priority as ioprio_set takes it: a scheduling class and, for realtime and best-effort,
 * a level from 0 (highest) to 7 (lowest). {@link Kind#NONE} means "from the CPU nice", as
 * the kernel does for a process that never set one: best-effort at (nice + 20) / 5.
 *
 * @param kind  the class
 * @param level 0..7 for REALTIME and BEST_EFFORT; 0 otherwise
 */
public record IoPriority(Kind kind, int level) {
    /** The classes, in the kernel's numbering (IOPRIO_CLASS_*). */
    public enum Kind {
        NONE, REALTIME, BEST_EFFORT, IDLE
    }

    static final int CLASS_SHIFT = 13;

    public IoPriority {
        if (kind == null) throw new IllegalArgumentException("no I/O class");
        boolean levels = kind == Kind.REALTIME || kind == Kind.BEST_EFFORT;
        if (levels && (level < 0 || level > 7)) throw new IllegalArgumentException("I/O level " + level + " is not 0..7");
        if (!levels) level = 0;
    }

    public static final IoPriority NONE = new IoPriority(Kind.NONE, 0);
    public static final IoPriority IDLE = new IoPriority(Kind.IDLE, 0);

    public static IoPriority bestEffort(int level) {
        return new IoPriority(Kind.BEST_EFFORT, level);
    }

    public static IoPriority realtime(int level) {
        return new IoPriority(Kind.REALTIME, level);
    }

    /** From the value ioprio_get returns; null for a class the kernel does not define. */
    public static IoPriority decode(int value) {
        int cls = value >>> CLASS_SHIFT;
        if (cls >= Kind.values().length) return null;
        Kind k = Kind.values()[cls];
        int data = value & ((1 << CLASS_SHIFT) - 1);
        if ((k == Kind.REALTIME || k == Kind.BEST_EFFORT) && data > 7) return null;
        return new IoPriority(k, data);
    }

    /** The value ioprio_set takes. */
    public int encode() {
        return kind.ordinal() << CLASS_SHIFT | level;
    }

    /** The best-effort level the kernel uses for {@link Kind#NONE} at this nice. */
    public static int levelFromNice(int nice) {
        return Math.max(0, Math.min(7, (nice + 20) / 5));
    }

    /** "best-effort 4", "realtime 0", "idle", "none (from nice)". */
    public String describe() {
        return switch (kind) {
            case NONE -> "none (from nice)";
            case REALTIME -> "realtime " + level;
            case BEST_EFFORT -> "best-effort " + level;
            case IDLE -> "idle";
        };
    }
}
