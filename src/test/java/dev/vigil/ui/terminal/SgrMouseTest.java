package dev.vigil.ui.terminal;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Mouse bytes through Lanterna's decoder with the SGR pattern added, as TtyTerminal has it. */
class SgrMouseTest {
    private static List<KeyStroke> decode(String bytes) throws IOException {
        InputDecoder d = new InputDecoder(new StringReader(bytes));
        d.addProfile(new DefaultKeyDecodingProfile());
        d.addProfile(() -> List.of(new SgrMouse()));
        List<KeyStroke> out = new ArrayList<>();
        for (KeyStroke k; (k = d.getNextCharacter(false)) != null; ) {
            if (k.getKeyType() == KeyType.EOF) break;
            out.add(k);
        }
        return out;
    }

    private static String describe(KeyStroke k) {
        if (k instanceof MouseAction m) {
            return m.getActionType() + " " + m.getButton() + " " + m.getPosition().getColumn() + "," + m.getPosition().getRow();
        }
        return k.getKeyType() == KeyType.Character ? "'" + k.getCharacter() + "'" : k.getKeyType().toString();
    }

    private static List<String> keys(String bytes) throws IOException {
        return decode(bytes).stream().map(SgrMouseTest::describe).toList();
    }

    @Test
    void pressReleaseAndWheelBecomeMouseActionsNeverKeys() throws IOException {
        assertEquals(List.of("CLICK_DOWN 1 9,4", "CLICK_RELEASE 1 9,4", "SCROLL_UP 4 2,2", "SCROLL_DOWN 5 199,49", "'M'"),
                keys("\033[<0;10;5M\033[<0;10;5m\033[<64;3;3M\033[<65;200;50MM"));
    }

    @Test
    void aBrokenReportIsSwallowedWholeAndKeysAroundItStayKeys() throws IOException {
        assertEquals(List.of("'k'", "Unknown", "'q'"), keys("k\033[<0;1xq"));
    }

    @Test
    void lanternasOwnX10ReportsStillDecode() throws IOException {
        KeyStroke k = decode("\033[M" + (char) 32 + (char) 43 + (char) 38).get(0);
        MouseAction m = assertInstanceOf(MouseAction.class, k);
        assertEquals(MouseActionType.CLICK_DOWN, m.getActionType());
        assertEquals(new TerminalPosition(10, 5), m.getPosition());
    }
}
