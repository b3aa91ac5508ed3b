package dev.vigil.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.vigil.app.App;
import dev.vigil.model.Config;
import dev.vigil.model.RowBuilder;
import dev.vigil.model.Rows;
import dev.vigil.model.Selections;
import dev.vigil.model.ViewState;
import dev.vigil.sample.Snapshot;
import dev.vigil.ui.keys.Binding;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.KeyTable;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.overlays.Overlay;
import dev.vigil.ui.views.Glyphs;
import dev.vigil.ui.views.Theme;

import java.util.List;

/**
 * What the screen of one run knows, owned by the UI thread: the latest snapshot, the view the
 * user chose and the rows built from both, the {@link Cursor}, the {@link Overlays}, the
 * {@link Hooks} features added, and the status line. The run itself (source, sampler thread,
 * listeners, settings) is the {@link App} underneath; the saved settings are reached through
 * {@link Prefs}. Key actions receive the session and change it; the painter reads it.
 */
public final class Session {
    private final KeyTable keys;
    private final MonitorOptions options;
    private final Glyphs glyphs;
    private final boolean colorAllowed;
    private final App app;
    private Controls controls = Controls.NONE;

    private final ViewState view = new ViewState();
    private final RowBuilder builder = new RowBuilder();
    private Snapshot snapshot;
    private Rows rows = Rows.EMPTY;

    private final Cursor cursor = new Cursor(this);
    private final Overlays overlays = new Overlays();
    private final Hooks hooks = new Hooks(this);
    private final Prefs prefs;
    private final StatusLine status = new StatusLine();
    private final MouseControl mouse = new MouseControl();
    private final Follow follow = new Follow();
    private Key lastKey;
    private int keyCount;

    public Session(KeyTable keys, MonitorOptions options, Glyphs glyphs, boolean colorAllowed, App app) {
        this.keys = keys;
        this.options = options;
        this.glyphs = glyphs;
        this.colorAllowed = colorAllowed;
        this.app = app;
        this.prefs = new Prefs(this, app.settings());
        Config config = prefs.config();
        view.sortBy(config.sort(), config.descending());
        view.setTree(config.tree());
        view.setAllCollapsed(config.collapsed());
        view.setShowThreads(config.threads());
        view.setShowKernelThreads(config.kernelThreads());
    }

    public void setControls(Controls c) {
        controls = c;
    }

    /** What the event loop around the screen offers: post, suspend, bell. */
    public Controls controls() {
        return controls;
    }

    /** The run underneath: source, sampler thread, listeners, alerts, settings. */
    public App app() {
        return app;
    }

    public KeyTable keys() {
        return keys;
    }

    public MonitorOptions options() {
        return options;
    }

    public Glyphs glyphs() {
        return glyphs;
    }

    /** Color unless the terminal, the command line, NO_COLOR or the config said otherwise. */
    public Theme theme() {
        return colorAllowed && prefs.config().color() ? Theme.COLOR : Theme.MONO;
    }

    public boolean colorAllowed() {
        return colorAllowed;
    }

    public Cursor cursor() {
        return cursor;
    }

    public Overlays overlays() {
        return overlays;
    }

    public Hooks hooks() {
        return hooks;
    }

    public Prefs prefs() {
        return prefs;
    }

    /** The key being handled (for bindings of several keys, such as the PID digits). */
    public Key lastKey() {
        return lastKey;
    }

    /** Keys handled so far: consecutive keys have consecutive counts. */
    public int keyCount() {
        return keyCount;
    }

    /** Clicks and the wheel. */
    public MouseControl mouse() {
        return mouse;
    }

    /** F: the process the selection follows. */
    public Follow follow() {
        return follow;
    }

    /** Gives a key to the top overlay, else to the key table; a mouse event to {@link MouseControl}. */
    public Reaction handleKey(KeyStroke stroke) {
        long version = view.version();
        Reaction r = handle(stroke);
        follow.afterKey(this, version);
        return r;
    }

    private Reaction handle(KeyStroke stroke) {
        if (stroke instanceof com.googlecode.lanterna.input.MouseAction m) return mouse.handle(this, m);
        if (stroke.getKeyType() == KeyType.MouseEvent || stroke.getKeyType() == KeyType.Unknown) return Reaction.NONE;
        Key key = Key.of(stroke);
        lastKey = key;
        keyCount++;
        Overlay top = overlays.top();
        if (top != null) {
            Reaction r = top.onKey(key, stroke, this);
            if (r != Reaction.PASS) return r;
        }
        Binding b = keys.find(key);
        if (b == null && stroke.getKeyType() == KeyType.Escape) {
            status.clear();
            return Reaction.REDRAW;
        }
        if (b == null) {
            if (key != null) status("key " + key.name() + " does nothing here; F1 lists the keys");
            return Reaction.REDRAW;
        }
        Reaction r = b.action().run(this);
        return r == Reaction.PASS ? Reaction.REDRAW : r;
    }

    /** Takes a new snapshot (UI thread). */
    public void accept(Snapshot s) {
        accept(s, null, -1);
    }

    /**
     * Takes a new snapshot with its rows built already (elsewhere, for the view's version
     * builtFor); they are used while the view still has that version, else built again here.
     */
    public void accept(Snapshot s, Rows built, long builtFor) {
        if (built != null) builder.offer(s.processes(), builtFor, built);
        snapshot = s;
        rows();
        follow.afterSnapshot(this);
        for (Overlay o : overlays.topFirst()) o.onSnapshot(this);
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public ViewState view() {
        return view;
    }

    /** The rows of the latest snapshot in the current view, with the selection re-found. */
    public Rows rows() {
        if (snapshot == null) return rows;
        rows = builder.rows(snapshot.processes(), view);
        view.setSelection(Selections.resolve(rows, view.selection()));
        return rows;
    }

    /** A message in the status line for a few seconds. */
    public void status(String message) {
        status.set(message, false);
    }

    /** An error in the status line: shown longer, and in the error style. */
    public void error(String message) {
        status.set(message, true);
    }

    public StatusLine statusLine() {
        return status;
    }
}
