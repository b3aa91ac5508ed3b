package dev.vigil.detail;

import dev.vigil.detail.Line.Kind;
import dev.vigil.detail.ParentChain.Ancestor;
import dev.vigil.model.Units;
import dev.vigil.sample.Text;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The detail pane as text lines, so the UI only draws and scrolls them. Sections in order:
 * Warnings (only when there are any), Identity, State, CPU and memory, I/O, Files, Limits,
 * Containers, Signals, History. Values are escaped ({@link Text#escape}) and wrapped to the
 * width; "needs root" and "unavailable" stand where the kernel refused or had nothing.
 */
public final class DetailLines {
    private DetailLines() {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** As {@link #render(ProcessDetail, ProcessDetail, List, History.Series, int, boolean, ZoneId)} in the local zone. */
    public static List<Line> render(ProcessDetail d, ProcessDetail previous, List<Warning> warnings,
                                    History.Series history, int width, boolean unicode) {
        return render(d, previous, warnings, history, width, unicode, ZoneId.systemDefault());
    }

    /**
     * @param d        the detail to show
     * @param previous the previous read of the same process (for I/O rates), or null
     * @param warnings from {@link Warnings#of}
     * @param history  from {@link History#series}, or null
     * @param width    pane width in columns; 0 or less for no wrapping
     * @param unicode  whether the terminal can show ▁▂▃ and →; ASCII otherwise
     * @param zone     time zone for the start time
     */
    public static List<Line> render(ProcessDetail d, ProcessDetail previous, List<Warning> warnings,
                                    History.Series history, int width, boolean unicode, ZoneId zone) {
        Out o = new Out(width);
        if (!warnings.isEmpty()) {
            o.header("Warnings");
            for (Warning w : warnings) o.warning(w.text());
        }
        DetailSections.identity(o, d, unicode, zone);
        DetailSections.state(o, d);
        DetailSections.cpuAndMemory(o, d);
        DetailSections.io(o, d, previous);
        DetailSections.files(o, d);
        DetailSections.limits(o, d);
        DetailSections.containers(o, d);
        DetailSections.signals(o, d);
        DetailSections.history(o, history, width, unicode);
        return o.lines;
    }

    /** The environment (shown on {@code e}): one TEXT line per NAME=value, wrapped. */
    public static List<Line> environment(ProcessDetail d, int width) {
        Out o = new Out(width);
        o.header("Environment");
        if (!d.environ().ok()) {
            o.field("Environment", d.environ().text(v -> ""));
        } else if (d.environ().value().isEmpty()) {
            o.field("Environment", "empty");
        } else {
            for (String e : d.environ().value()) o.text(Text.escape(e));
        }
        return o.lines;
    }

    /** The lines as plain strings ({@link Line#text()}). */
    public static List<String> plain(List<Line> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (Line l : lines) out.add(l.text());
        return out;
    }

    /** What a state letter means, in a few words. */
    public static String stateMeaning(char state) {
        return switch (state) {
            case 'R' -> "running";
            case 'S' -> "sleeping";
            case 'D' -> "uninterruptible, usually I/O";
            case 'T' -> "stopped";
            case 't' -> "traced";
            case 'Z' -> "zombie";
            case 'I' -> "idle kernel thread";
            case 'X' -> "dead";
            case 'P' -> "parked";
            case 'W' -> "paging";
            case 'K' -> "wakekill";
            default -> "unknown";
        };
    }

    static String when(long epochMillis, ZoneId zone) {
        return WHEN.format(Instant.ofEpochMilli(epochMillis).atZone(zone));
    }

    static String chain(ProcessDetail d, boolean unicode) {
        StringBuilder sb = new StringBuilder();
        String arrow = unicode ? " → " : " -> ";
        for (Ancestor a : d.parentChain()) sb.append(Text.escape(a.name())).append('(').append(a.pid()).append(')').append(arrow);
        return sb.append(Text.escape(d.stat().comm())).append('(').append(d.pid()).append(')').toString();
    }

    static String bytes(long b) {
        return b < 0 ? "-" : Units.formatBytes(b);
    }

    /** Collects lines, wrapping values to the width. */
    static final class Out {
        final List<Line> lines = new ArrayList<>();
        final int width;
        String section = "";

        Out(int width) {
            this.width = width;
        }

        void header(String name) {
            section = name;
            lines.add(new Line(Kind.HEADER, name, "", ""));
        }

        void warning(String text) {
            List<String> parts = wrap(text, width - 2);
            for (int i = 0; i < parts.size(); i++) {
                lines.add(new Line(Kind.WARNING, section, "", (i == 0 ? "! " : "  ") + parts.get(i)));
            }
        }

        void field(String label, String value) {
            List<String> parts = wrap(value, width - Line.LABEL_WIDTH);
            for (int i = 0; i < parts.size(); i++) {
                lines.add(new Line(Kind.FIELD, section, i == 0 ? label : "", parts.get(i)));
            }
        }

        void text(String value) {
            List<String> parts = wrap(value, width - 2);
            for (int i = 0; i < parts.size(); i++) {
                lines.add(new Line(Kind.TEXT, section, "", (i == 0 ? "" : "  ") + parts.get(i)));
            }
        }
    }

    /**
     * Splits text into pieces of at most {@code max} characters, at the last space that keeps a
     * piece at least half full, else hard. No wrapping when max is below 8 (or width unknown).
     */
    static List<String> wrap(String s, int max) {
        List<String> out = new ArrayList<>();
        if (max < 8) {
            out.add(s);
            return out;
        }
        String rest = s;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf(' ', max);
            if (cut < max / 2) cut = max;
            if (Character.isLowSurrogate(rest.charAt(cut))) cut--; // keep a pair together
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        out.add(rest);
        return out;
    }
}
