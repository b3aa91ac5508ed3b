package dev.vigil.ui.terminal;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** After every delta refresh, the terminal shows exactly what the back buffer holds. */
class FastScreenTest {
    private static final String CHARS = "abc XYZ019|-#\u2502\u2500\u2588\u00e9\u65e5\u672c";
    private static final TextColor[] COLORS = {TextColor.ANSI.DEFAULT, TextColor.ANSI.RED, TextColor.ANSI.GREEN_BRIGHT,
            new TextColor.Indexed(208)};

    @Test
    void terminalMatchesTheBackBufferAfterRandomFrames() throws Exception {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(40, 12));
        FastScreen screen = new FastScreen(vt);
        screen.startScreen();
        Random r = new Random(42);
        for (int frame = 0; frame < 200; frame++) {
            if (frame % 7 == 0) screen.clear();
            int writes = r.nextInt(120);
            for (int i = 0; i < writes; i++) {
                char ch = CHARS.charAt(r.nextInt(CHARS.length()));
                TextCharacter c = new TextCharacter(ch, COLORS[r.nextInt(COLORS.length)], COLORS[r.nextInt(COLORS.length)],
                        r.nextBoolean() ? new SGR[]{SGR.BOLD} : r.nextBoolean() ? new SGR[]{SGR.REVERSE} : new SGR[0]);
                screen.setCharacter(r.nextInt(c.isDoubleWidth() ? 39 : 40), r.nextInt(12), c); // a wide cell needs two columns
            }
            screen.refresh(Screen.RefreshType.DELTA);
            for (int row = 0; row < 12; row++) {
                for (int col = 0; col < 40; col++) {
                    TextCharacter want = screen.getBackCharacter(col, row);
                    TextCharacter got = vt.getCharacter(col, row);
                    assertEquals(want.getCharacterString(), got.getCharacterString(), "frame " + frame + " at " + col + "," + row);
                    assertEquals(want.getForegroundColor(), got.getForegroundColor(), "fg at " + col + "," + row);
                    assertEquals(want.getBackgroundColor(), got.getBackgroundColor(), "bg at " + col + "," + row);
                    assertEquals(want.getModifiers(), got.getModifiers(), "modifiers at " + col + "," + row);
                    if (want.isDoubleWidth()) col++;
                }
            }
        }
    }
}
