package dev.vigil.ui;

import dev.vigil.action.Actions;
import dev.vigil.action.EscalationChain;
import dev.vigil.action.Choice;
import dev.vigil.action.NiceChange;
import dev.vigil.action.Result;
import dev.vigil.action.Targets;
import dev.vigil.app.DetailFeed;
import dev.vigil.app.EscalationWatch;
import dev.vigil.sample.Snapshot;
import dev.vigil.ui.keys.ActionKeys;
import dev.vigil.ui.keys.KeyTable;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.overlays.ActionLogOverlay;
import dev.vigil.ui.overlays.ConfirmOverlay;
import dev.vigil.ui.overlays.NicePrompt;
import dev.vigil.ui.overlays.SignalOverlay;
import dev.vigil.ui.overlays.SignalWarnings;

import java.util.List;
import java.util.Optional;

/**
 * Signals and renice in the monitor: the keys of {@link ActionKeys} call in here, and everything
 * goes down through one {@link Actions}. Results are shown in words in the status line; a
 * waiting escalation is kept moving by {@link EscalationWatch}.
 */
public final class ProcessControl {
    /** Makes the Actions once the config is known (tests pass a fake kernel). */
    interface Factory {
        Actions create(boolean readOnly, EscalationChain chain);
    }

    private final Factory factory;
    private DetailFeed detail; // the detail view's reader and its time-in-D tracker, shared
    private volatile Actions actions;
    private volatile EscalationWatch escalation;
    private volatile boolean watchTags;
    private boolean warmed; // UI thread
    private final LimitControl limits = new LimitControl(this);
    private final ResultLine results = new ResultLine();

    private ProcessControl(Factory factory) {
        this.factory = factory;
    }

    /** Binds the keys of signals and renice into the table (the real kernel). */
    static ProcessControl addTo(KeyTable keys) {
        return addTo(keys, Actions::create);
    }

    static ProcessControl addTo(KeyTable keys, Factory factory) {
        ProcessControl pc = new ProcessControl(factory);
        ActionKeys.bind(keys, pc);
        return pc;
    }

    /**
     * Connects to the session once it is built: reads the grace period from the config, makes
     * the Actions, and listens to snapshots (escalation ticks, time in state D, tags of exited
     * processes). The native library is not loaded here: it costs ~0.2 s of CPU and ~5 MB of
     * memory, which a monitor that never signals should not pay. {@link #warm} loads it in the
     * background at the first action key, well before a menu choice is made.
     */
    void attach(Session s, DetailFeed detail) {
        this.detail = detail;
        Actions a = factory.create(s.options().readonly(), EscalationSettings.chain(s));
        actions = a;
        escalation = new EscalationWatch(a, lines -> s.controls().post(() -> {
            for (String l : lines) s.status(plain(s, l));
            a.escalationStatus().ifPresent(c -> s.status(plain(s, c)));
        }));
        s.app().listeners().add(snap -> onSnapshot(s, snap));
    }

    /** Loads the native library in the background, once, at the first action key (UI thread). */
    void warm() {
        if (warmed) return;
        warmed = true;
        actions.warmUpInBackground();
    }

    Actions actions() {
        return actions;
    }

    /** Sampler thread: escalation tick, and tag pruning handed to the UI thread. */
    private void onSnapshot(Session s, Snapshot snap) {
        escalation.onSnapshot(snap);
        // A failure while logging escalation steps (no result line of its own) is said here.
        if (results.unsaid(actions.log())) s.controls().post(() -> {
            String e = results.newLogError(actions.log());
            if (e != null) s.error("action log: " + e);
        });
        if (watchTags) s.controls().post(() -> {
            Tagging.prune(s, snap);
            tagsChanged(s);
        });
    }

    /** Call after tags changed (UI thread), so that tags of exited processes get dropped. */
    public void tagsChanged(Session s) {
        watchTags = !s.view().tagged().isEmpty();
        if (watchTags) warm();
    }

    /** In read-only mode: says so and returns true. */
    boolean refused(Session s) {
        if (!s.app().source().live()) {
            s.error("replay: the past cannot be signalled or reniced (these processes are a recording)");
            return true;
        }
        Optional<String> no = actions.refusal();
        no.ifPresent(line -> s.error(plain(s, line)));
        if (no.isEmpty()) warm();
        return no.isPresent();
    }

    /**
     * The targets of an action, captured now; null (and the reason in the status line) in
     * read-only mode or when no process is selected. verb names the action: "signal", "renice".
     */
    private Targets targets(Session s, String verb) {
        if (refused(s)) return null;
        Targets t = Tagging.capture(s);
        if (!t.isEmpty()) return t;
        s.status("no process selected: nothing to " + verb);
        return null;
    }

    public Reaction openSignalMenu(Session s) {
        Targets t = targets(s, "signal");
        if (t == null) return Reaction.REDRAW;
        SignalWarnings w = SignalWarnings.read(t, detail.reader(), detail::inD);
        s.overlays().open(new SignalOverlay(this, t, actions.signalMenu(), w, Tagging.leftOut(s)));
        return Reaction.REDRAW;
    }

    /** Enter in the menu: asks y/n where the rules say so, else sends at once. */
    public void choose(Session s, Targets t, Choice c) {
        List<String> why = actions.confirmReasons(t, c);
        if (why.isEmpty()) {
            send(s, t, c);
        } else {
            List<String> who = t.list().stream().map(x -> x.pid() + " " + x.name()).toList();
            s.overlays().open(new ConfirmOverlay(actions.confirmPrompt(t, c, why), who, () -> send(s, t, c)));
        }
    }

    void send(Session s, Targets t, Choice c) {
        show(s, actions.send(t, c));
        escalation.started();
        s.app().sampler().requestSample();
    }

    /** F7/F8: a step of nice on the tagged or selected processes, now. */
    public Reaction renice(Session s, NiceChange change) {
        Targets t = targets(s, "renice");
        if (t != null) renice(s, t, change);
        return Reaction.REDRAW;
    }

    public void renice(Session s, Targets t, NiceChange change) {
        show(s, actions.renice(t, change));
        s.app().sampler().requestSample();
    }

    /** =: the prompt for an exact nice value. */
    public Reaction openNicePrompt(Session s) {
        Targets t = targets(s, "renice");
        if (t == null) return Reaction.REDRAW;
        s.overlays().open(new NicePrompt(this, t, NicePrompt.currentNice(s, t)));
        return Reaction.REDRAW;
    }

    /** The detail view's reader, shared with the limits (null before {@link #attach}). */
    DetailFeed detailFeed() {
        return detail;
    }

    /** Resource limits from the detail view, through the same Actions. */
    public LimitControl limits() {
        return limits;
    }

    public Reaction openLog(Session s) {
        s.overlays().open(new ActionLogOverlay(actions.log()));
        return Reaction.REDRAW;
    }

    /** Esc with nothing open: cancels a waiting escalation, else clears the status line. */
    public Reaction escape(Session s) {
        Optional<String> line = actions.cancelEscalation();
        if (line.isPresent()) s.status(plain(s, line.get()));
        else s.statusLine().clear();
        return Reaction.REDRAW;
    }

    /** One batch, one line in the status line (see {@link ResultLine}). */
    void show(Session s, Result r) {
        results.show(s, r, actions.log());
    }

    /** The action package's dash and ellipsis as ASCII on an ASCII screen (else they show as \xNN). */
    public static String plain(Session s, String line) {
        return s.glyphs().unicode() ? line : line.replace("\u2014", "-").replace("\u2026", "...");
    }
}
