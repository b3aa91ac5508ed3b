package dev.vigil.ui.views;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor.ANSI;
import dev.vigil.model.Units;
import dev.vigil.sample.Snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The top line while the screen shows recorded history: {@code REPLAY 03:02:15 (12m ago)}
 * ({@code REWIND ...} when the live view is rewound), the date too when it is not today, and the
 * keys that move. Black on yellow in colour; reverse
 * bold without colour; the word REPLAY either way.
 */
public final class ReplayBanner {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ReplayBanner() {
    }

    /** The banner's text for snapshot s at nowMillis in zone, in replay. */
    public static String text(Snapshot s, long nowMillis, ZoneId zone) {
        return text(s, nowMillis, zone, false);
    }

    /** The same; rewound (the live view showing the past): REWIND, and g goes back to live. */
    public static String text(Snapshot s, long nowMillis, ZoneId zone, boolean rewound) {
        ZonedDateTime at = Instant.ofEpochMilli(s.timestampMillis()).atZone(zone);
        boolean today = at.toLocalDate().equals(LocalDate.ofInstant(Instant.ofEpochMilli(nowMillis), zone));
        long ago = Math.max(0, nowMillis - s.timestampMillis());
        return (rewound ? "REWIND " : "REPLAY ") + (today ? CLOCK : DATE_CLOCK).format(at) + " ("
                + Units.formatDuration(ago) + " ago)" + "   { back  } forward  b jump  g " + (rewound ? "live" : "newest");
    }

    static Style style(Theme t) {
        return t.color() ? Style.of(ANSI.BLACK, ANSI.YELLOW).with(SGR.BOLD) : Style.PLAIN.with(SGR.REVERSE, SGR.BOLD);
    }

    /** Draws the banner across row 0 of c. */
    static void draw(Canvas c, Snapshot s, boolean rewound) {
        String line = text(s, System.currentTimeMillis(), ZoneId.systemDefault(), rewound);
        c.text(0, 0, line, c.width(), style(c.theme()), true);
    }
}
