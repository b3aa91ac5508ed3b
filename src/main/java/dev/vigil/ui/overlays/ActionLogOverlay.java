package dev.vigil.ui.overlays;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.vigil.action.ActionLog;
import dev.vigil.ui.ProcessControl;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.views.Canvas;
import dev.vigil.ui.views.Layout;
import dev.vigil.ui.views.Theme;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * L: the action log of this run, newest at the bottom, with the file that keeps every line.
 * It follows new lines (escalation results arrive while it is open) unless scrolled up.
 * Arrows and pages scroll; any other key closes it.
 */
public final class ActionLogOverlay implements Overlay {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ActionLog log;
    private final ZoneId zone;
    private int back; // lines scrolled up from the newest

    public ActionLogOverlay(ActionLog log) {
        this(log, ZoneId.systemDefault());
    }

    public ActionLogOverlay(ActionLog log, ZoneId zone) {
        this.log = log;
        this.zone = zone;
    }

    @Override
    public Reaction onKey(Key key, KeyStroke stroke, Session s) {
        int page = Math.max(1, s.cursor().pageRows() - 2);
        KeyType t = stroke.getKeyType();
        if (t == KeyType.ArrowUp) back++;
        else if (t == KeyType.ArrowDown) back = Math.max(0, back - 1);
        else if (t == KeyType.PageUp) back += page;
        else if (t == KeyType.PageDown) back = Math.max(0, back - page);
        else if (t == KeyType.Home) back = Integer.MAX_VALUE / 2;
        else if (t == KeyType.End) back = 0;
        else s.overlays().close(this);
        return Reaction.REDRAW;
    }

    /** The lines shown: one per entry, "HH:mm:ss line", oldest first. */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        for (ActionLog.Entry e : log.recent()) {
            out.add(TIME.format(Instant.ofEpochMilli(e.timeMillis()).atZone(zone)) + "  " + e.line());
        }
        return out;
    }

    @Override
    public void draw(Canvas screen, Layout layout, Session s) {
        Theme t = screen.theme();
        int w = screen.width();
        int h = Math.max(3, layout.statusRow() > 0 ? layout.statusRow() : screen.height());
        List<String> lines = lines();
        screen.box(0, 0, w, h, "Action log: " + lines.size() + (lines.size() == 1 ? " line" : " lines")
                + " of this run (Esc closes, arrows scroll)");
        int inner = h - 3;
        String file = log.fileError() != null ? log.fileError()
                : log.file() == null ? "not kept in a file" : "all lines also in " + log.file();
        screen.text(2, h - 2, file, w - 4, log.fileError() != null ? t.error() : t.dim(), false);
        if (lines.isEmpty()) {
            screen.text(2, 1, "no signals, renice or limit changes yet", w - 4, t.dim(), false);
            return;
        }
        back = Math.max(0, Math.min(back, lines.size() - inner));
        int first = Math.max(0, lines.size() - inner - back);
        for (int i = 0; i < inner && first + i < lines.size(); i++) {
            screen.text(2, 1 + i, ProcessControl.plain(s, lines.get(first + i)), w - 4, t.normal(), false);
        }
    }
}
