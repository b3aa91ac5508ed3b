package dev.vigil.alert;

import dev.vigil.sample.Pressure;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.SystemSample;

import java.util.Locale;

/**
 * What a rule measures. Per-process metrics are read from one {@link ProcessSample}, system
 * metrics from the whole {@link Snapshot}; the two events have no value. Values are doubles in
 * the metric's {@link Unit}; a {@code state} value is the state letter's char code, so that
 * {@code ==} and {@code !=} work on it like on any number.
 */
public enum Metric {
    CPU("cpu", Kind.PROCESS, Unit.PERCENT),
    MEM("mem", Kind.PROCESS, Unit.PERCENT),
    RSS("rss", Kind.PROCESS, Unit.BYTES),
    THREADS("threads", Kind.PROCESS, Unit.COUNT),
    IO("io", Kind.PROCESS, Unit.BYTES_PER_SEC),
    STATE("state", Kind.PROCESS, Unit.STATE),
    AGE("age", Kind.PROCESS, Unit.SECONDS),
    EXIT("exit", Kind.EVENT, Unit.NONE),
    START("start", Kind.EVENT, Unit.NONE),
    SYS_CPU("sys.cpu", Kind.SYSTEM, Unit.PERCENT),
    SYS_MEM("sys.mem", Kind.SYSTEM, Unit.PERCENT),
    SYS_SWAP("sys.swap", Kind.SYSTEM, Unit.PERCENT),
    SYS_LOAD1("sys.load1", Kind.SYSTEM, Unit.LOAD),
    SYS_LOAD5("sys.load5", Kind.SYSTEM, Unit.LOAD),
    SYS_ZOMBIES("sys.zombies", Kind.SYSTEM, Unit.COUNT),
    SYS_TASKS("sys.tasks", Kind.SYSTEM, Unit.COUNT),
    // Pressure stall information, avg10 in percent: "some" by default, ".full" for the full line.
    SYS_PSI_CPU("sys.psi.cpu", Kind.SYSTEM, Unit.PERCENT),
    SYS_PSI_MEMORY("sys.psi.memory", Kind.SYSTEM, Unit.PERCENT),
    SYS_PSI_IO("sys.psi.io", Kind.SYSTEM, Unit.PERCENT),
    SYS_PSI_CPU_FULL("sys.psi.cpu.full", Kind.SYSTEM, Unit.PERCENT),
    SYS_PSI_MEMORY_FULL("sys.psi.memory.full", Kind.SYSTEM, Unit.PERCENT),
    SYS_PSI_IO_FULL("sys.psi.io.full", Kind.SYSTEM, Unit.PERCENT);

    /** Whether a metric is about one process, the machine, or a process event. */
    public enum Kind { PROCESS, SYSTEM, EVENT }

    private final String word;
    private final Kind kind;
    private final Unit unit;

    Metric(String word, Kind kind, Unit unit) {
        this.word = word;
        this.kind = kind;
        this.unit = unit;
    }

    /** The name used in rules: cpu, sys.load1, exit, ... */
    public String word() {
        return word;
    }

    public Kind kind() {
        return kind;
    }

    public Unit unit() {
        return unit;
    }

    public boolean isEvent() {
        return kind == Kind.EVENT;
    }

    /** The metric for a rule word, case-insensitive; null when unknown. */
    public static Metric parse(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Metric m : values()) {
            if (m.word.equals(w)) return m;
        }
        return null;
    }

    /** All rule words, space-separated, for error messages. */
    public static String words() {
        StringBuilder sb = new StringBuilder();
        for (Metric m : values()) sb.append(sb.length() == 0 ? "" : " ").append(m.word);
        return sb.toString();
    }

    /** This per-process metric for p at nowMillis (age needs the time); NaN when unreadable. */
    public double value(ProcessSample p, long nowMillis) {
        return switch (this) {
            case CPU -> p.cpuPercent();
            case MEM -> p.memPercent();
            case RSS -> p.rssBytes();
            case THREADS -> p.threads();
            case IO -> p.hasIo() ? p.ioReadBytesPerSec() + p.ioWriteBytesPerSec() : Double.NaN;
            case STATE -> p.state();
            case AGE -> p.startTimeMillis() > 0 ? Math.max(0, nowMillis - p.startTimeMillis()) / 1000.0
                    : Double.NaN;
            default -> Double.NaN;
        };
    }

    /** This system metric for the snapshot; NaN when unreadable. */
    public double value(Snapshot s) {
        SystemSample sys = s.system();
        return switch (this) {
            case SYS_CPU -> sys == null ? Double.NaN : sys.cpuPercent();
            case SYS_MEM -> sys == null || sys.memTotalBytes() <= 0 ? Double.NaN : sys.memPercent();
            case SYS_SWAP -> sys == null ? Double.NaN : sys.swapPercent();
            case SYS_LOAD1 -> load(sys, 0);
            case SYS_LOAD5 -> load(sys, 1);
            case SYS_ZOMBIES -> zombies(s);
            case SYS_TASKS -> sys == null ? Double.NaN : sys.tasks();
            case SYS_PSI_CPU, SYS_PSI_MEMORY, SYS_PSI_IO, SYS_PSI_CPU_FULL, SYS_PSI_MEMORY_FULL, SYS_PSI_IO_FULL ->
                    pressure(sys);
            default -> Double.NaN;
        };
    }

    /** This pressure metric's avg10 (some or full), percent; NaN where the kernel has no PSI. */
    private double pressure(SystemSample sys) {
        Pressure p = sys == null ? null : sys.pressure();
        if (p == null) return Double.NaN;
        Pressure.Stall s = switch (this) {
            case SYS_PSI_CPU, SYS_PSI_CPU_FULL -> p.cpu();
            case SYS_PSI_MEMORY, SYS_PSI_MEMORY_FULL -> p.memory();
            default -> p.io();
        };
        if (s == null) return Double.NaN;
        return word.endsWith(".full") ? s.full10() : s.some10();
    }

    private static double load(SystemSample sys, int i) {
        return sys == null || sys.load() == null || sys.load().length <= i ? Double.NaN : sys.load()[i];
    }

    /** Processes (not thread rows) in state Z. */
    static int zombies(Snapshot s) {
        int n = 0;
        for (ProcessSample p : s.processes()) {
            if (p.state() == 'Z' && !p.isThread()) n++;
        }
        return n;
    }
}
