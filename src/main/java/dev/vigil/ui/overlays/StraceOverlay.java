package dev.vigil.ui.overlays;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.vigil.action.Strace;
import dev.vigil.action.Target;
import dev.vigil.action.Trace;
import dev.vigil.model.Row;
import dev.vigil.sample.ProcessSample;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.keys.TimeKeys;
import dev.vigil.ui.views.Canvas;
import dev.vigil.ui.views.Layout;
import dev.vigil.ui.views.Theme;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * s: strace attached to the selected process (htop's s, htop's flags), its output live, newest
 * at the bottom. The strace is found in the run's PATH and started by {@link Strace} after the
 * identity check; its reader thread hands batches to the UI thread through the controls' post.
 * Arrows, pages, Home and End scroll (scrolled up, the view stays put; End follows again);
 * Esc or q closes the view and ends the strace. A strace that ends before it traced anything
 * (the attach refused) closes the view and leaves its own error line in the status line.
 */
public final class StraceOverlay implements Overlay {
    /** Lines kept for scrolling back. */
    static final int KEEP = 5_000;
    static final String NOT_INSTALLED = "strace is not installed (not found in PATH): install it to trace system calls with s";

    private final Target target;
    private final ArrayDeque<String> lines = new ArrayDeque<>();
    private volatile Trace trace;
    private String partial = "";
    private String lastOwn;       // strace's own last message ("strace: ...")
    private boolean traced;       // a line that is not strace's own came
    private Integer exit;
    private int back;             // lines scrolled up from the newest
    private boolean closed;

    private StraceOverlay(Target target) {
        this.target = target;
    }

    /** Opens on the selected row (UI thread). */
    public static Reaction open(Session s) {
        if (TimeKeys.pastRefused(s, "strace traces live processes: a recorded sample cannot be traced")) return Reaction.REDRAW;
        Row r = s.cursor().selectedRow();
        if (r == null) {
            s.status("no process selected");
            return Reaction.REDRAW;
        }
        Path exe = Strace.find(s.app().env().get("PATH"));
        if (exe == null) {
            s.error(NOT_INSTALLED);
            return Reaction.REDRAW;
        }
        ProcessSample p = r.process();
        StraceOverlay o = new StraceOverlay(new Target(r.identity(), p.uid(), p.user(), p.name()));
        Strace.Start st = Strace.start(exe, o.target, () -> s.controls().post(() -> o.pull(s)));
        if (st.trace() == null) {
            s.error(st.refusal());
            return Reaction.REDRAW;
        }
        o.trace = st.trace();
        s.overlays().open(o);
        o.pull(s); // what came before the trace was set here
        return Reaction.REDRAW;
    }

    /** The running (or ended) strace. */
    public Trace trace() {
        return trace;
    }

    /** Takes what the reader has gathered (UI thread). */
    void pull(Session s) {
        Trace t = trace;
        if (t == null || exit != null || closed) return;
        Trace.Batch b = t.take();
        if (b.dropped() > 0) add("... " + b.dropped() + " lines came too fast to keep ...");
        for (String l : b.lines()) add(l);
        partial = b.partial();
        if (b.exitStatus() != null) ended(s, b.exitStatus());
    }

    private void add(String line) {
        if (line.startsWith("strace: ")) lastOwn = line;
        else traced = true;
        lines.addLast(line);
        if (lines.size() > KEEP) lines.removeFirst();
        if (back > 0) back++;
    }

    private void ended(Session s, int status) {
        exit = status;
        if (status != 0 && !traced) {
            s.overlays().close(this);
            s.error(lastOwn != null ? "strace could not trace " + target.label() + ": " + lastOwn
                    : "strace could not trace " + target.label() + " (exit status " + status + ")");
            return;
        }
        add("--- strace ended (exit status " + status + ") ---");
        s.status("strace of " + target.label() + " ended");
    }

    @Override
    public Reaction onKey(Key key, KeyStroke stroke, Session s) {
        int page = Math.max(1, s.cursor().pageRows() - 2);
        KeyType t = stroke.getKeyType();
        boolean ctrlC = t == KeyType.Character && stroke.isCtrlDown() && Character.toLowerCase(stroke.getCharacter()) == 'c';
        if (t == KeyType.ArrowUp) back++;
        else if (t == KeyType.ArrowDown) back = Math.max(0, back - 1);
        else if (t == KeyType.PageUp) back += page;
        else if (t == KeyType.PageDown) back = Math.max(0, back - page);
        else if (t == KeyType.Home) back = Integer.MAX_VALUE / 2;
        else if (t == KeyType.End) back = 0;
        else if (t == KeyType.Escape || ctrlC || (t == KeyType.Character && !stroke.isCtrlDown()
                && (stroke.getCharacter() == 'q' || stroke.getCharacter() == 's'))) {
            close(s);
            return ctrlC ? Reaction.PASS : Reaction.REDRAW; // Ctrl-C still quits
        } else {
            s.status("strace runs: Esc or q ends it");
        }
        return Reaction.REDRAW;
    }

    /** Closes the view and ends the strace. */
    private void close(Session s) {
        closed = true;
        s.overlays().close(this);
        Trace t = trace;
        if (t != null) t.stop();
    }

    /** The lines shown, oldest first: those kept, then the unfinished one. */
    List<String> shown() {
        List<String> out = new ArrayList<>(lines);
        if (!partial.isEmpty()) out.add(partial);
        return out;
    }

    @Override
    public void draw(Canvas screen, Layout layout, Session s) {
        Theme th = screen.theme();
        int w = screen.width();
        int h = Math.max(3, layout.statusRow() > 0 ? layout.statusRow() : screen.height());
        String state = exit != null ? "ended" : back > 0 ? "scrolled: End follows" : "Esc or q ends it";
        String title = "strace " + String.join(" ", Strace.FLAGS) + " -p " + target.pid() + " (" + target.name() + "): " + state;
        screen.box(0, 0, w, h, Canvas.fit(Canvas.clean(title, !screen.glyphs().unicode()), w - 4));
        List<String> all = shown();
        int inner = h - 2;
        if (all.isEmpty()) {
            screen.text(2, 1, "attaching to PID " + target.pid() + "...", w - 4, th.dim(), false);
            return;
        }
        back = Math.max(0, Math.min(back, all.size() - inner));
        int end = all.size() - back;
        int from = Math.max(0, end - inner);
        for (int i = from; i < end; i++) {
            String l = all.get(i);
            screen.text(2, 1 + i - from, l, w - 4, l.startsWith("strace: ") || l.startsWith("--- strace") ? th.dim() : th.normal(), false);
        }
    }
}
