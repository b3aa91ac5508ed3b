package dev.vigil.ui.views;

import dev.vigil.detail.DetailLines;
import dev.vigil.detail.History;
import dev.vigil.detail.Line;
import dev.vigil.detail.Probe;
import dev.vigil.detail.ProcessDetail;
import dev.vigil.detail.Warning;

import java.util.ArrayList;
import java.util.List;

/**
 * Drawing of the detail view: a box over the screen above the status line, the lines of
 * {@link dev.vigil.detail.DetailLines} styled by kind (section headings, warnings in the error
 * style, labels, "needs root" dimmed), the scroll position on the bottom edge, and the view's
 * keys on the last line.
 */
public final class DetailDraw {
    private DetailDraw() {
    }

    /**
     * The view's lines: an "exited" banner when the process is gone, then the detail (or the
     * environment) from {@link DetailLines}, with a hint under the warnings of a zombie that
     * {@code p} selects its parent.
     */
    public static List<Line> compose(ProcessDetail d, ProcessDetail previous, List<Warning> warnings, History.Series history,
                              String exited, boolean environment, int width, boolean unicode) {
        List<Line> out = new ArrayList<>();
        if (exited != null) {
            out.add(new Line(Line.Kind.WARNING, "Warnings", "", "! " + exited + (d == null ? "" : "; below is its last read")));
        }
        if (d == null) return out;
        if (environment) {
            out.addAll(DetailLines.environment(d, width));
            return out;
        }
        Warning zombie = null;
        for (Warning w : warnings) if (w.kind() == Warning.Kind.ZOMBIE) zombie = w;
        List<Line> body = DetailLines.render(d, previous, warnings, history, width, unicode);
        for (int i = 0; i < body.size(); i++) {
            out.add(body.get(i));
            boolean lastWarning = body.get(i).kind() == Line.Kind.WARNING
                    && (i + 1 == body.size() || body.get(i + 1).kind() != Line.Kind.WARNING);
            if (zombie != null && lastWarning && exited == null) {
                out.add(new Line(Line.Kind.TEXT, "Warnings", "", "  press p to select the parent, PID " + zombie.relatedPid()));
            }
        }
        return out;
    }

    /**
     * Draws the box and the lines from index top (clamped so the last page is full); returns
     * {clamped top, rows of lines shown per page}.
     */
    public static int[] draw(Canvas c, Layout layout, String title, List<Line> lines, int top, boolean zombie) {
        return draw(c, layout, title, lines, top, zombie, -1);
    }

    /**
     * As above, with the line at index {@code selected} highlighted (a limit chosen to edit; -1
     * for none), kept in view, and the keys of choosing a limit on the bottom line.
     */
    public static int[] draw(Canvas c, Layout layout, String title, List<Line> lines, int top, boolean zombie,
                             int selected) {
        Theme t = c.theme();
        int w = c.width();
        int h = layout.statusRow() > 0 ? layout.statusRow() : c.height() - 1;
        c.box(0, 0, w, h, title);
        int inner = Math.max(0, h - 2);
        if (selected >= 0 && selected < top) top = selected;
        if (selected >= 0 && selected >= top + inner) top = selected - inner + 1;
        top = Math.max(0, Math.min(top, lines.size() - inner));
        boolean ascii = !c.glyphs().unicode();
        for (int i = 0; i < inner && top + i < lines.size(); i++) {
            if (top + i == selected) {
                c.fill(1, 1 + i, w - 2, 1, t.selection());
                c.cleanText(2, 1 + i, clean(lines.get(selected).text(), ascii), w - 4, t.selection(), false);
            } else {
                line(c, 2, 1 + i, w - 4, lines.get(top + i), t, ascii);
            }
        }
        if (lines.size() > inner && w > 20) {
            String pos = " " + (top + 1) + "-" + Math.min(lines.size(), top + inner) + " of " + lines.size() + " ";
            c.text(w - 2 - pos.length(), h - 1, pos, t.boxTitle());
        }
        hints(c, layout.barRow(), zombie, selected >= 0);
        return new int[]{top, inner};
    }

    private static void line(Canvas c, int x, int y, int width, Line l, Theme t, boolean ascii) {
        switch (l.kind()) {
            case HEADER -> c.cleanText(x, y, clean(l.section(), ascii), width, t.boxTitle(), false);
            case WARNING -> c.cleanText(x, y, clean(l.value(), ascii), width, t.error(), false);
            case TEXT -> c.cleanText(x, y, clean(l.value(), ascii), width, t.normal(), false);
            case FIELD -> {
                String label = l.label();
                int lw = Math.min(width, Math.max(Line.LABEL_WIDTH, label.length() + 1));
                c.cleanText(x, y, clean(label, ascii), lw, t.label(), false);
                boolean missing = l.value().equals(Probe.NEEDS_ROOT_TEXT) || l.value().equals(Probe.UNAVAILABLE_TEXT);
                c.cleanText(x + lw, y, clean(l.value(), ascii), width - lw, missing ? t.dim() : t.normal(), false);
            }
        }
    }

    /**
     * Text that {@link dev.vigil.detail.DetailLines} already escaped, made safe for the screen
     * like {@link Canvas#clean} without escaping its backslashes a second time: each piece
     * between backslashes is cleaned on its own. In ASCII mode the dash of the sentences is "-".
     */
    static String clean(String escaped, boolean ascii) {
        String s = ascii ? escaped.replace('—', '-').replace('→', '>') : escaped;
        if (s.indexOf('\\') < 0) return Canvas.clean(s, ascii);
        String[] parts = s.split("\\\\", -1);
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) sb.append('\\');
            sb.append(Canvas.clean(parts[i], ascii));
        }
        return sb.toString();
    }

    /** The view's keys on the bottom line, styled like the function-key bar. */
    private static void hints(Canvas c, int row, boolean zombie, boolean limit) {
        if (row < 0) return;
        Theme t = c.theme();
        String[] keys = limit ? new String[]{"Enter", "Set limit", "Up/Dn", "Choose", "Esc", "Back"}
                : zombie
                ? new String[]{"Esc", "Close", "p", "Parent", "Up/Dn", "Scroll", "Tab", "Section", "e", "Environ"}
                : new String[]{"Esc", "Close", "Up/Dn", "Scroll", "PgUp/PgDn", "Page", "Tab", "Section", "e", "Environ",
                        "R", "Limits"};
        c.fill(0, row, c.width(), 1, t.normal());
        int x = 0;
        for (int i = 0; i + 1 < keys.length; i += 2) {
            if (x + keys[i].length() >= c.width()) break;
            x += c.text(x, row, keys[i], t.barKey());
            x += c.text(x, row, keys[i + 1], keys[i + 1].length() + 1, t.barLabel(), true);
        }
    }

    /** Index of the next (dir 1) or previous (dir -1) section heading from top; top when none. */
    public static int nextHeader(List<Line> lines, int top, int dir) {
        if (lines == null) return top;
        int from = Math.max(0, Math.min(top, lines.size() - 1));
        for (int i = from + dir; i >= 0 && i < lines.size(); i += dir) {
            if (lines.get(i).kind() == Line.Kind.HEADER) return i;
        }
        return dir < 0 ? 0 : top;
    }
}
