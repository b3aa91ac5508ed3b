package dev.vigil.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one parser of a point in time given by a person, for every option and prompt that takes
 * one (record, dump, replay, the monitor's jump prompt). Accepted forms:
 * <ul>
 *   <li>{@code now}; {@code 10m ago}, {@code 90s ago}, {@code 1h30m ago}, {@code 2d ago}
 *       (units s, m, h, d; spaces optional);</li>
 *   <li>a clock time {@code 03:02} or {@code 03:02:15}: its last occurrence, today or, when that
 *       is still to come, yesterday;</li>
 *   <li>{@code 2026-12-01 03:02:15}, {@code 2026-12-01 03:02}, {@code 2026-12-01} in the local zone;</li>
 *   <li>ISO-8601 with or without an offset: {@code 2026-12-01T03:02:15Z},
 *       {@code 2026-12-01T03:02:15.250+01:00}, {@code 2026-12-01T03:02}.</li>
 * </ul>
 * Anything else is an {@link IllegalArgumentException} whose message is one line.
 */
public final class TimeSpec {
    public static final String FORMS = "10m ago, 03:02, 2026-12-01 03:02:15 or ISO-8601";

    private static final Pattern AGO = Pattern.compile("((?:\\d+(?:\\.\\d+)?\\s*[a-z]+\\s*)+)ago");
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([a-z]+)");
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?");
    private static final DateTimeFormatter CLOCK_FORMAT = DateTimeFormatter.ofPattern("H:mm[:ss[.SSS][.SS][.S]]");

    private TimeSpec() {
    }

    /** The time text names, in epoch milliseconds, reading clock times in zone at nowMillis. */
    public static long parse(String text, long nowMillis, ZoneId zone) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) throw new IllegalArgumentException("the time is empty (use " + FORMS + ")");
        if (t.equals("now")) return nowMillis;
        Matcher ago = AGO.matcher(t);
        if (ago.matches()) return nowMillis - agoMillis(text, ago.group(1));
        try {
            if (CLOCK.matcher(t).matches()) {
                LocalTime lt = LocalTime.parse(t, CLOCK_FORMAT);
                ZonedDateTime now = Instant.ofEpochMilli(nowMillis).atZone(zone);
                ZonedDateTime at = now.toLocalDate().atTime(lt).atZone(zone);
                if (at.toInstant().toEpochMilli() > nowMillis) at = now.toLocalDate().minusDays(1).atTime(lt).atZone(zone);
                return at.toInstant().toEpochMilli();
            }
            String iso = t.replace(' ', 'T').toUpperCase(Locale.ROOT);
            if (iso.length() == 10) return LocalDate.parse(iso).atStartOfDay(zone).toInstant().toEpochMilli();
            if (iso.endsWith("Z") || iso.matches(".*T.*[+-]\\d{2}(:?\\d{2})?$")) {
                return OffsetDateTime.parse(iso.replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2")).toInstant().toEpochMilli();
            }
            return LocalDateTime.parse(iso).atZone(zone).toInstant().toEpochMilli();
        } catch (DateTimeException e) {
            throw bad(text);
        }
    }

    private static long agoMillis(String text, String parts) {
        Matcher m = PART.matcher(parts);
        double total = 0;
        while (m.find()) {
            long unit = switch (m.group(2)) {
                case "s", "sec", "secs", "second", "seconds" -> 1000L;
                case "m", "min", "mins", "minute", "minutes" -> 60_000L;
                case "h", "hour", "hours" -> 3_600_000L;
                case "d", "day", "days" -> 86_400_000L;
                default -> -1L;
            };
            if (unit < 0) throw new IllegalArgumentException("'" + oneLine(text) + "': unknown unit '" + m.group(2)
                    + "' (use s, m, h or d, as in 10m ago)");
            total += Double.parseDouble(m.group(1)) * unit;
        }
        return Math.round(total);
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("'" + oneLine(text) + "' is not a time (use " + FORMS + ")");
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("[\\p{Cntrl}]", " ").strip();
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }
}
