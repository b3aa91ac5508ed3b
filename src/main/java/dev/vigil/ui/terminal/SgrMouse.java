package dev.vigil.ui.terminal;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;

import java.util.List;

/**
 * Decodes xterm's SGR mouse reports ({@code ESC [ < B ; X ; Y M} for a press, {@code m} for a
 * release; mode 1006), which Lanterna 3.1 does not know: without this, their bytes would reach
 * the key table as keys ({@code M} sorting by memory). Anything that starts like a report but
 * is not one is swallowed whole as an ignorable key, never as characters. Positions come out
 * 0-based, as Lanterna's own (X10) mouse pattern gives them.
 */
public final class SgrMouse implements CharacterPattern {
    private static final int MAX = 32;

    /** What the input thread drops: a report that made no sense. */
    public static final KeyStroke IGNORED = new KeyStroke(KeyType.Unknown);

    @Override
    public Matching match(List<Character> seq) {
        int n = seq.size();
        if (n >= 1 && seq.get(0) != 0x1b) return null;
        if (n >= 2 && seq.get(1) != '[') return null;
        if (n >= 3 && seq.get(2) != '<') return null;
        if (n < 4) return Matching.NOT_YET;
        char last = seq.get(n - 1);
        if (last != 'M' && last != 'm') {
            for (int i = 3; i < n; i++) {
                char c = seq.get(i);
                if (!(c >= '0' && c <= '9') && c != ';') return new Matching(IGNORED);
            }
            return n > MAX ? new Matching(IGNORED) : Matching.NOT_YET;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 3; i < n - 1; i++) sb.append(seq.get(i));
        String[] f = sb.toString().split(";", -1);
        if (f.length != 3) return new Matching(IGNORED);
        try {
            int b = Integer.parseInt(f[0]);
            int x = Integer.parseInt(f[1]) - 1;
            int y = Integer.parseInt(f[2]) - 1;
            return new Matching(action(b, last == 'M', Math.max(0, x), Math.max(0, y)));
        } catch (NumberFormatException e) {
            return new Matching(IGNORED);
        }
    }

    static KeyStroke action(int b, boolean press, int x, int y) {
        TerminalPosition at = new TerminalPosition(x, y);
        boolean motion = (b & 32) != 0;
        int button = (b & 3) + 1;
        if ((b & 64) != 0) {
            if (!press) return IGNORED;
            return new MouseAction((b & 1) == 0 ? MouseActionType.SCROLL_UP : MouseActionType.SCROLL_DOWN,
                    (b & 1) == 0 ? 4 : 5, at);
        }
        if (motion) return new MouseAction(button == 4 ? MouseActionType.MOVE : MouseActionType.DRAG, button, at);
        return new MouseAction(press ? MouseActionType.CLICK_DOWN : MouseActionType.CLICK_RELEASE, button, at);
    }
}
