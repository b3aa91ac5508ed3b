package dev.vigil.ui.terminal;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;

/** What kind of terminal we are on: a TTY at all, UTF-8 or not, color or not. */
public final class Tty {
    private Tty() {
    }

    /** True when stdin and stdout are both terminals (Java 17: System.console() exists). */
    public static boolean interactive() {
        Console c = System.console();
        if (c == null) return false;
        try {
            Method m = Console.class.getMethod("isTerminal"); // Java 22+: console exists without a TTY
            return (Boolean) m.invoke(c);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** UTF-8 when the locale variable in force (LC_ALL, else LC_CTYPE, else LANG) names it. */
    public static boolean utf8(Map<String, String> env) {
        for (String var : new String[]{"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = env.get(var);
            if (v != null && !v.isEmpty()) {
                String l = v.toLowerCase(Locale.ROOT);
                return l.contains("utf-8") || l.contains("utf8");
            }
        }
        return false;
    }

    /** False for NO_COLOR (set and not empty), and for terminals without color (vt100, dumb, none). */
    public static boolean colorAllowed(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) return false;
        String term = env.get("TERM");
        if (term == null || term.isEmpty() || term.equals("dumb")) return false;
        return !term.startsWith("vt");
    }
}
