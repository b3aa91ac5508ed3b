package dev.vigil.action;

import dev.vigil.sample.Text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new soft and/or hard value for one resource limit, as typed at the prompt: {@code SOFT},
 * {@code SOFT:HARD} or {@code :HARD}. Each value is {@code unlimited} or a number in the
 * limit's units: sizes take K, M, G, T (powers of 1024, an optional B or iB after them), CPU
 * time s, m or h (a bare number is seconds); other limits are plain numbers.
 *
 * @param resource the limit
 * @param soft     the new soft value, {@link Rlimit#UNLIMITED}, or null to keep it
 * @param hard     the new hard value, {@link Rlimit#UNLIMITED}, or null to keep it
 */
public record LimitChange(Rlimit resource, Long soft, Long hard) {
    private static final Pattern VALUE = Pattern.compile("(\\d{1,19})\\s*([a-z]*)");

    public LimitChange {
        if (soft == null && hard == null) throw new IllegalArgumentException("a limit change sets soft, hard or both");
    }

    /** Parses prompt text; throws IllegalArgumentException with one line to show as it is. */
    public static LimitChange parse(Rlimit r, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) throw new IllegalArgumentException("enter SOFT, SOFT:HARD or :HARD (" + example(r) + ")");
        int colon = t.indexOf(':');
        if (colon != t.lastIndexOf(':')) throw new IllegalArgumentException("one ':' at most: SOFT:HARD");
        String s = colon < 0 ? t : t.substring(0, colon).strip();
        String h = colon < 0 ? "" : t.substring(colon + 1).strip();
        if (s.isEmpty() && h.isEmpty()) throw new IllegalArgumentException("enter SOFT, SOFT:HARD or :HARD (" + example(r) + ")");
        return new LimitChange(r, s.isEmpty() ? null : value(r, s), h.isEmpty() ? null : value(r, h));
    }

    private static String example(Rlimit r) {
        return switch (r.unit) {
            case BYTES -> "e.g. 512M:1G or unlimited";
            case SECONDS -> "e.g. 60s:120s or unlimited";
            default -> "e.g. 4096:8192 or unlimited";
        };
    }

    /** One value in the limit's units, in the kernel's units (bytes, seconds, microseconds, a count). */
    static long value(Rlimit r, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.equals("unlimited") || t.equals("infinity") || t.equals("inf")) return Rlimit.UNLIMITED;
        Matcher m = VALUE.matcher(t);
        if (!m.matches()) throw notA(r, text);
        long mult = switch (r.unit) {
            case BYTES -> switch (m.group(2)) {
                case "", "b" -> 1L;
                case "k", "kb", "kib" -> 1L << 10;
                case "m", "mb", "mib" -> 1L << 20;
                case "g", "gb", "gib" -> 1L << 30;
                case "t", "tb", "tib" -> 1L << 40;
                default -> throw notA(r, text);
            };
            case SECONDS -> switch (m.group(2)) {
                case "", "s" -> 1L;
                case "m" -> 60L;
                case "h" -> 3600L;
                default -> throw notA(r, text);
            };
            case MICROS -> switch (m.group(2)) {
                case "", "us" -> 1L;
                default -> throw notA(r, text);
            };
            case COUNT -> {
                if (!m.group(2).isEmpty()) throw notA(r, text);
                yield 1L;
            }
        };
        try {
            long v = Math.multiplyExact(Long.parseLong(m.group(1)), mult);
            if (v < 0) throw new ArithmeticException();
            return v;
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + shorten(text) + "' is too large; use unlimited");
        }
    }

    private static IllegalArgumentException notA(Rlimit r, String text) {
        String what = switch (r.unit) {
            case BYTES -> "a size (e.g. 512M, 2G, 4096) or unlimited";
            case SECONDS -> "CPU time (e.g. 60s, 10m) or unlimited";
            case MICROS -> "microseconds or unlimited";
            case COUNT -> "a whole number or unlimited";
        };
        return new IllegalArgumentException("'" + shorten(text) + "' is not " + what);
    }

    private static String shorten(String t) {
        return Text.escape(t.length() > 24 ? t.substring(0, 24) + "…" : t);
    }

    /** The soft value this asks for, given the current one. */
    public long softFrom(long currentSoft) {
        return soft != null ? soft : currentSoft;
    }

    /** The hard value this asks for, given the current one. */
    public long hardFrom(long currentHard) {
        return hard != null ? hard : currentHard;
    }

    /** "nofile 4096:8192", "nofile :8192", "as unlimited". */
    public String describe() {
        String s = soft == null ? "" : resource.format(soft);
        return resource.shortName + " " + (hard == null ? s : s + ":" + resource.format(hard));
    }

    /** The prompt's prefill: "SOFT:HARD" in the limit's units. */
    public static String prefill(Rlimit r, long soft, long hard) {
        return r.format(soft) + ":" + r.format(hard);
    }

    /** True when {@code a} is above {@code b}, unlimited being above every number. */
    public static boolean above(long a, long b) {
        if (a == b) return false;
        if (a == Rlimit.UNLIMITED) return true;
        return b != Rlimit.UNLIMITED && a > b;
    }
}
