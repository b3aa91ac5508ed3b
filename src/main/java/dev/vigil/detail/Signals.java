package dev.vigil.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Signal numbers and names without the SIG prefix, as {@code kill -l} prints them on Linux,
 * and decoding of the 64-bit hex masks in /proc/PID/status (SigPnd, ShdPnd, SigBlk, SigIgn,
 * SigCgt: bit n-1 set means signal n). 32 and 33 are reserved by glibc for its threads and
 * have no name: they are written as "32" and "33". Realtime signals follow kill -l:
 * 34 = RTMIN, 35..49 = RTMIN+1..RTMIN+15, 50..63 = RTMAX-14..RTMAX-1, 64 = RTMAX.
 */
public final class Signals {
    private Signals() {
    }

    public static final int HUP = 1, INT = 2, QUIT = 3, KILL = 9, TERM = 15, CHLD = 17, CONT = 18,
            STOP = 19, TSTP = 20, TTIN = 21, TTOU = 22;

    private static final String[] CLASSIC = {"HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS",
        "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT",
        "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO",
        "PWR", "SYS"};

    /** Name of signal 1..64 without SIG prefix; the number as text outside 1..64. */
    public static String name(int sig) {
        if (sig >= 1 && sig <= 31) return CLASSIC[sig - 1];
        if (sig == 34) return "RTMIN";
        if (sig > 34 && sig <= 49) return "RTMIN+" + (sig - 34);
        if (sig >= 50 && sig < 64) return "RTMAX-" + (64 - sig);
        if (sig == 64) return "RTMAX";
        return Integer.toString(sig);
    }

    /**
     * Number of a signal given by name (with or without SIG, any case) or number; -1 when
     * unknown. Accepts every form {@link #name} prints.
     */
    public static int number(String text) {
        String s = text.trim().toUpperCase(Locale.ROOT);
        if (s.startsWith("SIG")) s = s.substring(3);
        try {
            int n = Integer.parseInt(s);
            return n >= 1 && n <= 64 ? n : -1;
        } catch (NumberFormatException e) {
            // a name: fall through
        }
        for (int i = 1; i <= 64; i++) {
            if (name(i).equals(s)) return i;
        }
        return -1;
    }

    /**
     * The mask as a number, from up to 16 hex digits as the kernel prints them.
     *
     * @throws IllegalArgumentException when the text is not such a mask
     */
    public static long parseMask(String hex) {
        String s = hex.trim();
        if (s.isEmpty() || s.length() > 16) throw new IllegalArgumentException("not a signal mask: " + hex);
        try {
            return Long.parseUnsignedLong(s, 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a signal mask: " + hex);
        }
    }

    /** Whether signal sig (1..64) is set in the mask. */
    public static boolean has(long mask, int sig) {
        return sig >= 1 && sig <= 64 && (mask >>> (sig - 1) & 1L) != 0;
    }

    /** Numbers of the signals set in the mask, ascending. */
    public static List<Integer> numbers(long mask) {
        List<Integer> out = new ArrayList<>();
        for (int sig = 1; sig <= 64; sig++) {
            if (has(mask, sig)) out.add(sig);
        }
        return out;
    }

    /** Names of the signals set in the mask, by ascending number. */
    public static List<String> names(long mask) {
        List<String> out = new ArrayList<>();
        for (int sig = 1; sig <= 64; sig++) {
            if (has(mask, sig)) out.add(name(sig));
        }
        return out;
    }

    /**
     * Decodes a hex mask as /proc prints it into names.
     *
     * @throws IllegalArgumentException when the text is not a mask
     */
    public static List<String> decode(String hex) {
        return names(parseMask(hex));
    }
}
