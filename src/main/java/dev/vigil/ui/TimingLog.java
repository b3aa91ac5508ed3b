package dev.vigil.ui;

import dev.vigil.sample.Snapshot;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * --debug-timings: one line per snapshot (collect, row-building and UI-thread microseconds) and per frame
 * (paint and terminal-write microseconds, and for a key the time from key arrival to the frame
 * on the terminal), appended to timings.log in the state directory, with a summary at the end.
 * Disabled, it does nothing.
 */
final class TimingLog implements AutoCloseable {
    static final TimingLog OFF = new TimingLog(null);

    private final BufferedWriter out;
    private final List<Long> keyToFrame = new ArrayList<>();

    private TimingLog(BufferedWriter out) {
        this.out = out;
    }

    static TimingLog open(Path dir) throws IOException {
        Files.createDirectories(dir);
        BufferedWriter w = Files.newBufferedWriter(dir.resolve("timings.log"), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        w.write(System.currentTimeMillis() + " start pid=" + ProcessHandle.current().pid() + "\n");
        w.flush();
        return new TimingLog(w);
    }

    boolean enabled() {
        return out != null;
    }

    /** rowsMicros: building the rows (on the sampler thread); uiMicros: taking the snapshot in on the UI thread. */
    void snapshot(Snapshot s, long rowsMicros, long uiMicros) {
        line("snapshot seq=" + s.sequence() + " processes=" + s.processes().size() + " collect_us="
                + s.collectMicros() + " rows_us=" + rowsMicros + " ui_us=" + uiMicros);
    }

    void frame(long paintMicros, long refreshMicros, long keyToFrameMicros, String key) {
        if (out == null) return;
        String k = "";
        if (keyToFrameMicros >= 0) {
            keyToFrame.add(keyToFrameMicros);
            k = " key=" + key + " key_to_frame_us=" + keyToFrameMicros;
        }
        line("frame paint_us=" + paintMicros + " write_us=" + refreshMicros + k);
    }

    private void line(String s) {
        if (out == null) return;
        try {
            out.write(System.currentTimeMillis() + " " + s + "\n");
            out.flush();
        } catch (IOException ignored) {
            // Timing is a debugging aid; losing a line must not disturb the monitor.
        }
    }

    /** "keys=N median=…us p95=…us max=…us", or "keys=0". */
    String summary() {
        if (keyToFrame.isEmpty()) return "keys=0";
        List<Long> v = new ArrayList<>(keyToFrame);
        Collections.sort(v);
        return "keys=" + v.size() + " key_to_frame_us median=" + v.get(v.size() / 2) + " p95="
                + v.get(Math.min(v.size() - 1, (int) Math.ceil(v.size() * 0.95) - 1)) + " max=" + v.get(v.size() - 1);
    }

    @Override
    public void close() {
        if (out == null) return;
        line("summary " + summary());
        try {
            out.close();
        } catch (IOException ignored) {
            // nothing left to do
        }
    }
}
