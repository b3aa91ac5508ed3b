package dev.vigil.detail;

import dev.vigil.detail.ParentChain.Ancestor;
import dev.vigil.json.Json;

import java.util.List;

/**
 * The {@code "detail"} object of {@code --json --detail} (shapes documented in docs/detail.md):
 * <pre>
 * {"signals": {"caught": [...], "ignored": [...], "blocked": [...], "pending": [...]},
 *  "warnings": [...], "nsPid": N, "cgroup": "...", "exe": "...", "cwd": "...",
 *  "fdCount": N, "fdLimit": N, "limits": {...}, "parentChain": [...]}
 * </pre>
 * Signal names are without the SIG prefix, by ascending number; pending is SigPnd and ShdPnd
 * together. A value that needs root or is unavailable is {@code null}.
 */
public final class DetailJson {
    private DetailJson() {
    }

    /** Writes {@code "detail": {...}} as one field of the object the caller has open. */
    public static void writeField(Json json, ProcessDetail d, List<Warning> warnings) {
        json.name("detail");
        write(json, d, warnings);
    }

    /** Writes the detail object as one JSON value. */
    public static void write(Json json, ProcessDetail d, List<Warning> warnings) {
        json.beginObject();
        json.name("signals").beginObject();
        names(json, "caught", d.caught());
        names(json, "ignored", d.ignored());
        names(json, "blocked", d.blocked());
        names(json, "pending", d.pending());
        json.endObject();
        json.name("warnings").beginArray();
        for (Warning w : warnings) json.value(w.text());
        json.endArray();
        json.field("nsPid", d.nsPid());
        string(json, "cgroup", d.cgroup().map(Cgroup::path));
        string(json, "exe", d.exe());
        string(json, "cwd", d.cwd());
        json.name("fdCount");
        if (d.fdCount().ok()) json.value(d.fdCount().value());
        else json.nullValue();
        json.name("fdLimit");
        if (d.fdLimit() >= 0) json.value(d.fdLimit());
        else json.nullValue();
        json.name("limits");
        if (d.limits().ok()) limits(json, d.limits().value());
        else json.nullValue();
        json.name("parentChain").beginArray();
        for (Ancestor a : d.parentChain()) {
            json.beginObject().field("pid", a.pid()).field("name", a.name()).endObject();
        }
        json.endArray();
        json.endObject();
    }

    /** {"Max open files": {"soft": 1024, "hard": 4096, "units": "files"}, ...}; "unlimited" as a string. */
    private static void limits(Json json, List<Limit> limits) {
        json.beginObject();
        for (Limit l : limits) {
            json.name(l.name()).beginObject();
            limitValue(json.name("soft"), l.soft());
            limitValue(json.name("hard"), l.hard());
            json.field("units", l.units());
            json.endObject();
        }
        json.endObject();
    }

    private static void limitValue(Json json, long v) {
        if (v == Limit.UNLIMITED) json.value("unlimited");
        else json.value(v);
    }

    private static void names(Json json, String key, List<String> names) {
        json.name(key).beginArray();
        for (String n : names) json.value(n);
        json.endArray();
    }

    private static void string(Json json, String key, Probe<String> p) {
        json.field(key, p.ok() ? p.value() : null);
    }
}
