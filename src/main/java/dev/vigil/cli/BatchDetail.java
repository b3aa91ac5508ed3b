package dev.vigil.cli;

import dev.vigil.detail.DStateTracker;
import dev.vigil.detail.DetailJson;
import dev.vigil.detail.DetailLines;
import dev.vigil.detail.DetailReader;
import dev.vigil.detail.DetailResult;
import dev.vigil.detail.Line;
import dev.vigil.detail.ProcessDetail;
import dev.vigil.detail.Warnings;
import dev.vigil.json.Json;
import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.Text;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code --detail} in batch mode, read from /proc when a snapshot is written. JSON: the
 * {@code "detail"} object of each printed process ({@link DetailJson}; shapes in
 * docs/detail.md), {@code "detail": null} for one that exited (or whose PID now belongs to
 * another process) since the sample. Text: the detail view's lines under the table, one block
 * per process. Time in state D is tracked across the snapshots of the run, so with {@code -n}
 * above 1 a long D wait earns its warning; the previous read gives the I/O rates.
 */
final class BatchDetail {
    private final DetailReader reader;
    private final DStateTracker dState = new DStateTracker();
    private Map<Identity, ProcessDetail> previous = new HashMap<>();
    private Map<Identity, ProcessDetail> current = new HashMap<>();

    BatchDetail(DetailReader reader) {
        this.reader = reader;
    }

    /** Called once per snapshot, before its processes are written. */
    void update(Snapshot s) {
        dState.update(s);
        previous = current;
        current = new HashMap<>();
    }

    private ProcessDetail read(Identity id) {
        DetailResult r = reader.read(id);
        if (!(r instanceof DetailResult.Found f)) return null;
        current.put(id, f.detail());
        return f.detail();
    }

    /** Text: a blank line, "Detail of PID N (name)", then the view's lines indented (no history). */
    void text(ProcessSample p, boolean unicode, StringBuilder out) {
        Identity id = p.identity();
        out.append("\nDetail of PID ").append(p.pid()).append(" (").append(Text.escape(p.name())).append(")\n");
        ProcessDetail d = read(id);
        if (d == null) {
            out.append("  process exited\n");
            return;
        }
        for (Line l : DetailLines.render(d, previous.get(id), Warnings.of(d, dState.inD(id)), null, 0, unicode)) {
            if (l.section().equals("History")) continue;
            out.append(l.kind() == Line.Kind.HEADER ? "" : "  ").append(l.text()).append('\n');
        }
    }

    /** Writes {@code "detail": {...}} (or null) into the process object that is open. */
    void write(Json j, ProcessSample p) {
        Identity id = p.identity();
        ProcessDetail d = read(id);
        if (d != null) {
            DetailJson.writeField(j, d, Warnings.of(d, dState.inD(id)));
        } else {
            j.name("detail").nullValue();
        }
    }
}
