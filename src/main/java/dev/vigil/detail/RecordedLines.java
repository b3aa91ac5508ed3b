package dev.vigil.detail;

import dev.vigil.model.Units;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Text;

import java.time.ZoneId;
import java.util.List;

/**
 * The detail view of a process in a recorded sample (replay, or the live view rewound): only
 * what was recorded, as it was then, and "not recorded" for the rest. Nothing is read from the
 * live process: its PID may belong to another one now. The sparklines are the recorded
 * samples' CPU % and RSS up to that sample.
 */
public final class RecordedLines {
    public static final String NOT_RECORDED = "not recorded";

    private RecordedLines() {
    }

    /**
     * @param p        the process as recorded
     * @param atMillis when the sample was taken
     * @param nowMillis now (to say how long ago)
     * @param history  its recorded CPU % and RSS up to the sample, or null
     * @param parent   its parent's name in the same sample, or null
     */
    public static List<Line> render(ProcessSample p, long atMillis, long nowMillis, History.Series history, String parent,
                                    int width, boolean unicode, ZoneId zone) {
        DetailLines.Out o = new DetailLines.Out(width);
        o.header("Recorded sample");
        o.field("Taken", DetailLines.when(atMillis, zone) + " (" + Units.formatDuration(Math.max(0, nowMillis - atMillis))
                + " ago); shown as recorded, never read from the live process");
        o.header("Identity");
        o.field("PID", p.pid() + (p.isThread() ? " (a thread of PID " + p.tgid() + ")" : ""));
        o.field("Name", Text.escape(p.name()));
        o.field("Command", Text.escape(p.command()));
        o.field("User", Text.escape(p.user()) + " (uid " + p.uid() + (p.realUid() != p.uid() ? ", real uid " + p.realUid() : "")
                + ")");
        long age = Math.max(0, atMillis - p.startTimeMillis());
        o.field("Started", DetailLines.when(p.startTimeMillis(), zone) + " (" + Units.formatDuration(age)
                + " before the sample)");
        o.field("Parent", p.ppid() + (parent == null ? "" : " (" + Text.escape(parent) + ")"));
        if (p.kernelThread()) o.field("Kind", "kernel thread");
        for (String f : new String[]{"Exe", "Cwd", "Group", "Session"}) o.field(f, NOT_RECORDED);
        o.header("State");
        o.field("State", p.state() + "  " + DetailLines.stateMeaning(p.state()));
        o.field("Nice", p.nice() + ", priority " + p.priority());
        o.field("Switches", NOT_RECORDED);
        o.header("CPU and memory");
        o.field("CPU", String.format(java.util.Locale.ROOT, "%.1f%%", p.cpuPercent()) + ", CPU time "
                + Units.formatDuration(Math.round(p.cpuTimeSeconds() * 1000)));
        o.field("Threads", Integer.toString(p.threads()));
        o.field("Memory", "RSS " + DetailLines.bytes(p.rssBytes()) + ", virtual " + DetailLines.bytes(p.vszBytes())
                + String.format(java.util.Locale.ROOT, ", %.1f%% of memory", p.memPercent()));
        o.header("I/O");
        o.field("Rates", p.hasIo() ? "read " + Units.formatBytes(Math.round(p.ioReadBytesPerSec())) + "/s, write "
                + Units.formatBytes(Math.round(p.ioWriteBytesPerSec())) + "/s" : NOT_RECORDED);
        for (String[] s : new String[][]{{"Files", "Open files"}, {"Files", "Sockets"}, {"Limits", "Limits"},
                {"Containers", "Cgroup"}, {"Containers", "Namespaces"}, {"Signals", "Signals"},
                {"Environment", "Environment"}}) {
            if (!o.section.equals(s[0])) o.header(s[0]);
            o.field(s[1], NOT_RECORDED);
        }
        if (history == null || history.size() == 0) {
            o.header("History");
            o.field("History", NOT_RECORDED);
        } else {
            DetailSections.history(o, history, width, unicode);
        }
        return o.lines;
    }
}
