package dev.vigil.detail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A /proc made of literal text, links and refusals, for DetailReader tests. */
final class FakeProc implements ProcSource {
    private final Map<String, Object> entries = new LinkedHashMap<>();

    private record Link(String target) {
    }

    FakeProc file(String path, String text) {
        entries.put(path, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    FakeProc bytes(String path, byte[] b) {
        entries.put(path, b);
        return this;
    }

    FakeProc link(String path, String target) {
        entries.put(path, new Link(target));
        return this;
    }

    /** Open (read, readlink or list) of this path fails with EACCES. */
    FakeProc denied(String path) {
        entries.put(path, new AccessDeniedException("/proc/" + path));
        return this;
    }

    /** Reading this path fails as a read() of /proc/PID/io does for another user: plain EACCES. */
    FakeProc deniedOnRead(String path) {
        entries.put(path, new IOException("Permission denied"));
        return this;
    }

    /** A directory that exists and may be empty (e.g. the fd directory of a zombie). */
    FakeProc dir(String path) {
        entries.put(path, "dir");
        return this;
    }

    FakeProc remove(String path) {
        entries.keySet().removeIf(k -> k.equals(path) || k.startsWith(path + "/"));
        return this;
    }

    @Override
    public byte[] read(String path) throws IOException {
        Object o = get(path);
        if (o instanceof byte[] b) return b;
        throw new IOException("Is a link or directory: " + path);
    }

    @Override
    public String readLink(String path) throws IOException {
        Object o = get(path);
        if (o instanceof Link l) return l.target();
        throw new IOException("Invalid argument: " + path);
    }

    @Override
    public List<String> list(String path) throws IOException {
        Object self = entries.get(path);
        if (self instanceof IOException e) throw e;
        List<String> out = new ArrayList<>();
        for (String k : entries.keySet()) {
            if (k.startsWith(path + "/")) {
                String name = k.substring(path.length() + 1);
                if (!name.contains("/") && !out.contains(name)) out.add(name);
            }
        }
        if (out.isEmpty() && self == null) throw new NoSuchFileException("/proc/" + path);
        return out;
    }

    private Object get(String path) throws IOException {
        Object o = entries.get(path);
        if (o == null) throw new NoSuchFileException("/proc/" + path);
        if (o instanceof IOException e) throw e;
        return o;
    }
}
