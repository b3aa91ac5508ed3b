package dev.vigil.ui.views;

import dev.vigil.model.Row;

/**
 * The characters used for lines, bars and markers: box drawing and block glyphs on a UTF-8
 * terminal, plain ASCII ({@code | ` - # + v ^}) otherwise. ASCII mode also makes every text
 * ASCII (see {@link Canvas#clean}), so nothing ever shows up as '?'.
 */
public record Glyphs(boolean unicode, String bar, String tee, String last, String blank, char full,
                     String partials, char empty, String down, String up, char hLine, char vLine,
                     char topLeft, char topRight, char bottomLeft, char bottomRight) {

    public static final Glyphs UNICODE = new Glyphs(true, "│  ", "├─ ", "└─ ", "   ", '█',
            "▏▎▍▌▋▊▉", ' ', "▼", "▲", '─', '│', '┌', '┐', '└', '┘');
    public static final Glyphs ASCII = new Glyphs(false, "|  ", "|- ", "`- ", "   ", '|',
            "", ' ', "v", "^", '-', '|', '+', '+', '+', '+');

    /** The tree prefix for a row's guide codes (see {@link Row#guides()}). */
    public String treePrefix(String guides) {
        if (guides.isEmpty()) return "";
        StringBuilder sb = new StringBuilder(guides.length() * 3);
        for (int i = 0; i < guides.length(); i++) {
            sb.append(switch (guides.charAt(i)) {
                case Row.BAR -> bar;
                case Row.TEE -> tee;
                case Row.LAST -> last;
                default -> blank;
            });
        }
        return sb.toString();
    }

    /** Columns of a command that every tree row keeps visible, however deep. */
    public static final int COMMAND_KEPT = 12;

    /**
     * The tree guides fitted to a COMMAND column of room columns, leaving at least
     * {@link #COMMAND_KEPT} of it to the command: the first levels keep 3 columns, deeper ones
     * take 1 (├ │ └), and when even that is too wide the outer levels give way to an ellipsis.
     * The width of each level depends on room only, so guides line up from row to row.
     */
    public String treePrefix(String guides, int room) {
        int budget = room - COMMAND_KEPT;
        int n = guides.length();
        if (n == 0 || 3 * n <= budget) return treePrefix(guides);
        int wide = Math.max(0, budget / 6); // levels drawn 3 wide; deeper ones 1 wide
        StringBuilder sb = new StringBuilder(3 * n); // budget is negative in a COMMAND column under 12 wide
        for (int i = 0; i < n; i++) {
            String g = switch (guides.charAt(i)) {
                case Row.BAR -> bar;
                case Row.TEE -> tee;
                case Row.LAST -> last;
                default -> blank;
            };
            sb.append(i < wide ? g : g.substring(0, 1));
        }
        if (sb.length() <= Math.max(1, budget)) return sb.toString();
        int keep = Math.max(1, budget) - 1; // the innermost guides, after an ellipsis
        return (unicode ? "…" : "~") + sb.substring(sb.length() - keep);
    }

    /**
     * A bar of width cells filled to fraction (0..1): full glyphs, one partial glyph in UTF-8
     * mode for the remainder (eighths), then spaces.
     */
    public String barFill(double fraction, int width) {
        if (width <= 0) return "";
        double f = Math.max(0, Math.min(1, Double.isNaN(fraction) ? 0 : fraction));
        StringBuilder sb = new StringBuilder(width);
        if (partials.isEmpty()) {
            int n = (int) Math.round(f * width);
            for (int i = 0; i < width; i++) sb.append(i < n ? full : empty);
            return sb.toString();
        }
        int eighths = (int) Math.round(f * width * 8);
        int whole = eighths / 8;
        int rest = eighths % 8;
        for (int i = 0; i < whole && i < width; i++) sb.append(full);
        if (whole < width && rest > 0) sb.append(partials.charAt(rest - 1));
        while (sb.length() < width) sb.append(empty);
        return sb.toString();
    }
}
