package dev.vigil.ui;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders a terminal capture with SGR escapes ({@code tmux capture-pane -e -p}) to a PNG with
 * Java2D, for screenshots/: {@code AnsiPng CAPTURE.ans OUT.png COLS ROWS}. Understands reset,
 * bold, underline, reverse, the 16 ANSI colors, 256-color and 24-bit forms.
 */
public final class AnsiPng {
    private static final Color BG = new Color(0x1d, 0x1f, 0x21);
    private static final Color FG = new Color(0xd0, 0xd0, 0xd0);
    private static final Color[] ANSI = {
            new Color(0x1d, 0x1f, 0x21), new Color(0xcc, 0x33, 0x33), new Color(0x5f, 0xb0, 0x3a), new Color(0xc8, 0xa0, 0x2c),
            new Color(0x3f, 0x7f, 0xd0), new Color(0xa6, 0x5f, 0xc0), new Color(0x2c, 0xa8, 0xb0), new Color(0xc8, 0xc8, 0xc8),
            new Color(0x66, 0x66, 0x66), new Color(0xff, 0x55, 0x55), new Color(0x8a, 0xe2, 0x34), new Color(0xfc, 0xe9, 0x4f),
            new Color(0x72, 0x9f, 0xff), new Color(0xd0, 0x8c, 0xf0), new Color(0x5f, 0xe0, 0xe6), new Color(0xff, 0xff, 0xff)};

    private AnsiPng() {
    }

    /** One cell's look while parsing. */
    private static final class Pen {
        Color fg;
        Color bg;
        boolean bold;
        boolean underline;
        boolean reverse;

        void reset() {
            fg = null;
            bg = null;
            bold = false;
            underline = false;
            reverse = false;
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        int cols = Integer.parseInt(args[2]);
        int rows = Integer.parseInt(args[3]);
        Font font = new Font("DejaVu Sans Mono", Font.PLAIN, 15);
        Font bold = font.deriveFont(Font.BOLD);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        FontMetrics fm = probe.createGraphics().getFontMetrics(font);
        int cw = fm.charWidth('M');
        int ch = fm.getHeight();
        int pad = 10;
        BufferedImage img = new BufferedImage(cols * cw + 2 * pad, rows * ch + 2 * pad, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(BG);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        Pen pen = new Pen();
        for (int r = 0; r < Math.min(rows, lines.size()); r++) {
            String line = lines.get(r);
            int col = 0;
            for (int i = 0; i < line.length() && col < cols; ) {
                char c = line.charAt(i);
                if (c == 27 && i + 1 < line.length() && line.charAt(i + 1) == '[') {
                    int end = i + 2;
                    while (end < line.length() && !Character.isLetter(line.charAt(end))) end++;
                    if (end < line.length() && line.charAt(end) == 'm') sgr(pen, line.substring(i + 2, end));
                    i = end + 1;
                    continue;
                }
                int cp = line.codePointAt(i);
                i += Character.charCount(cp);
                Color fg = pen.fg == null ? FG : pen.fg;
                Color bg = pen.bg == null ? BG : pen.bg;
                if (pen.bold && pen.fg != null) {
                    for (int k = 0; k < 8; k++) if (ANSI[k].equals(fg)) fg = ANSI[k + 8];
                }
                if (pen.reverse) {
                    Color t = fg;
                    fg = pen.bg == null ? BG : bg;
                    bg = t;
                }
                int x = pad + col * cw;
                int y = pad + r * ch;
                g.setColor(bg);
                g.fillRect(x, y, cw, ch);
                g.setColor(fg);
                if (cp == 0x2588) {
                    g.fillRect(x, y, cw, ch);
                } else if (cp >= 0x2589 && cp <= 0x258f) {
                    g.fillRect(x, y, cw * (0x2590 - cp) / 8, ch);
                } else if (cp != ' ') {
                    g.setFont(pen.bold ? bold : font);
                    g.drawString(new String(Character.toChars(cp)), x, y + fm.getAscent());
                }
                if (pen.underline) g.drawLine(x, y + ch - 2, x + cw - 1, y + ch - 2);
                col++;
            }
        }
        File out = new File(args[1]);
        ImageIO.write(img, "png", out);
        System.out.println("wrote " + out + " (" + img.getWidth() + "x" + img.getHeight() + ")");
    }

    private static void sgr(Pen pen, String params) {
        String[] ps = params.isEmpty() ? new String[]{"0"} : params.split(";");
        for (int i = 0; i < ps.length; i++) {
            int p = ps[i].isEmpty() ? 0 : Integer.parseInt(ps[i]);
            if (p == 0) pen.reset();
            else if (p == 1) pen.bold = true;
            else if (p == 4) pen.underline = true;
            else if (p == 7) pen.reverse = true;
            else if (p == 22) pen.bold = false;
            else if (p == 24) pen.underline = false;
            else if (p == 27) pen.reverse = false;
            else if (p >= 30 && p <= 37) pen.fg = ANSI[p - 30];
            else if (p == 39) pen.fg = null;
            else if (p >= 40 && p <= 47) pen.bg = ANSI[p - 40];
            else if (p == 49) pen.bg = null;
            else if (p >= 90 && p <= 97) pen.fg = ANSI[p - 90 + 8];
            else if (p >= 100 && p <= 107) pen.bg = ANSI[p - 100 + 8];
            else if ((p == 38 || p == 48) && i + 1 < ps.length) {
                Color c = null;
                if (ps[i + 1].equals("5") && i + 2 < ps.length) {
                    c = xterm256(Integer.parseInt(ps[i + 2]));
                    i += 2;
                } else if (ps[i + 1].equals("2") && i + 4 < ps.length) {
                    c = new Color(Integer.parseInt(ps[i + 2]), Integer.parseInt(ps[i + 3]), Integer.parseInt(ps[i + 4]));
                    i += 4;
                }
                if (p == 38) pen.fg = c;
                else pen.bg = c;
            }
        }
    }

    private static Color xterm256(int n) {
        if (n < 16) return ANSI[n];
        if (n >= 232) {
            int v = 8 + (n - 232) * 10;
            return new Color(v, v, v);
        }
        int i = n - 16;
        int[] steps = {0, 95, 135, 175, 215, 255};
        return new Color(steps[i / 36], steps[(i / 6) % 6], steps[i % 6]);
    }
}
