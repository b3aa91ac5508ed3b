package dev.vigil.ui.views;

import dev.vigil.model.ViewState;
import dev.vigil.ui.Session;
import dev.vigil.ui.keys.ActionKeys;
import dev.vigil.ui.keys.Binding;
import dev.vigil.ui.overlays.Overlay;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws one whole frame from the session: meters, table (and panes), status line, function-key
 * bar, then the overlays. Pure drawing into a {@link Canvas}; the caller refreshes the screen.
 */
public final class Frame {
    private Frame() {
    }

    public static Layout paint(Canvas c, Session s) {
        if (s.snapshot() != null && !s.app().source().live() && c.height() > Layout.MIN_HEIGHT) {
            ReplayBanner.draw(c, s.snapshot());
            return body(c.sub(0, 1, c.width(), c.height() - 1), s);
        }
        return body(c, s);
    }

    private static Layout body(Canvas c, Session s) {
        int w = c.width();
        int h = c.height();
        Theme t = c.theme();
        c.clearAll(t.normal());
        if (w < Layout.MIN_WIDTH || h < Layout.MIN_HEIGHT) {
            String msg = "vigil: window too small (" + w + "x" + h + ", need 20x6)";
            for (int row = 0; row < h && !msg.isEmpty(); row++) {
                String part = Canvas.fit(msg, w);
                if (part.isEmpty()) break;
                c.text(0, row, part, t.normal());
                msg = msg.substring(part.length()).stripLeading();
            }
            return new Layout(w, h, 0, 0, 0, w, -1, h - 1, true);
        }
        int barRow = h - 1;
        int statusRow = h - 2;
        int avail = h - 2;
        int meterCap = Math.max(0, Math.min(avail - 3, (avail - 1) / 2));
        var sys = s.snapshot() == null ? null : s.snapshot().system();
        HeaderView.Plan plan = HeaderView.planWithPressure(sys, w, meterCap);
        if (sys != null) HeaderView.draw(c.sub(0, 0, w, plan.height()), sys, plan, s.hooks().headerNotes());
        int tableTop = plan.height();
        int tableRows = avail - tableTop - 1;

        int tableWidth = w;
        Pane shown = null;
        Pane.Strip strip = null;
        for (Pane p : s.hooks().panes()) {
            if (!p.visible(s, w)) {
                if (strip == null) strip = p.strip(s);
                continue;
            }
            int pw = Math.min(p.preferredWidth(w), w - 40);
            if (pw >= 20) {
                shown = p;
                tableWidth = w - pw;
            }
            break;
        }
        if (strip != null && tableRows > 2) {
            tableRows--;
            strip.draw(c.sub(0, statusRow - 1, w, 1));
        }
        TableView.draw(c.sub(0, tableTop, tableWidth, tableRows + 1), s);
        if (shown != null) shown.draw(c.sub(tableWidth, tableTop, w - tableWidth, tableRows + 1), s);

        Layout layout = new Layout(w, h, tableTop, tableTop, tableRows, tableWidth, statusRow, barRow, false);
        drawStatus(c, s, statusRow);
        boolean prompt = false;
        for (Overlay o : s.overlays().list()) prompt |= o.usesBottomLine();
        if (!prompt) drawBar(c, s, barRow);
        for (Overlay o : s.overlays().list()) o.draw(c, layout, s);
        return layout;
    }

    private static void drawStatus(Canvas c, Session s, int row) {
        Theme t = c.theme();
        int w = c.width();
        boolean ascii = !c.glyphs().unicode();
        String cleanInd = Canvas.clean(indicators(s, w / 2, ascii), ascii);
        int indWidth = Math.min(Canvas.columns(cleanInd), w);
        String msg = s.statusLine().text();
        if (msg != null && w - indWidth - 1 > 0) {
            c.text(0, row, msg, w - indWidth - 1, s.statusLine().error() ? t.error() : t.status(), false);
        }
        if (!cleanInd.isEmpty()) c.cleanText(w - indWidth, row, cleanInd, indWidth, t.dim(), false);
    }

    /**
     * What is narrowing or changing the view, e.g. "[filter: cpu>5] [tree] [paused]", in about
     * width columns: a long filter's text is cut to make room, the other indicators never are.
     */
    static String indicators(Session s, int width, boolean ascii) {
        ViewState v = s.view();
        List<String> parts = new ArrayList<>();
        if (v.user() != null) parts.add("user: " + v.user());
        if (!v.pids().isEmpty()) parts.add("pids: " + v.pids().size());
        if (v.tree()) parts.add("tree");
        if (v.showThreads()) parts.add("threads");
        if (v.showKernelThreads()) parts.add("kthreads");
        if (!v.tagged().isEmpty()) parts.add("tagged: " + v.tagged().size());
        if (v.paused()) parts.add("PAUSED");
        if (s.options().readonly()) parts.add("read-only");
        StringBuilder sb = new StringBuilder();
        for (String p : parts) sb.append(" [").append(p).append(']');
        if (v.filter().isEmpty()) return sb.toString().stripLeading();
        String filter = v.filter().text();
        int room = Math.max(4, width - sb.length() - "[filter: ]".length());
        if (Canvas.columns(filter) > room) filter = Canvas.fit(filter, room - 1) + (ascii ? "~" : "…");
        return "[filter: " + filter + "]" + sb;
    }

    private static void drawBar(Canvas c, Session s, int row) {
        Theme t = c.theme();
        int x = 0;
        boolean readonly = s.options().readonly();
        for (Binding b : s.keys().functionBar()) {
            if (readonly && b.group().equals(ActionKeys.GROUP)) continue; // --readonly: F7-F9 would only refuse
            String key = b.functionKey().name();
            if (x + key.length() >= c.width()) break;
            x += c.text(x, row, key, t.barKey());
            x += c.text(x, row, b.label(), Math.max(6, b.label().length()), t.barLabel(), true);
        }
    }
}
