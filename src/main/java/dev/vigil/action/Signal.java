package dev.vigil.action;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One Linux signal: its number and its name without the SIG prefix, as {@code kill -l} prints
 * them on x86_64 and aarch64 (the generic numbering; MIPS, SPARC and Alpha differ and are not
 * supported). {@link #ALL} holds the 31 standard signals (HUP 1 … SYS 31) and the realtime range
 * RTMIN 34 … RTMAX 64 as glibc numbers it (32 and 33 are reserved by glibc for its threads).
 *
 * @param number  signal number, 1..64
 * @param name    name without SIG, upper case, e.g. "TERM", "RTMIN+3"
 * @param meaning a few words on what it usually does, for the menu; empty for realtime signals
 */
public record Signal(int number, String name, String meaning) {
    public static final Signal HUP = new Signal(1, "HUP", "hangup; many daemons reload");
    public static final Signal INT = new Signal(2, "INT", "interrupt, as Ctrl-C");
    public static final Signal QUIT = new Signal(3, "QUIT", "quit with core dump, as Ctrl-\\");
    public static final Signal KILL = new Signal(9, "KILL", "end at once; cannot be caught");
    public static final Signal USR1 = new Signal(10, "USR1", "user-defined 1");
    public static final Signal USR2 = new Signal(12, "USR2", "user-defined 2");
    public static final Signal TERM = new Signal(15, "TERM", "ask to end (default)");
    public static final Signal CONT = new Signal(18, "CONT", "continue if stopped");
    public static final Signal STOP = new Signal(19, "STOP", "pause; cannot be caught");
    public static final Signal TSTP = new Signal(20, "TSTP", "pause from terminal, as Ctrl-Z");

    /** Every signal, ordered by number. */
    public static final List<Signal> ALL;
    private static final Map<String, Signal> BY_NAME = new HashMap<>();
    private static final Signal[] BY_NUMBER = new Signal[65];

    static {
        List<Signal> all = new ArrayList<>(List.of(HUP, INT, QUIT,
                new Signal(4, "ILL", "illegal instruction"),
                new Signal(5, "TRAP", "trace or breakpoint trap"),
                new Signal(6, "ABRT", "abort with core dump"),
                new Signal(7, "BUS", "bus error"),
                new Signal(8, "FPE", "arithmetic error"),
                KILL, USR1,
                new Signal(11, "SEGV", "invalid memory reference"),
                USR2,
                new Signal(13, "PIPE", "broken pipe"),
                new Signal(14, "ALRM", "timer alarm"),
                TERM,
                new Signal(16, "STKFLT", "coprocessor stack fault (unused)"),
                new Signal(17, "CHLD", "child stopped or ended"),
                CONT, STOP, TSTP,
                new Signal(21, "TTIN", "terminal input for background job"),
                new Signal(22, "TTOU", "terminal output for background job"),
                new Signal(23, "URG", "urgent socket data"),
                new Signal(24, "XCPU", "CPU time limit exceeded"),
                new Signal(25, "XFSZ", "file size limit exceeded"),
                new Signal(26, "VTALRM", "virtual timer alarm"),
                new Signal(27, "PROF", "profiling timer alarm"),
                new Signal(28, "WINCH", "terminal window resized"),
                new Signal(29, "IO", "I/O possible"),
                new Signal(30, "PWR", "power failure"),
                new Signal(31, "SYS", "bad system call")));
        for (int n = 34; n <= 64; n++) {
            String name = n == 34 ? "RTMIN" : n == 64 ? "RTMAX" : n <= 49 ? "RTMIN+" + (n - 34) : "RTMAX-" + (64 - n);
            all.add(new Signal(n, name, ""));
        }
        ALL = Collections.unmodifiableList(all);
        for (Signal s : ALL) {
            BY_NAME.put(s.name, s);
            BY_NUMBER[s.number] = s;
        }
        BY_NAME.put("IOT", BY_NUMBER[6]);
        BY_NAME.put("POLL", BY_NUMBER[29]);
        BY_NAME.put("CLD", BY_NUMBER[17]);
    }

    /** The signal with this number; null when Linux has none (0, 32, 33, above 64). */
    public static Signal byNumber(int number) {
        return number > 0 && number < BY_NUMBER.length ? BY_NUMBER[number] : null;
    }

    /**
     * The signal named {@code text}: case-insensitive, with or without the SIG prefix, or given
     * as its number ("term", "SIGTERM", "15"). Null when unknown.
     */
    public static Signal parse(String text) {
        if (text == null) return null;
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.isEmpty()) return null;
        if (t.chars().allMatch(Character::isDigit)) {
            return t.length() > 2 ? null : byNumber(Integer.parseInt(t));
        }
        if (t.startsWith("SIG")) t = t.substring(3);
        return BY_NAME.get(t);
    }

    /** "15 TERM" style, as the menu lists it. */
    @Override
    public String toString() {
        return number + " " + name;
    }
}
