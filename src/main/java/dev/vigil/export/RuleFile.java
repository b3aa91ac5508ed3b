package dev.vigil.export;

import dev.vigil.alert.Unit;

import java.util.List;

/**
 * A Prometheus rule file (YAML) for translated rules: one group "vigil", one alerting rule per
 * translated vigil rule with its {@code for}, a {@code severity} label, and annotations holding
 * the original rule. Rules left out appear as comments saying why.
 */
public final class RuleFile {
    private RuleFile() {
    }

    public static String yaml(List<Translation> ts) {
        StringBuilder b = new StringBuilder();
        b.append("# Prometheus alerting rules made by `vigil rules --prometheus` from vigil's alert rules.\n");
        b.append("# They read the metrics of `vigil serve`. vigil tests each process, these rules each group.\n");
        b.append("groups:\n  - name: vigil\n    rules:\n");
        boolean any = false;
        for (Translation t : ts) {
            if (!t.translated()) {
                b.append("      # left out: ").append(oneLine(t.rule().toString())).append(": ")
                        .append(oneLine(t.reason())).append(" (vigil serve still exports it as vigil_alert_active)\n");
                continue;
            }
            any = true;
            String ruleText = t.rule().toString();
            b.append("      - alert: ").append(t.alert()).append('\n');
            b.append("        expr: ").append(quote(t.expr())).append('\n');
            if (t.rule().forMillis() > 0) b.append("        for: ").append(Unit.duration(t.rule().forMillis())).append('\n');
            b.append("        labels:\n          severity: ").append(t.rule().severity().word()).append('\n');
            b.append("        annotations:\n");
            String where = t.rule().metric().kind() == dev.vigil.alert.Metric.Kind.SYSTEM
                    ? "" : " for group {{ $labels.groupname }}";
            b.append("          summary: ").append(quote("vigil rule '" + template(ruleText) + "' holds" + where
                    + " on {{ $labels.instance }} (value {{ $value }})")).append('\n');
            b.append("          vigil_rule: ").append(quote(template(ruleText))).append('\n');
        }
        if (!any) b.append("      []\n");
        return b.toString();
    }

    /** A YAML scalar: single-quoted, or double-quoted with escapes when it holds control characters. */
    static String quote(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < 0x20 || s.charAt(i) == 0x7f) plain = false;
        if (plain) return "'" + s.replace("'", "''") + "'";
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20 || c == 0x7f) b.append(String.format("\\x%02x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    /** Text shown as it is by Prometheus's annotation templates: {{ and }} escaped. */
    static String template(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("{{", i)) {
                b.append("{{ \"{{\" }}");
                i++;
            } else if (s.startsWith("}}", i)) {
                b.append("{{ \"}}\" }}");
                i++;
            } else {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    private static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) b.append(s.charAt(i) < 0x20 ? '?' : s.charAt(i));
        return b.toString();
    }
}
