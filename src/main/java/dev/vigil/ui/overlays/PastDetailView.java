package dev.vigil.ui.overlays;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.vigil.detail.History;
import dev.vigil.detail.Line;
import dev.vigil.detail.RecordedLines;
import dev.vigil.model.Row;
import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.Binding;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.views.Canvas;
import dev.vigil.ui.views.DetailDraw;
import dev.vigil.ui.views.Layout;

import java.time.ZoneId;
import java.util.List;

/**
 * The detail view (Enter) on a recorded sample: in replay, or while the live view is rewound.
 * It shows what was recorded of the process at the sample on screen ({@link RecordedLines}),
 * "not recorded" for the rest, and sparklines from the recorded samples; nothing comes from the
 * live process. The time keys ({@code {} {@code }} {@code b} {@code g}) still move: the view
 * follows the same process (PID + start time) to the sample moved to, and says when it was not
 * there. Back to live closes it. Up/Down/PgUp/PgDn/Home/End scroll, Tab sections, Esc/q close.
 */
public final class PastDetailView implements Overlay {
    private final Identity id;
    private final String name;
    private ProcessSample process; // as recorded at the sample shown; null when it was not there
    private long atMillis;
    private History.Series series;
    private List<Line> lines;
    private int linesWidth;
    private int top;
    private int page = 10;

    private PastDetailView(Identity id, String name) {
        this.id = id;
        this.name = name;
    }

    /** Opens the view on the selected row of the recorded sample shown. */
    public static Reaction open(Session s) {
        Row r = s.cursor().selectedRow();
        if (r == null) {
            s.status("no process selected");
            return Reaction.REDRAW;
        }
        return open(s, r.identity(), r.process().name());
    }

    /** Opens the view on one process (the live detail view hands over when the view is rewound). */
    public static Reaction open(Session s, Identity id, String name) {
        PastDetailView v = new PastDetailView(id, name);
        v.take(s);
        s.overlays().open(v);
        return Reaction.REDRAW;
    }

    private void take(Session s) {
        Snapshot snap = s.snapshot();
        process = null;
        series = null;
        lines = null;
        if (snap == null) return;
        atMillis = snap.timestampMillis();
        for (ProcessSample p : snap.processes()) {
            if (p.pid() == id.pid() && p.startTicks() == id.startTicks()) process = p;
        }
        if (process != null) series = s.app().source().series(id, atMillis, History.DEFAULT_CAPACITY);
    }

    @Override
    public void onSnapshot(Session s) {
        if (s.app().source().live()) { // back to live: this was the past
            s.overlays().close(this);
            return;
        }
        take(s);
    }

    @Override
    public Reaction onKey(Key key, KeyStroke stroke, Session s) {
        KeyType t = stroke.getKeyType();
        switch (t) {
            case Escape, F10 -> {
                s.overlays().close(this);
                return Reaction.REDRAW;
            }
            case ArrowUp -> top--;
            case ArrowDown -> top++;
            case PageUp -> top -= page;
            case PageDown -> top += page;
            case Home -> top = 0;
            case End -> top = Integer.MAX_VALUE / 2;
            case Tab -> top = DetailDraw.nextHeader(lines, top, 1);
            case ReverseTab -> top = DetailDraw.nextHeader(lines, top, -1);
            case Character -> {
                char c = stroke.getCharacter();
                if (c == 'q' && !stroke.isCtrlDown()) {
                    s.overlays().close(this);
                    return Reaction.REDRAW;
                }
                if (c == ' ') {
                    top += page;
                    return Reaction.REDRAW;
                }
                Binding b = s.keys().find(key);
                if (b != null && b.group().equals("Time")) return Reaction.PASS; // move in time, the view follows
                s.status("the detail of a recorded sample: Esc closes it; { } b g move in time");
                return Reaction.REDRAW;
            }
            default -> {
                return Reaction.REDRAW;
            }
        }
        return Reaction.REDRAW;
    }

    private List<Line> lines(Session s, int width, boolean unicode) {
        if (lines != null && linesWidth == width) return lines;
        if (process == null) {
            lines = List.of(new Line(Line.Kind.WARNING, "Warnings", "", "! PID " + id.pid() + " (" + name
                    + ") is not in this sample: it had not started yet, or had exited"));
        } else {
            String parent = null;
            for (ProcessSample p : s.snapshot().processes()) if (p.pid() == process.ppid() && !p.isThread()) parent = p.name();
            lines = RecordedLines.render(process, atMillis, System.currentTimeMillis(), series, parent, width, unicode,
                    ZoneId.systemDefault());
        }
        linesWidth = width;
        return lines;
    }

    @Override
    public boolean usesBottomLine() {
        return true;
    }

    @Override
    public void draw(Canvas screen, Layout layout, Session s) {
        List<Line> ls = lines(s, Math.max(1, screen.width() - 4), screen.glyphs().unicode());
        int[] view = DetailDraw.draw(screen, layout, "PID " + id.pid() + " " + name + ": recorded detail", ls, top, false);
        top = view[0];
        page = Math.max(1, view[1]);
    }
}
