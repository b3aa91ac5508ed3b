package dev.vigil.ui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.vigil.app.App;
import dev.vigil.app.SamplerThread;
import dev.vigil.app.Settings;
import dev.vigil.model.Config;
import dev.vigil.model.ConfigFile;
import dev.vigil.model.Row;
import dev.vigil.model.RowBuilder;
import dev.vigil.model.Rows;
import dev.vigil.model.Selection;
import dev.vigil.model.Selections;
import dev.vigil.model.SortColumn;
import dev.vigil.model.ViewState;
import dev.vigil.sample.Identity;
import dev.vigil.sample.Snapshot;
import dev.vigil.ui.keys.Binding;
import dev.vigil.ui.keys.Key;
import dev.vigil.ui.keys.KeyTable;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.overlays.Overlay;
import dev.vigil.ui.views.Glyphs;
import dev.vigil.ui.views.Pane;
import dev.vigil.ui.views.RowStyler;
import dev.vigil.ui.views.Theme;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the screen of one run knows, owned by the UI thread: the latest snapshot, the view the
 * user chose, the rows built from both, overlays and panes, and the status line. The run itself
 * (the source, the sampler thread and its delay, the listeners, the settings) is the
 * {@link App} underneath. Key actions receive the session and change it; the painter reads it.
 */
public final class Session {
    private final KeyTable keys;
    private final MonitorOptions options;
    private final Glyphs glyphs;
    private final boolean colorAllowed;
    private final App app;
    private final Settings settings;
    private Controls controls = Controls.NONE;

    private final ViewState view = new ViewState();
    private final RowBuilder builder = new RowBuilder();
    private Snapshot snapshot;
    private Rows rows = Rows.EMPTY;
    private int scroll;
    private int pageRows = 10;

    private final Deque<Overlay> overlays = new ArrayDeque<>();
    private final List<Pane> panes = new ArrayList<>();
    private final List<RowStyler> rowStylers = new ArrayList<>();
    private final List<java.util.function.Function<Session, String>> headerNotes = new ArrayList<>();
    private final List<java.util.function.BooleanSupplier> ioNeeds = new ArrayList<>();
    private final StatusLine status = new StatusLine();

    public Session(KeyTable keys, MonitorOptions options, Glyphs glyphs, boolean colorAllowed, App app) {
        this.keys = keys;
        this.options = options;
        this.glyphs = glyphs;
        this.colorAllowed = colorAllowed;
        this.app = app;
        this.settings = app.settings();
        Config config = settings.config();
        view.sortBy(config.sort(), config.descending());
        view.setTree(config.tree());
        view.setAllCollapsed(config.collapsed());
        view.setShowThreads(config.threads());
        view.setShowKernelThreads(config.kernelThreads());
    }

    // ---- wiring -----------------------------------------------------------------------------

    public void setControls(Controls c) {
        controls = c;
    }

    public Controls controls() {
        return controls;
    }

    /** The run underneath: source, listeners, alerts, settings. */
    public App app() {
        return app;
    }

    /** The sampler thread's schedule: delay, pause, sample now (thread-safe). */
    public SamplerThread sampler() {
        return app.sampler();
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
        return colorAllowed && settings.config().color() ? Theme.COLOR : Theme.MONO;
    }

    public boolean colorAllowed() {
        return colorAllowed;
    }

    // ---- keys and snapshots -----------------------------------------------------------------

    /** Gives a key to the top overlay, else to the key table. */
    public Reaction handleKey(KeyStroke stroke) {
        Key key = Key.of(stroke);
        Overlay top = overlays.peek();
        if (top != null) {
            Reaction r = top.onKey(key, stroke, this);
            if (r != Reaction.PASS) return r;
        }
        Binding b = keys.find(key);
        if (b == null && stroke.getKeyType() == com.googlecode.lanterna.input.KeyType.Escape) {
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
        snapshot = s;
        update();
        for (Overlay o : List.copyOf(overlays)) o.onSnapshot(this);
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    // ---- rows and selection -----------------------------------------------------------------

    public ViewState view() {
        return view;
    }

    /** Rebuilds rows if the snapshot or the view changed, and re-finds the selection. */
    public Rows update() {
        if (snapshot == null) return rows;
        rows = builder.rows(snapshot.processes(), view);
        view.setSelection(Selections.resolve(rows, view.selection()));
        return rows;
    }

    public Rows rows() {
        return update();
    }

    public int selectedIndex() {
        update();
        return rows.isEmpty() ? -1 : view.selection().index();
    }

    /** The selected row, or null when the table is empty. */
    public Row selectedRow() {
        int i = selectedIndex();
        return i < 0 ? null : rows.get(i);
    }

    public void select(int index) {
        update();
        view.setSelection(Selections.at(rows, index));
    }

    public void move(int delta) {
        update();
        view.setSelection(Selections.move(rows, view.selection(), delta));
    }

    public void select(Identity id) {
        update();
        int i = rows.indexOf(id);
        if (i >= 0) select(i);
    }

    /** Tagged processes that are still shown, else the selected one: what an action applies to. */
    public Set<Identity> targets() {
        update();
        Set<Identity> t = new LinkedHashSet<>();
        for (Identity id : view.tagged()) if (rows.indexOf(id) >= 0) t.add(id);
        if (t.isEmpty()) {
            Row r = selectedRow();
            if (r != null) t.add(r.identity());
        }
        return t;
    }

    /** First visible row index; kept so that the selection stays on screen. */
    public int scroll() {
        return scroll;
    }

    /** Table body rows in the last frame (for PgUp/PgDn). */
    public int pageRows() {
        return pageRows;
    }

    /** Called by the painter: clamps the scroll so the selection is visible in rowsShown rows. */
    public int scrollFor(int rowsShown) {
        pageRows = Math.max(1, rowsShown);
        int sel = Math.max(0, selectedIndex());
        if (sel < scroll) scroll = sel;
        if (sel >= scroll + pageRows) scroll = sel - pageRows + 1;
        scroll = Math.max(0, Math.min(scroll, Math.max(0, rows.size() - pageRows)));
        return scroll;
    }

    // ---- columns, delay and saved settings (see Settings) --------------------------------

    public List<SortColumn> columns() {
        return settings.config().columns();
    }

    /** The refresh delay (the app's schedule owns it). */
    public long delayMillis() {
        return app.sampler().delayMillis();
    }

    public void setDelayMillis(long ms) {
        app.sampler().setDelayMillis(ms);
    }

    public Config config() {
        return settings.config();
    }

    /**
     * Changes the persisted settings (by a user action) and writes the file. CLI-only choices
     * (-p, -u, --filter…) are never persisted: only what goes through here is.
     */
    public void persist(UnaryOperator<Config> change) {
        settings.change(change);
        save();
    }

    /** Writes the config now, collapsed nodes pruned to live processes. False if not written. */
    public boolean save() {
        boolean ok = settings.save(snapshot);
        if (settings.saveError() != null) error(settings.saveError());
        return ok;
    }

    /** Why the last save failed, or null. */
    public String saveError() {
        return settings.saveError();
    }

    public ConfigFile configFile() {
        return settings.file();
    }

    // ---- overlays, panes, status ------------------------------------------------------------

    public void open(Overlay o) {
        overlays.push(o);
    }

    /** Closes this overlay (and any opened above it). */
    public void close(Overlay o) {
        if (!overlays.contains(o)) return;
        while (!overlays.isEmpty()) {
            if (overlays.pop() == o) break;
        }
    }

    public Overlay overlay() {
        return overlays.peek();
    }

    /** Open overlays, bottom first. */
    public List<Overlay> overlays() {
        List<Overlay> l = new ArrayList<>(overlays);
        Collections.reverse(l);
        return l;
    }

    public void addPane(Pane p) {
        panes.add(p);
    }

    public List<Pane> panes() {
        return Collections.unmodifiableList(panes);
    }

    public void addRowStyler(RowStyler r) {
        rowStylers.add(r);
    }

    public List<RowStyler> rowStylers() {
        return Collections.unmodifiableList(rowStylers);
    }

    /** A short text for the header (e.g. alert counts); the function returns null or "" for none. */
    public void addHeaderNote(java.util.function.Function<Session, String> note) {
        headerNotes.add(note);
    }

    /** Something besides the filter that needs per-process I/O rates (e.g. an io alert rule). */
    public void addIoNeed(java.util.function.BooleanSupplier need) {
        ioNeeds.add(need);
    }

    /**
     * Whether the sampler should read /proc/PID/io: only while the filter or a registered need
     * uses the I/O rates. No column shows them, and reading io costs about as much as stat.
     */
    public boolean wantsIo() {
        if (view.filter().usesIo()) return true;
        for (var n : ioNeeds) if (n.getAsBoolean()) return true;
        return false;
    }

    /** The current non-empty header notes. */
    public List<String> headerNotes() {
        List<String> out = new ArrayList<>();
        for (var f : headerNotes) {
            String n = f.apply(this);
            if (n != null && !n.isEmpty()) out.add(n);
        }
        return out;
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
