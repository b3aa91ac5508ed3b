package dev.vigil.alert;

import dev.vigil.json.Json;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Alerts as JSON. Each alert is an object with exactly the keys scripts depend on: rule,
 * severity, state ("active"|"cleared"), pid (null for the machine), name (null when none),
 * value and threshold (numbers in the rule's unit: percent, bytes, bytes/s, count, load,
 * seconds; a string letter for state; null for exit/start), since (ISO-8601 UTC with ms, when
 * it fired) and message. A log line adds "time" and "event" in front.
 */
public final class AlertJson {
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

    private AlertJson() {
    }

    /** Writes {@code [ {...}, ... ]} at the writer's current position (after name("alerts")). */
    public static void writeList(Json json, List<Alert> alerts) {
        json.beginArray();
        for (Alert a : alerts) write(json, a);
        json.endArray();
    }

    /** Writes one alert object. */
    public static void write(Json json, Alert a) {
        json.beginObject();
        fields(json, a);
        json.endObject();
    }

    private static void fields(Json json, Alert a) {
        Unit unit = a.rule().metric().unit();
        json.field("rule", a.rule().toString())
                .field("severity", a.severity().word())
                .field("state", a.state().word());
        json.name("pid");
        if (a.pid() > 0) json.value(a.pid());
        else json.nullValue();
        json.field("name", a.name());
        json.name("value");
        number(json, unit, a.value());
        json.name("threshold");
        number(json, unit, a.threshold());
        json.field("since", iso(a.sinceMillis()))
                .field("message", a.message());
    }

    private static void number(Json json, Unit unit, double v) {
        if (unit == Unit.NONE || Double.isNaN(v)) json.nullValue();
        else if (unit.isLetter()) json.value(unit.format(v));
        else json.value(v);
    }

    /** One line for alerts.jsonl, newline included: {"time":..,"event":"fired",rule,...}. */
    public static String logLine(Transition t) {
        Json json = new Json();
        json.beginObject()
                .field("time", iso(t.atMillis()))
                .field("event", t.kind().word());
        fields(json, t.alert());
        if (!t.reason().isEmpty()) json.field("reason", t.reason());
        if (t.alert().acknowledged()) json.field("acknowledged", true);
        json.endObject();
        return json.builder().append('\n').toString();
    }

    /** The alert alone as a JSON object (what --alert-exec writes to the command's stdin). */
    public static String object(Alert a) {
        Json json = new Json();
        write(json, a);
        return json.toString();
    }

    /** Epoch ms as ISO-8601 UTC: 2024-05-01T12:00:03.120Z. */
    public static String iso(long epochMillis) {
        return ISO.format(Instant.ofEpochMilli(epochMillis));
    }
}
