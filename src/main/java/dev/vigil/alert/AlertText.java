package dev.vigil.alert;

import java.util.ArrayList;
import java.util.List;

/**
 * Alerts as text lines for batch mode, printed above each table:
 * {@code [critical] PID 12 (x) cpu 97.0 > 90 for 30s}. Names in messages are already escaped.
 */
public final class AlertText {
    private AlertText() {
    }

    /** "[severity] message", with " (acknowledged)" or " (cleared)" when so. */
    public static String line(Alert a) {
        StringBuilder sb = new StringBuilder().append('[').append(a.severity().word()).append("] ")
                .append(a.message());
        if (!a.isActive()) sb.append(" (cleared)");
        else if (a.acknowledged()) sb.append(" (acknowledged)");
        return sb.toString();
    }

    public static List<String> lines(List<Alert> alerts) {
        List<String> out = new ArrayList<>(alerts.size());
        for (Alert a : alerts) out.add(line(a));
        return out;
    }
}
