package dev.vigil.ui.overlays;

import com.googlecode.lanterna.input.KeyStroke;
import dev.vigil.app.DetailFeed;
import dev.vigil.detail.DetailResult;
import dev.vigil.detail.Limit;
import dev.vigil.detail.Line;
import dev.vigil.detail.ProcessDetail;
import dev.vigil.detail.Warning;
import dev.vigil.detail.Warnings;
import dev.vigil.model.Row;
import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;
import dev.vigil.ui.LimitControl;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.Binding;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.views.Canvas;
import dev.vigil.ui.views.DetailDraw;
import dev.vigil.ui.views.Layout;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * The detail view (Enter): triage detail of one process, by identity (PID + start time), over
 * the whole screen above the status line. Refreshed on each snapshot from {@link DetailFeed}'s
 * read; when the process exits it says so and keeps its last read, never showing another
 * process. Up/Down/PgUp/PgDn/Home/End scroll, Tab/Shift-Tab jump between sections, {@code e}
 * toggles the environment, {@code p} (zombies) selects the parent, {@code l} or Enter chooses a
 * limit to set ({@link LimitControl}), Esc/q/F10 close. Keys of the
 * View, Actions and Other groups pass to the table while the selected row is still this process.
 */
public final class DetailView implements Overlay {
    /** Key groups whose keys would change the table hidden under the view: not passed on. */
    private static final Set<String> TABLE_GROUPS = Set.of("Move", "Find", "Tree", "Sort");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final Key LIMITS_KEY = Key.parse("l");

    private final DetailFeed feed;
    private final Identity id;
    private final String name;
    private ProcessDetail detail;
    private ProcessDetail previous;
    private DetailResult lastTaken;
    private String exited;
    private boolean environment;
    private int top;
    private int page = 10;
    private List<Line> lines;
    private int linesWidth = 76; // of the last draw
    private boolean unicode = true;
    private final LimitCursor limit = new LimitCursor();
    private LimitControl limits; // set when a limit is first chosen

    private DetailView(DetailFeed feed, Identity id, String name) {
        this.feed = feed;
        this.id = id;
        this.name = name;
    }

    /** Opens the view on the selected row (environment first when env is set). */
    public static Reaction open(Session s, DetailFeed feed, boolean env) {
        Row r = s.cursor().selectedRow();
        if (r == null) {
            s.status("no process selected");
            return Reaction.REDRAW;
        }
        DetailView v = new DetailView(feed, r.identity(), r.process().name());
        v.environment = env;
        v.take(feed.reader().read(v.id));
        if (v.exited == null) feed.startReading(v.id);
        s.overlays().open(v);
        return Reaction.REDRAW;
    }

    private void take(DetailResult r) {
        lastTaken = r;
        if (r instanceof DetailResult.Found f) {
            previous = detail;
            detail = f.detail();
        } else if (r instanceof DetailResult.Exited e) {
            exited = e.message() + " (noticed at " + CLOCK.format(Instant.now().atZone(ZoneId.systemDefault())) + ")";
        }
        lines = null;
    }

    @Override
    public void onSnapshot(Session s) {
        if (exited != null) return;
        DetailResult r = feed.latest(id);
        if (r != null && r != lastTaken) take(r); // a new read; the same one twice would zero the I/O rates
        else lines = null; // the history and the D-state duration moved on
    }

    /** l: chooses a limit in the Limits section (open files first) for Enter to edit. */
    public void chooseLimit(LimitControl control) {
        limits = control;
        if (environment) {
            environment = false;
            lines = null;
        }
        if (exited != null || !limit.start(detail)) limit.leave();
    }

    /** Keys while a limit is chosen: Up/Down choose another, Enter edits it, Esc goes back to scrolling. */
    private Reaction limitKey(Key key, KeyStroke stroke, Session s) {
        switch (stroke.getKeyType()) {
            case ArrowUp -> limit.move(detail, -1);
            case ArrowDown -> limit.move(detail, 1);
            case Escape -> limit.leave();
            case Enter -> {
                Limit l = limit.current(detail);
                if (l != null && exited == null) limits.edit(s, id, name, l);
                else if (exited != null) s.error("PID " + id.pid() + " has exited: no limit to set");
            }
            default -> {
                limit.leave();
                return onKey(key, stroke, s);
            }
        }
        return Reaction.REDRAW;
    }

    /** Runs the table's binding of l (refused read-only; chooses a limit here). */
    private Reaction limitsKey(Session s) {
        Binding b = s.keys().find(LIMITS_KEY);
        if (b == null) return Reaction.PASS;
        return b.action().run(s);
    }

    @Override
    public Reaction onKey(Key key, KeyStroke stroke, Session s) {
        if (limit.active() && limits != null) return limitKey(key, stroke, s);
        switch (stroke.getKeyType()) {
            case Enter -> { return limitsKey(s); }
            case Escape, F10 -> { return close(s); }
            case ArrowUp -> top--;
            case ArrowDown -> top++;
            case PageUp -> top -= page;
            case PageDown -> top += page;
            case Home -> top = 0;
            case End -> top = Integer.MAX_VALUE / 2;
            case Tab -> top = DetailDraw.nextHeader(lines(linesWidth, unicode), top, 1);
            case ReverseTab -> top = DetailDraw.nextHeader(lines(linesWidth, unicode), top, -1);
            case Character -> {
                if (stroke.isCtrlDown() || stroke.isAltDown()) return pass(key, s);
                return character(stroke.getCharacter(), key, s);
            }
            default -> { return pass(key, s); }
        }
        return Reaction.REDRAW;
    }

    private Reaction character(char c, Key key, Session s) {
        switch (c) {
            case 'q' -> { return close(s); }
            case 'e' -> {
                environment = !environment;
                top = 0;
                lines = null;
            }
            case 'p' -> { return parent(s); }
            case 'l' -> { return limitsKey(s); }
            case ' ' -> top += page;
            default -> { return pass(key, s); }
        }
        return Reaction.REDRAW;
    }

    private Reaction close(Session s) {
        feed.stopReading(id);
        s.overlays().close(this);
        return Reaction.REDRAW;
    }

    /** Zombies: closes the view and selects the parent that should reap it. */
    private Reaction parent(Session s) {
        Warning z = zombieWarning();
        if (z == null) {
            s.status("p selects the parent of a zombie; PID " + id.pid() + " is not a zombie");
            return Reaction.REDRAW;
        }
        ProcessSample parent = s.rows().process(z.relatedPid());
        if (parent == null) {
            s.status("parent PID " + z.relatedPid() + " is gone");
            return Reaction.REDRAW;
        }
        if (s.rows().indexOf(parent.identity()) < 0) {
            s.status("parent PID " + z.relatedPid() + " (" + parent.name() + ") is hidden by -p, -u or the filter");
            return Reaction.REDRAW;
        }
        close(s);
        s.cursor().select(parent.identity());
        s.status("selected PID " + parent.pid() + " (" + parent.name() + "), the parent that has not reaped "
                + id.pid());
        return Reaction.REDRAW;
    }

    /** View, Actions, Other… keys reach the table while its selection is still this process. */
    private Reaction pass(Key key, Session s) {
        Binding b = s.keys().find(key);
        if (b == null) return Reaction.PASS; // the table says "does nothing here"
        Row sel = s.cursor().selectedRow();
        if (TABLE_GROUPS.contains(b.group()) || sel == null || !sel.identity().equals(id)) {
            s.status(b.label() + " is for the process table: Esc closes the detail view first");
            return Reaction.REDRAW;
        }
        return Reaction.PASS;
    }

    private Warning zombieWarning() {
        if (detail == null) return null;
        for (Warning w : warnings()) if (w.kind() == Warning.Kind.ZOMBIE) return w;
        return null;
    }

    private List<Warning> warnings() {
        return Warnings.of(detail, feed.inD(id));
    }

    /** The lines to show at this width (rendered again after each snapshot or width change). */
    List<Line> lines(int width, boolean unicode) {
        if (lines != null && linesWidth == width) return lines;
        List<Warning> ws = detail == null ? List.of() : warnings();
        lines = DetailDraw.compose(detail, previous, ws, feed.series(id), exited, environment, width, unicode);
        linesWidth = width;
        return lines;
    }

    @Override
    public boolean usesBottomLine() {
        return true;
    }

    @Override
    public void draw(Canvas screen, Layout layout, Session s) {
        String what = environment ? "environment" : "detail";
        String title = "PID " + id.pid() + " " + name + ": " + what;
        unicode = screen.glyphs().unicode();
        List<Line> ls = lines(Math.max(1, screen.width() - 4), unicode);
        int chosen = limit.active() && exited == null ? limit.lineIndex(ls) : -1;
        int[] view = DetailDraw.draw(screen, layout, title, ls, top, zombieWarning() != null && exited == null, chosen);
        top = view[0];
        page = Math.max(1, view[1]);
    }
}
