package dev.vigil.ui.views;

/**
 * Where each part of the frame went, in screen cells (0-based rows and columns).
 *
 * @param width       screen columns
 * @param height      screen rows
 * @param meterRows   rows of header meters at the top
 * @param tableTop    row of the table's column headings
 * @param tableRows   rows of process lines below the headings
 * @param tableWidth  columns of the table (the rest, on the right, belongs to panes)
 * @param statusRow   row of the status line; -1 when there is no room
 * @param barRow      row of the function-key bar (or a prompt)
 * @param tooSmall    true when the window is below 20x6 and only a message is shown
 */
public record Layout(int width, int height, int meterRows, int tableTop, int tableRows, int tableWidth,
                     int statusRow, int barRow, boolean tooSmall) {
    public static final int MIN_WIDTH = 20;
    public static final int MIN_HEIGHT = 6;
}
