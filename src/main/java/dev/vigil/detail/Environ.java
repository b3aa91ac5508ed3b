package dev.vigil.detail;

import dev.vigil.sample.Text;

import java.util.ArrayList;
import java.util.List;

/** /proc/PID/environ and /proc/PID/cmdline: NUL-separated strings, decoded with {@link Text#decode}. */
public final class Environ {
    private Environ() {
    }

    /** Splits at NUL bytes; a trailing NUL does not make an empty last entry. */
    public static List<String> split(byte[] raw) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= raw.length; i++) {
            if (i == raw.length || raw[i] == 0) {
                if (i > start || i < raw.length) out.add(Text.decode(raw, start, i - start));
                start = i + 1;
            }
        }
        return out;
    }
}
