package dev.vigil.ui;

import dev.vigil.app.SamplerThread;
import dev.vigil.model.ColumnNeeds;
import dev.vigil.ui.views.Pane;
import dev.vigil.ui.views.RowStyler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * What features add to the screen when they are wired in (see {@link Setup}): panes, row
 * stylers, header notes, and needs for per-process I/O rates. Registered once, read per frame.
 */
public final class Hooks {
    private final Session session;
    private final List<Pane> panes = new ArrayList<>();
    private final List<RowStyler> rowStylers = new ArrayList<>();
    private final List<Function<Session, String>> headerNotes = new ArrayList<>();
    private final List<BooleanSupplier> ioNeeds = new ArrayList<>();

    Hooks(Session session) {
        this.session = session;
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
    public void addHeaderNote(Function<Session, String> note) {
        headerNotes.add(note);
    }

    /** The current non-empty header notes. */
    public List<String> headerNotes() {
        List<String> out = new ArrayList<>();
        for (var f : headerNotes) {
            String n = f.apply(session);
            if (n != null && !n.isEmpty()) out.add(n);
        }
        return out;
    }

    /** Something besides the filter that needs per-process I/O rates (e.g. an io alert rule). */
    public void addIoNeed(BooleanSupplier need) {
        ioNeeds.add(need);
    }

    /**
     * Whether the sampler should read /proc/PID/io: only while a shown column (DISK READ, DISK
     * WRITE), the sort, the filter or a registered need uses the I/O rates; reading io costs about
     * as much as stat.
     */
    public boolean wantsIo() {
        if (needs().io()) return true;
        for (var n : ioNeeds) if (n.getAsBoolean()) return true;
        return false;
    }

    /** What the table's columns, sort and filter need read (cgroup, oom_score only while used). */
    public ColumnNeeds needs() {
        return ColumnNeeds.of(session.prefs().columns(), session.view().sort(), session.view().filter());
    }

    /** Tells the sampler what to read for the screen as it is now; cheap, called after each batch of events. */
    public void applyNeeds(SamplerThread sampler) {
        sampler.setIncludeIo(wantsIo());
        sampler.setOptionalReads(needs().reads());
    }
}
