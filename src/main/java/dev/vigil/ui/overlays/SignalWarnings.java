package dev.vigil.ui.overlays;

import dev.vigil.action.Choice;
import dev.vigil.action.Signal;
import dev.vigil.action.Target;
import dev.vigil.action.Targets;
import dev.vigil.detail.DetailReader;
import dev.vigil.detail.DetailResult;
import dev.vigil.detail.Warning;
import dev.vigil.detail.Warnings;
import dev.vigil.sample.Identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the signal menu says before sending, e.g. "TERM is ignored by this process; KILL or a
 * different signal is needed". The detail of the first {@link #MAX_READ} targets is read once,
 * when the menu opens (a few small /proc files each); the sentences come from
 * {@link Warnings#forSignal} for whichever signal is selected. Immutable after construction.
 */
public final class SignalWarnings {
    /** Targets whose detail is read when the menu opens; the rest are not checked. */
    static final int MAX_READ = 3;

    private record Read(Target target, DetailResult result, Duration inD) {
    }

    private final List<Read> read;
    private final int total;

    private SignalWarnings(List<Read> read, int total) {
        this.read = read;
        this.total = total;
    }

    static final SignalWarnings NONE = new SignalWarnings(List.of(), 0);

    /** Reads the detail of the first targets now; inD tells how long each has been in state D. */
    public static SignalWarnings read(Targets targets, DetailReader reader, Function<Identity, Duration> inD) {
        List<Read> out = new ArrayList<>();
        for (Target t : targets.list()) {
            if (out.size() == MAX_READ) break;
            DetailResult r;
            try {
                r = reader.read(t.id());
            } catch (RuntimeException e) {
                continue; // a warning is a courtesy: never let it stop the menu
            }
            out.add(new Read(t, r, inD.apply(t.id())));
        }
        return new SignalWarnings(out, targets.size());
    }

    /** The sentences for sending this choice (an escalation starts with TERM); empty when none apply. */
    List<String> lines(Choice choice) {
        int sig = choice instanceof Choice.Send s ? s.signal().number() : Signal.TERM.number();
        boolean many = total > 1;
        List<String> out = new ArrayList<>();
        for (Read r : read) {
            String prefix = many ? "PID " + r.target().pid() + ": " : "";
            if (r.result() instanceof DetailResult.Exited e) {
                out.add("PID " + r.target().pid() + ": " + e.message() + "; nothing will be sent to it");
            } else if (r.result() instanceof DetailResult.Found f) {
                for (Warning w : Warnings.forSignal(f.detail(), sig, r.inD())) out.add(prefix + w.text());
            }
        }
        if (total > read.size()) {
            out.add("(warnings: only the first " + read.size() + " of " + total + " processes were checked)");
        }
        return out;
    }
}
