package dev.vigil.ui;

import dev.vigil.action.ProcFacts;
import dev.vigil.model.Row;
import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;

/**
 * F: follow the selected process (htop's F). The selection sticks to it (PID + start time)
 * through every refresh and re-sort, goes back to it when a filter or a collapsed node hid it
 * for a while, and the status line says "[following PID NAME]". Moving the selection yourself
 * (arrows, pages, a click, a PID typed) ends it, as in htop, and so does F again; when the
 * process ends the status line says so and following stops (UI thread).
 */
public final class Follow {
    private Identity id;
    private String name;
    private Identity expected; // where follow left the selection: anything else is the user's move

    public boolean active() {
        return id != null;
    }

    /** "following PID NAME" for the status line's indicators; null when not following. */
    public String indicator() {
        if (id == null) return null;
        String n = name.length() > 16 ? name.substring(0, 15) + "~" : name;
        return "following " + id.pid() + " " + n;
    }

    /** F: starts following the selected row, or stops. */
    public void toggle(Session s) {
        if (id != null) {
            stop(s, "no longer following PID " + id.pid());
            return;
        }
        Row r = s.cursor().selectedRow();
        if (r == null) {
            s.status("no process selected");
            return;
        }
        id = r.identity();
        name = r.process().name();
        expected = id;
        s.status("following PID " + id.pid() + " (" + name + "): arrows or F stop");
    }

    private void stop(Session s, String why) {
        id = null;
        name = null;
        expected = null;
        s.status(why);
    }

    /** After a key (UI thread): a selection moved while the rows stayed as they were ends following. */
    void afterKey(Session s, long versionBefore) {
        if (id == null) return;
        Identity now = s.view().selection().identity();
        if (s.view().version() == versionBefore && now != null && !now.equals(expected)) {
            stop(s, "no longer following PID " + id.pid() + " (the selection moved)");
            return;
        }
        place(s);
    }

    /** After a new snapshot (UI thread): back onto the process, or stop when it ended. */
    void afterSnapshot(Session s) {
        if (id == null || s.snapshot() == null) return;
        place(s);
    }

    private void place(Session s) {
        if (s.rows().indexOf(id) >= 0) {
            s.cursor().select(id);
            expected = id;
            return;
        }
        if (!exists(s)) {
            String n = name;
            int pid = id.pid();
            stop(s, s.app().source().live() ? "PID " + pid + " (" + n + ") ended: no longer following"
                    : "PID " + pid + " (" + n + ") is not in this sample: no longer following");
            return;
        }
        expected = s.view().selection().identity(); // hidden by the view: still followed
    }

    private boolean exists(Session s) {
        for (ProcessSample p : s.snapshot().processes()) if (p.identity().equals(id)) return true;
        if (!s.app().source().live()) return false;
        ProcFacts.Stat st = ProcFacts.stat(id.pid()); // a thread row while H hides threads
        return st != null && st.startTicks() == id.startTicks() && !st.ended();
    }
}
