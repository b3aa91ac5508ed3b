package dev.vigil.cli;

import dev.vigil.alert.Alert;
import dev.vigil.alert.AlertJson;
import dev.vigil.json.Json;
import dev.vigil.model.ColumnText;
import dev.vigil.model.TreeOrder;
import dev.vigil.sample.ProcessAttrs;
import dev.vigil.sample.CpuSplit;
import dev.vigil.sample.Pressure;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.SystemSample;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One snapshot as one JSON line (JSON Lines). Key names are a public contract, documented in
 * README: scripts and tests depend on them. Times are ISO-8601 in UTC with milliseconds.
 * I/O rates a process does not let us read are left out (the keys are absent), never zero.
 * "alerts" is always there (maybe empty): the active alerts, then those that cleared at this
 * snapshot, each with the keys of {@link AlertJson}.
 */
final class JsonReport implements SnapshotWriter {
    static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneOffset.UTC);

    private final BatchView view;
    private final BatchDetail detail; // null without --detail

    JsonReport(BatchView view) {
        this(view, null);
    }

    JsonReport(BatchView view, BatchDetail detail) {
        this.view = view;
        this.detail = detail;
    }

    @Override
    public void write(Snapshot s, List<Alert> alerts, StringBuilder out) {
        Json j = new Json(out);
        j.beginObject();
        j.field("timestamp", ISO.format(Instant.ofEpochMilli(s.timestampMillis())));
        j.name("system");
        system(j, s.system());
        j.name("alerts");
        AlertJson.writeList(j, alerts);
        j.name("processes").beginArray();
        if (detail != null) detail.update(s);
        for (TreeOrder.Row r : view.rows(s)) process(j, r.sample(), detail);
        j.endArray();
        j.endObject();
        out.append('\n');
    }

    static void system(Json j, SystemSample y) {
        j.beginObject();
        j.field("cpuPercent", y.cpuPercent());
        j.name("perCpu").beginArray();
        for (double v : y.perCpu()) j.value(v);
        j.endArray();
        j.name("cpuSplit");
        split(j, y.cpuSplit());
        j.name("perCpuSplit").beginArray();
        if (y.perCpuSplit() != null) for (CpuSplit c : y.perCpuSplit()) split(j, c);
        j.endArray();
        j.field("memTotalBytes", y.memTotalBytes());
        j.field("memUsedBytes", y.memUsedBytes());
        j.field("memBuffersBytes", y.memBuffersBytes());
        j.field("memCacheBytes", y.memCacheBytes());
        j.field("memAvailableBytes", y.memAvailableBytes());
        j.field("swapTotalBytes", y.swapTotalBytes());
        j.field("swapUsedBytes", y.swapUsedBytes());
        j.name("load").beginArray();
        for (double v : y.load()) j.value(v);
        j.endArray();
        j.field("uptimeSeconds", y.uptimeSeconds());
        j.field("tasks", y.tasks());
        j.field("threads", y.threads());
        j.field("kernelThreads", y.kernelThreads());
        j.field("running", y.running());
        if (y.pressure() != null && y.pressure().present()) pressure(j, y.pressure());
        j.endObject();
    }

    /** "pressure": {"cpu": {"some": [avg10, avg60, avg300], "full": [...]}, "memory": ..., "io": ...}; absent parts left out. */
    private static void pressure(Json j, Pressure p) {
        j.name("pressure").beginObject();
        stall(j, "cpu", p.cpu());
        stall(j, "memory", p.memory());
        stall(j, "io", p.io());
        j.endObject();
    }

    private static void stall(Json j, String name, Pressure.Stall s) {
        if (s == null) return;
        j.name(name).beginObject();
        j.name("some").beginArray().value(s.some10()).value(s.some60()).value(s.some300()).endArray();
        if (!Double.isNaN(s.full10())) j.name("full").beginArray().value(s.full10()).value(s.full60()).value(s.full300()).endArray();
        j.endObject();
    }

    private static void split(Json j, CpuSplit c) {
        CpuSplit v = c == null ? CpuSplit.ZERO : c;
        j.beginObject();
        j.field("user", v.user());
        j.field("nice", v.nice());
        j.field("system", v.system());
        j.field("iowait", v.iowait());
        j.endObject();
    }

    /** The optional columns' facts that are known (a recording or OSHI has none of them). */
    private static void attrs(Json j, ProcessAttrs a) {
        if (a.pgrp() >= 0) j.field("pgrp", a.pgrp());
        if (a.session() >= 0) j.field("session", a.session());
        if (a.pgrp() >= 0) j.field("tty", a.ttyNr() == 0 ? null : ColumnText.tty(a.ttyNr()));
        if (a.processor() >= 0) j.field("processor", a.processor());
        if (a.shrBytes() >= 0) j.field("shrBytes", a.shrBytes());
        if (a.cgroup() != null) j.field("cgroup", a.cgroup());
        if (a.oomScore() >= 0) j.field("oomScore", a.oomScore());
    }

    static void process(Json j, ProcessSample p) {
        process(j, p, null);
    }

    /** One process object; with detail, its {@code "detail"} member last. */
    static void process(Json j, ProcessSample p, BatchDetail detail) {
        j.beginObject();
        j.field("pid", p.pid());
        if (p.isThread()) j.field("tgid", p.tgid());
        j.field("ppid", p.ppid());
        j.field("uid", p.uid());
        j.field("realUid", p.realUid());
        j.field("user", p.user());
        j.field("state", String.valueOf(p.state()));
        j.field("nice", p.nice());
        j.field("priority", p.priority());
        j.field("threads", p.threads());
        j.field("rssBytes", p.rssBytes());
        j.field("vszBytes", p.vszBytes());
        j.field("cpuPercent", p.cpuPercent());
        j.field("memPercent", p.memPercent());
        j.field("cpuTimeSeconds", p.cpuTimeSeconds());
        if (p.startTimeMillis() > 0) j.field("startTime", ISO.format(Instant.ofEpochMilli(p.startTimeMillis())));
        else j.name("startTime").nullValue();
        j.field("startTicks", p.startTicks());
        j.field("name", p.name());
        j.field("command", p.command());
        if (!Double.isNaN(p.ioReadBytesPerSec())) j.field("ioReadBytesPerSec", p.ioReadBytesPerSec());
        if (!Double.isNaN(p.ioWriteBytesPerSec())) j.field("ioWriteBytesPerSec", p.ioWriteBytesPerSec());
        attrs(j, p.attrs());
        if (detail != null) detail.write(j, p);
        j.endObject();
    }
}
