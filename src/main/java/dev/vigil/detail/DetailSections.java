package dev.vigil.detail;

import dev.vigil.detail.DetailLines.Out;
import dev.vigil.model.Units;
import dev.vigil.sample.ProcStat;
import dev.vigil.sample.Text;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The sections of {@link DetailLines}, one method each. */
final class DetailSections {
    private DetailSections() {
    }

    static void identity(Out o, ProcessDetail d, boolean unicode, ZoneId zone) {
        o.header("Identity");
        ProcStatus s = d.status();
        String pid = Integer.toString(d.pid());
        if (s.nsPid().size() > 1) pid += " (PID " + d.nsPid() + " in its namespace)";
        o.field("PID", pid);
        o.field("Command", d.cmdline().text(argv -> argv.isEmpty()
                ? "[" + Text.escape(d.stat().comm()) + "]" : join(argv)));
        o.field("Exe", d.exe().text(Text::escape));
        o.field("Cwd", d.cwd().text(Text::escape));
        o.field("User", ids(d.user(), s.uid().real(), d.effectiveUser(), s.uid().effective()));
        o.field("Group", ids(d.group(), s.gid().real(), d.effectiveGroup(), s.gid().effective()));
        long age = Math.max(0, d.readAtMillis() - d.startTimeMillis());
        o.field("Started", DetailLines.when(d.startTimeMillis(), zone) + " (" + Units.formatDuration(age) + " ago)");
        o.field("Parents", DetailLines.chain(d, unicode));
        String tty = Tty.name(d.stat().ttyNr());
        o.field("Session", "session " + d.stat().session() + ", process group " + d.stat().pgrp()
                + ", tty " + (tty.isEmpty() ? "none" : tty));
    }

    static void state(Out o, ProcessDetail d) {
        o.header("State");
        char st = d.state();
        String text = st + "  " + DetailLines.stateMeaning(st);
        if (st == 't' || d.status().tracerPid() != 0) text += ", traced by PID " + d.status().tracerPid();
        if (d.wchan().ok() && !d.wchan().value().isEmpty()) text += ", in " + d.wchan().value();
        o.field("State", text);
        ProcStatus s = d.status();
        if (s.voluntaryCtxtSwitches() >= 0) {
            o.field("Switches", s.voluntaryCtxtSwitches() + " voluntary, " + s.nonvoluntaryCtxtSwitches() + " involuntary");
        }
    }

    static void cpuAndMemory(Out o, ProcessDetail d) {
        o.header("CPU and memory");
        ProcStat st = d.stat();
        o.field("CPU time", "user " + seconds(st.utimeTicks()) + ", system " + seconds(st.stimeTicks()));
        o.field("Threads", Integer.toString(d.status().threads() >= 0 ? d.status().threads() : st.threads()));
        ProcStatus s = d.status();
        if (s.vmRss() < 0) {
            o.field("Memory", "none (kernel thread or exited)");
            return;
        }
        o.field("Resident", DetailLines.bytes(s.vmRss()) + ": anon " + DetailLines.bytes(s.rssAnon())
                + ", file " + DetailLines.bytes(s.rssFile()) + ", shmem " + DetailLines.bytes(s.rssShmem()));
        o.field("Swap", DetailLines.bytes(s.vmSwap()));
        o.field("Virtual", DetailLines.bytes(s.vmSize()));
        o.field("Peak", "resident " + DetailLines.bytes(s.vmHwm()) + ", virtual " + DetailLines.bytes(s.vmPeak()));
    }

    static void io(Out o, ProcessDetail d, ProcessDetail previous) {
        o.header("I/O");
        if (!d.io().ok()) {
            o.field("I/O", d.io().text(v -> ""));
            return;
        }
        IoCounters io = d.io().value();
        String storage = "read " + DetailLines.bytes(io.readBytes()) + ", written " + DetailLines.bytes(io.writeBytes());
        IoCounters before = previous != null && previous.identity().equals(d.identity()) && previous.io().ok()
                ? previous.io().value() : null;
        long dt = previous == null ? 0 : d.readAtMillis() - previous.readAtMillis();
        if (before != null && dt > 0) {
            storage += " (now " + rate(io.readBytes() - before.readBytes(), dt) + " read, "
                    + rate(io.writeBytes() - before.writeBytes(), dt) + " written)";
        }
        o.field("Storage", storage);
        o.field("All I/O", "read " + DetailLines.bytes(io.rchar()) + " in " + io.syscr() + " calls, written "
                + DetailLines.bytes(io.wchar()) + " in " + io.syscw() + " calls");
        o.field("Cancelled", DetailLines.bytes(io.cancelledWriteBytes()) + " of writes");
    }

    static void files(Out o, ProcessDetail d) {
        o.header("Files");
        if (!d.fdCount().ok()) {
            o.field("Open", d.fdCount().text(v -> ""));
            return;
        }
        long limit = d.fdLimit();
        o.field("Open", d.fdCount().value() + (limit >= 0 ? " of " + limit + " (soft limit)" : ""));
        List<OpenFile> files = d.files().orElse(List.of());
        for (OpenFile f : files) o.field("fd " + f.fd(), Text.escape(f.describe()));
        int more = d.fdCount().value() - files.size();
        if (more > 0) o.field("", more + " more not listed");
    }

    static void limits(Out o, ProcessDetail d) {
        o.header("Limits");
        if (!d.limits().ok()) {
            o.field("Limits", d.limits().text(v -> ""));
            return;
        }
        for (Limit l : d.limits().value()) {
            String name = l.name().startsWith("Max ") ? l.name().substring(4) : l.name();
            o.field(name, "soft " + limit(l.soft(), l.units()) + ", hard " + limit(l.hard(), l.units()));
        }
    }

    static void containers(Out o, ProcessDetail d) {
        o.header("Containers");
        o.field("Cgroup", d.cgroup().text(c -> Text.escape(c.path())));
        o.field("Namespaces", d.namespaces().text(n -> n.isEmpty() ? "same as vigil's"
                : String.join(" ", n) + " differ from vigil's"));
        List<Integer> ns = d.status().nsPid();
        List<String> parts = new ArrayList<>();
        for (int p : ns) parts.add(Integer.toString(p));
        o.field("NSpid", ns.size() > 1 ? String.join(" ", parts) + " (outermost first)"
                : "same PID namespace as /proc");
    }

    static void signals(Out o, ProcessDetail d) {
        o.header("Signals");
        o.field("Caught", names(d.caught()));
        o.field("Ignored", names(d.ignored()));
        o.field("Blocked", names(d.blocked()));
        o.field("Pending", names(d.pending()));
    }

    static void history(Out o, History.Series h, int width, boolean unicode) {
        o.header("History");
        if (h == null || h.size() == 0) {
            o.field("History", "no samples yet");
            return;
        }
        double[] cpu = h.cpuPercent();
        long[] rss = h.rssBytes();
        double cpuMax = 0;
        long rssMax = 0;
        long rssMin = Long.MAX_VALUE;
        for (double c : cpu) cpuMax = Math.max(cpuMax, c);
        for (long r : rss) rssMax = Math.max(rssMax, r);
        for (long r : rss) if (r >= 0) rssMin = Math.min(rssMin, r);
        String cpuTail = "  now " + percent(cpu[cpu.length - 1]) + ", max " + percent(cpuMax);
        String rssTail = "  now " + DetailLines.bytes(rss[rss.length - 1])
                + (rssMin < rssMax ? ", min " + DetailLines.bytes(rssMin) : "") + ", max " + DetailLines.bytes(rssMax);
        int room = width <= 0 ? cpu.length : width - Line.LABEL_WIDTH - Math.max(cpuTail.length(), rssTail.length());
        room = Math.max(4, room);
        o.field("CPU %", Sparkline.cpu(cpu, room, unicode) + cpuTail);
        o.field("RSS", Sparkline.bytes(rss, room, unicode) + rssTail);
        o.field("Span", Units.formatDuration(h.lastMillis() - h.firstMillis()) + ", " + h.size() + " samples");
    }

    private static String percent(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", v);
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "none" : String.join(" ", names);
    }

    /** "unlimited", "8.0M" for bytes, else the number with its units: "1024 files". */
    private static String limit(long v, String units) {
        if (v == Limit.UNLIMITED) return "unlimited";
        if (units.equals("bytes")) return DetailLines.bytes(v);
        return units.isEmpty() ? Long.toString(v) : v + " " + units;
    }

    private static String rate(long bytes, long millis) {
        return DetailLines.bytes(Math.max(0, bytes) * 1000 / millis) + "/s";
    }

    private static String seconds(long ticks) {
        return Units.formatDuration(ticks * 1000 / ProcStat.TICKS_PER_SECOND);
    }

    private static String ids(String name, int id, String effName, int effId) {
        String s = name + " (" + id + ")";
        return effId == id || effId < 0 ? s : s + ", effective " + effName + " (" + effId + ")";
    }

    private static String join(List<String> argv) {
        StringBuilder sb = new StringBuilder();
        for (String a : argv) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(Text.escape(a));
        }
        return sb.toString();
    }
}
