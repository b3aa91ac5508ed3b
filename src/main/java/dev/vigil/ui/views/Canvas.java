package dev.vigil.ui.views;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.vigil.sample.Text;

import java.nio.charset.StandardCharsets;

/**
 * A rectangle of the screen to draw into, with the glyph set and theme of this run. All text
 * goes through {@link #clean}: control characters, invalid bytes, zero-width and direction
 * marks are escaped, and in ASCII mode every non-ASCII character too, so what the terminal gets
 * is exactly what was measured. Cells outside the rectangle are clipped.
 */
public final class Canvas {
    private final TextGraphics g;
    private final Glyphs glyphs;
    private final Theme theme;

    private final com.googlecode.lanterna.screen.Screen screen;
    /**
     * The outermost graphics and this canvas's offset in it: ASCII cells go there directly, as
     * a sub-rectangle's own graphics makes two TerminalPosition objects per cell to project them.
     */
    private final TextGraphics root;
    private final int left;
    private final int top;
    private final int cols;
    private final int rows;

    public Canvas(TextGraphics g, Glyphs glyphs, Theme theme) {
        this(g, glyphs, theme, null, g, 0, 0);
    }

    /** A canvas over a whole screen, which can be cleared in one step ({@link #clearAll}). */
    public Canvas(com.googlecode.lanterna.screen.Screen screen, Glyphs glyphs, Theme theme) {
        this(screen.newTextGraphics(), glyphs, theme, screen);
    }

    private Canvas(TextGraphics g, Glyphs glyphs, Theme theme, com.googlecode.lanterna.screen.Screen screen) {
        this(g, glyphs, theme, screen, g, 0, 0);
    }

    private Canvas(TextGraphics g, Glyphs glyphs, Theme theme, com.googlecode.lanterna.screen.Screen screen,
                   TextGraphics root, int left, int top) {
        this.g = g;
        this.glyphs = glyphs;
        this.theme = theme;
        this.screen = screen;
        this.root = root;
        this.left = left;
        this.top = top;
        this.cols = g.getSize().getColumns();
        this.rows = g.getSize().getRows();
    }

    /**
     * Blanks the whole canvas in a style. On a whole screen in the terminal's default colors
     * this is the screen's own clear (one array fill) instead of a cell-by-cell fill.
     */
    public void clearAll(Style st) {
        if (screen != null && st.equals(Style.PLAIN)) screen.clear();
        else fill(0, 0, width(), height(), st);
    }

    public int width() {
        return cols;
    }

    public int height() {
        return rows;
    }

    public Glyphs glyphs() {
        return glyphs;
    }

    public Theme theme() {
        return theme;
    }

    /** A canvas for a sub-rectangle (coordinates relative to this one). */
    public Canvas sub(int col, int row, int w, int h) {
        TextGraphics sub = g.newTextGraphics(new TerminalPosition(col, row),
                new TerminalSize(Math.max(0, w), Math.max(0, h)));
        return new Canvas(sub, glyphs, theme, null, root, left + col, top + row);
    }

    /** Writes text at (col,row), cut at the canvas edge. Returns the columns written. */
    public int text(int col, int row, String s, Style st) {
        return put(col, row, s, Math.max(0, width() - col), st, false, false);
    }

    /** Writes text cut to width columns; pads with spaces to width when pad is set. */
    public int text(int col, int row, String s, int width, Style st, boolean pad) {
        return put(col, row, s, width, st, pad, false);
    }

    /** Writes text right-aligned in width columns (cut from the left end if too long). */
    public int right(int col, int row, String s, int width, Style st) {
        return put(col, row, s, width, st, true, true);
    }

    /**
     * Writes text that already went through {@link #clean} (cleaning twice would escape the
     * backslashes of the first pass), cut to width and padded when pad is set.
     */
    public int cleanText(int col, int row, String cleaned, int width, Style st, boolean pad) {
        return putClean(col, row, cleaned, width, st, pad, false);
    }

    private int put(int col, int row, String s, int width, Style st, boolean pad, boolean alignRight) {
        return putClean(col, row, clean(s, !glyphs.unicode()), width, st, pad, alignRight);
    }

    private int putClean(int col, int row, String cleaned, int width, Style st, boolean pad, boolean alignRight) {
        if (width <= 0 || row < 0 || row >= height()) return 0;
        String c = fit(cleaned, width);
        int w = columns(c);
        if (pad && w < width) {
            String spaces = " ".repeat(width - w);
            c = alignRight ? spaces + c : c + spaces;
            w = width;
        }
        put(col, row, c, st);
        return w;
    }

    /** Printable ASCII cells of each style, made once: drawing a row then allocates nothing. */
    private static final java.util.Map<Style, TextCharacter[]> ASCII = new java.util.concurrent.ConcurrentHashMap<>();

    private static TextCharacter[] ascii(Style st) {
        return ASCII.computeIfAbsent(st, k -> {
            java.util.EnumSet<com.googlecode.lanterna.SGR> mods = k.sgr().isEmpty()
                    ? java.util.EnumSet.noneOf(com.googlecode.lanterna.SGR.class) : java.util.EnumSet.copyOf(k.sgr());
            TextCharacter[] cells = new TextCharacter[0x7f];
            for (char ch = 0x20; ch < 0x7f; ch++) cells[ch] = new Narrow(ch, k.fg(), k.bg(), mods);
            return cells;
        });
    }

    /**
     * A printable ASCII cell, which is never double width. Lanterna asks each cell it sets, and
     * the one before it, whether it is (a Unicode-block search each time): a third of the UI
     * thread's time in a profile of the running monitor. Equal to a plain cell of the same look.
     */
    private static final class Narrow extends TextCharacter {
        Narrow(char c, com.googlecode.lanterna.TextColor fg, com.googlecode.lanterna.TextColor bg,
               java.util.EnumSet<com.googlecode.lanterna.SGR> mods) {
            super(c, fg, bg, mods);
        }

        @Override
        public boolean isDoubleWidth() {
            return false;
        }

        @Override
        public boolean equals(Object o) {
            // modifier by modifier: getModifiers() copies the set
            return o == this || o instanceof TextCharacter t && t.getCharacter() == getCharacter()
                    && t.getCharacterString().length() == 1
                    && t.getForegroundColor().equals(getForegroundColor())
                    && t.getBackgroundColor().equals(getBackgroundColor())
                    && t.isBold() == isBold() && t.isReversed() == isReversed() && t.isUnderlined() == isUnderlined()
                    && t.isBlinking() == isBlinking() && t.isBordered() == isBordered()
                    && t.isCrossedOut() == isCrossedOut() && t.isItalic() == isItalic();
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    /**
     * Puts cleaned text cell by cell: printable ASCII from the cache, anything else through
     * Lanterna's own string handling (double-width characters take two columns).
     */
    private void put(int col, int row, String c, Style st) {
        TextCharacter[] cells = ascii(st);
        int x = col;
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch >= 0x20 && ch < 0x7f) {
                if (x >= 0 && x < cols && row >= 0 && row < rows) root.setCharacter(left + x, top + row, cells[ch]);
                x++;
            } else {
                apply(st);
                g.putString(x, row, String.valueOf(ch));
                x += width(ch);
            }
        }
    }

    /** Fills a rectangle with spaces in a style. */
    public void fill(int col, int row, int w, int h, Style st) {
        if (w <= 0 || h <= 0) return;
        apply(st);
        g.fillRectangle(new TerminalPosition(col, row), new TerminalSize(w, h), ' ');
    }

    /** A frame with a title on its top edge; the inside is cleared. */
    public void box(int col, int row, int w, int h, String title) {
        if (w < 2 || h < 2) return;
        fill(col, row, w, h, theme.normal());
        Style b = theme.box();
        String horiz = String.valueOf(glyphs.hLine()).repeat(w - 2);
        text(col, row, glyphs.topLeft() + horiz + glyphs.topRight(), w, b, false);
        text(col, row + h - 1, glyphs.bottomLeft() + horiz + glyphs.bottomRight(), w, b, false);
        for (int r = row + 1; r < row + h - 1; r++) {
            text(col, r, String.valueOf(glyphs.vLine()), 1, b, false);
            text(col + w - 1, r, String.valueOf(glyphs.vLine()), 1, b, false);
        }
        if (title != null && !title.isEmpty() && w > 6) {
            text(col + 2, row, " " + title + " ", w - 4, theme.boxTitle(), false);
        }
    }

    private Style applied;

    private void apply(Style st) {
        if (st == applied) return;
        applied = st;
        g.setForegroundColor(st.fg());
        g.setBackgroundColor(st.bg());
        g.setModifiers(st.sgr().isEmpty() ? java.util.EnumSet.noneOf(com.googlecode.lanterna.SGR.class)
                : java.util.EnumSet.copyOf(st.sgr()));
    }

    /** Display columns of already-cleaned text. */
    public static int columns(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) w += width(s.charAt(i));
        return w;
    }

    /**
     * Cells one character takes. Nothing below U+1100 is double width, so the common case skips
     * Lanterna's Unicode-block lookup, which profiling showed as the top cost of a frame.
     */
    static int width(char c) {
        return c < 0x1100 ? 1 : TerminalTextUtils.isCharDoubleWidth(c) ? 2 : 1;
    }

    /** The longest prefix of cleaned text that fits in width columns. */
    public static String fit(String s, int width) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            int cw = width(s.charAt(i));
            if (w + cw > width) return s.substring(0, i);
            w += cw;
        }
        return s;
    }

    /**
     * Text safe to print in one cell row: {@link Text#escape} for control characters and invalid
     * bytes; zero-width, combining, format (e.g. right-to-left override) and astral characters
     * as {@code \\u{XXXX}}; and with ascii, every other non-ASCII character as the {@code \xNN}
     * of its UTF-8 bytes.
     */
    public static String clean(String s, boolean ascii) {
        String t = Text.escape(s);
        if (!needsCleaning(t, ascii)) return t;
        StringBuilder sb = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (unsafe(cp)) {
                sb.append("\\u{").append(Integer.toHexString(cp)).append('}');
            } else if (ascii) {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append("\\x").append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
                }
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /**
     * vigil's own text (help, labels), which holds no control characters: cleaned for the
     * screen, but a backslash stays one backslash ({@link #clean} doubles it, so that a process
     * name's "\\n" cannot pass for an escaped newline).
     */
    public static String ownText(String s, boolean ascii) {
        return clean(s, ascii).replace("\\\\", "\\");
    }

    private static boolean needsCleaning(String t, boolean ascii) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 0x80 && (ascii || unsafe(c) || Character.isSurrogate(c))) return true;
        }
        return false;
    }

    private static boolean unsafe(int cp) {
        if (cp > 0xffff || (cp >= 0xd800 && cp <= 0xdfff)) return true;
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.CONTROL;
    }
}
