package dev.vigil.ui.views;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor.ANSI;

/**
 * Colors of every part of the screen. {@link #COLOR} is htop-like; {@link #MONO} uses no color at
 * all, only bold, underline and reverse video (TERM=vt100, --no-color, NO_COLOR).
 */
public record Theme(boolean color, Style normal, Style label, Style meterCpu, Style meterMem, Style meterSwap,
                    Style meterText, Style tableHeader, Style sortedHeader, Style selection, Style running,
                    Style blocked, Style zombie, Style stopped, Style tagged, Style dim, Style barKey,
                    Style barLabel, Style status, Style error, Style box, Style boxTitle, Style prompt) {

    public static final Theme COLOR = new Theme(true,
            Style.PLAIN,
            Style.fg(ANSI.CYAN),
            Style.fg(ANSI.GREEN),
            Style.fg(ANSI.GREEN),
            Style.fg(ANSI.RED),
            Style.PLAIN.with(SGR.BOLD),
            Style.of(ANSI.BLACK, ANSI.GREEN),
            Style.of(ANSI.BLACK, ANSI.CYAN),
            Style.of(ANSI.BLACK, ANSI.CYAN),
            Style.fg(ANSI.GREEN_BRIGHT),
            Style.fg(ANSI.RED).with(SGR.BOLD),
            Style.fg(ANSI.MAGENTA).with(SGR.BOLD),
            Style.fg(ANSI.BLUE_BRIGHT),
            Style.fg(ANSI.YELLOW).with(SGR.BOLD),
            Style.fg(ANSI.BLACK_BRIGHT),
            Style.PLAIN,
            Style.of(ANSI.BLACK, ANSI.CYAN),
            Style.fg(ANSI.CYAN),
            Style.fg(ANSI.RED).with(SGR.BOLD),
            Style.fg(ANSI.CYAN),
            Style.fg(ANSI.CYAN).with(SGR.BOLD),
            Style.fg(ANSI.YELLOW).with(SGR.BOLD));

    public static final Theme MONO = new Theme(false,
            Style.PLAIN,
            Style.PLAIN.with(SGR.BOLD),
            Style.PLAIN,
            Style.PLAIN,
            Style.PLAIN,
            Style.PLAIN.with(SGR.BOLD),
            Style.PLAIN.with(SGR.REVERSE),
            Style.PLAIN.with(SGR.REVERSE, SGR.BOLD, SGR.UNDERLINE),
            Style.PLAIN.with(SGR.REVERSE),
            Style.PLAIN.with(SGR.BOLD),
            Style.PLAIN.with(SGR.BOLD, SGR.UNDERLINE),
            Style.PLAIN.with(SGR.BOLD, SGR.UNDERLINE),
            Style.PLAIN.with(SGR.UNDERLINE),
            Style.PLAIN.with(SGR.BOLD),
            Style.PLAIN,
            Style.PLAIN.with(SGR.BOLD),
            Style.PLAIN.with(SGR.REVERSE),
            Style.PLAIN,
            Style.PLAIN.with(SGR.BOLD),
            Style.PLAIN,
            Style.PLAIN.with(SGR.BOLD),
            Style.PLAIN.with(SGR.BOLD));

    /** Row style for a process state letter: R running, D blocked, Z zombie, T/t stopped. */
    public Style forState(char state) {
        return switch (state) {
            case 'R' -> running;
            case 'D' -> blocked;
            case 'Z' -> zombie;
            case 'T', 't' -> stopped;
            default -> normal;
        };
    }
}
