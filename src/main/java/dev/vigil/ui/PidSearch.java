package dev.vigil.ui;

import dev.vigil.model.Row;
import dev.vigil.model.Rows;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.KeyTable;
import dev.vigil.ui.keys.Reaction;

import java.util.function.LongSupplier;

/**
 * htop's incremental PID search: digits typed in the table select the process with that PID
 * (else the first whose PID starts with them). Digits typed within {@link #PAUSE_MILLIS} of each
 * other add up; after a pause, or any other key, the next digit starts a new number.
 */
public final class PidSearch {
    static final long PAUSE_MILLIS = 1500;

    private final LongSupplier clock;
    private final StringBuilder typed = new StringBuilder();
    private long lastMillis;
    private int lastKeys = -1;

    PidSearch(LongSupplier clockMillis) {
        this.clock = clockMillis;
    }

    /** Binds 0-9 in the Find group. */
    public static void bind(KeyTable t) {
        PidSearch p = new PidSearch(() -> System.nanoTime() / 1_000_000);
        t.bind("Find", "0 1 2 3 4 5 6 7 8 9", "PID", "select the process with the PID typed (digits add up"
                + " while typed in a row; htop's PID search)", s -> p.digit(s));
    }

    Reaction digit(Session s) {
        Key k = s.lastKey();
        if (k == null || k.ch() < '0' || k.ch() > '9') return Reaction.NONE;
        long now = clock.getAsLong();
        if (now - lastMillis > PAUSE_MILLIS || s.keyCount() != lastKeys + 1 || typed.length() >= 9) typed.setLength(0);
        lastMillis = now;
        lastKeys = s.keyCount();
        typed.append(k.ch());
        String want = typed.toString();
        Rows rows = s.rows();
        int prefix = -1;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String pid = Integer.toString(r.process().pid());
            if (pid.equals(want)) {
                s.cursor().select(i);
                s.status("PID " + want);
                return Reaction.REDRAW;
            }
            if (prefix < 0 && pid.startsWith(want)) prefix = i;
        }
        if (prefix >= 0) {
            s.cursor().select(prefix);
            s.status("PID " + want + "...");
        } else {
            s.status("PID " + want + ": not shown");
        }
        return Reaction.REDRAW;
    }
}
