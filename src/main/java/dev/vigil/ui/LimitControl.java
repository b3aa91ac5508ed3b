package dev.vigil.ui;

import dev.vigil.action.Actions;
import dev.vigil.action.LimitChange;
import dev.vigil.action.Rlimit;
import dev.vigil.action.Target;
import dev.vigil.detail.Limit;
import dev.vigil.sample.Identity;
import dev.vigil.ui.keys.Reaction;
import dev.vigil.ui.overlays.ConfirmOverlay;
import dev.vigil.ui.overlays.DetailView;
import dev.vigil.ui.overlays.LimitPrompt;

import java.util.Optional;

/**
 * Resource limits from the detail view: {@code l} (or Enter in the detail view) chooses a limit
 * in its Limits section, Enter opens {@link LimitPrompt}, and the change goes down through the
 * same {@link Actions} as signals: refused read-only, the identity checked, the result in the
 * status line and the action log, a y/n first when it lowers a limit under current use.
 */
public final class LimitControl {
    private final ProcessControl control;

    LimitControl(ProcessControl control) {
        this.control = control;
    }

    /** l: the detail view of the selected process (or the one open) with a limit chosen. */
    public Reaction open(Session s) {
        if (control.refused(s)) return Reaction.REDRAW;
        if (s.overlays().top() instanceof DetailView v) {
            v.chooseLimit(this);
            return Reaction.REDRAW;
        }
        Reaction r = DetailView.open(s, control.detailFeed(), false);
        if (s.overlays().top() instanceof DetailView v) v.chooseLimit(this);
        return r;
    }

    /** Enter on a limit: the prompt, prefilled with the values the view shows. */
    public void edit(Session s, Identity id, String name, Limit limit) {
        Rlimit r = Rlimit.byProcName(limit.name());
        if (r == null) {
            s.error("'" + limit.name() + "' is not a limit vigil knows how to set");
            return;
        }
        if (control.refused(s)) return;
        Target t = new Target(id, -1, "?", name);
        s.overlays().open(new LimitPrompt(this, t, r, limit.soft(), limit.hard()));
    }

    /** The prompt accepted a change: asks y/n when it lowers the soft limit under use, else sets it. */
    public void apply(Session s, Target t, LimitChange change, long currentSoft) {
        Actions a = control.actions();
        Optional<String> q = a.limitQuestion(t, change, currentSoft);
        if (q.isPresent()) s.overlays().open(new ConfirmOverlay(ProcessControl.plain(s, q.get()), () -> set(s, t, change)));
        else set(s, t, change);
    }

    private void set(Session s, Target t, LimitChange change) {
        control.show(s, control.actions().setLimit(t, change));
        s.app().sampler().requestSample();
    }
}
