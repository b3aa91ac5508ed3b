package dev.vigil.sample;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * uid → user name from a passwd file (normally /etc/passwd), parsed by us: no getent, no
 * native lookups. The one reader of passwd-format files (/etc/group shares the first three
 * columns): the sampler keeps an instance, re-read only when the file's modification time or
 * size changes ({@link #refresh()}, once per sampler refresh); detail and action use
 * {@link #read}. Names are bytes decoded as the sampler decodes all /proc text
 * ({@link Text#decode}). An unknown uid reads as its number.
 */
public final class Passwd {
    /** The system's user table. */
    public static final Path USERS = Path.of("/etc/passwd");
    /** The system's group table (same format as far as id → name goes). */
    public static final Path GROUPS = Path.of("/etc/group");

    private final File file;
    private long stamp = Long.MIN_VALUE;
    private long size = -1;
    private Map<Integer, String> names = Map.of();
    private boolean changed;

    Passwd(File file) {
        this.file = file;
    }

    /** Re-reads the file if it changed since the last call. Cheap (one stat) when it did not. */
    void refresh() {
        long m = file.lastModified();
        long s = file.length();
        changed = false;
        if (m == stamp && s == size) return;
        changed = true;
        stamp = m;
        size = s;
        names = parse(read());
    }

    /** Whether the last {@link #refresh()} read the file anew (names may have changed). */
    boolean changed() {
        return changed;
    }

    String name(int uid) {
        String n = names.get(uid);
        return n != null ? n : Integer.toString(uid);
    }

    private List<String> read() {
        return lines(file.toPath());
    }

    /** id → name from a passwd-format file; empty when it cannot be read. */
    public static Map<Integer, String> read(Path file) {
        return parse(lines(file));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** name:password:uid:gid:...; the first line wins for a uid (as getpwuid does). */
    public static Map<Integer, String> parse(List<String> lines) {
        Map<Integer, String> out = new HashMap<>();
        for (String line : lines) {
            if (line.isEmpty() || line.charAt(0) == '#') continue;
            int a = line.indexOf(':');
            int b = a < 0 ? -1 : line.indexOf(':', a + 1);
            int c = b < 0 ? -1 : line.indexOf(':', b + 1);
            if (a <= 0 || c < 0) continue;
            try {
                int uid = Integer.parseInt(line, b + 1, c, 10);
                byte[] raw = line.substring(0, a).getBytes(StandardCharsets.ISO_8859_1);
                out.putIfAbsent(uid, Text.decode(raw, 0, raw.length));
            } catch (NumberFormatException e) {
                // a malformed line names nobody
            }
        }
        return out;
    }
}
