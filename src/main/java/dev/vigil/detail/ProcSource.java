package dev.vigil.detail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where {@link DetailReader} gets /proc from. Paths are relative to the /proc root, e.g.
 * "1234/status", "self/ns/pid". The system source reads the real /proc; tests give a fake that
 * returns literal text and throws AccessDeniedException or NoSuchFileException where wanted.
 */
public interface ProcSource {

    /** The whole content of a file. */
    byte[] read(String path) throws IOException;

    /** The target of a symbolic link (readlink), e.g. "socket:[123]" or "/usr/bin/sleep". */
    String readLink(String path) throws IOException;

    /** The names in a directory, in no particular order. */
    List<String> list(String path) throws IOException;

    /** The real /proc of this machine. */
    static ProcSource system() {
        return system(Path.of("/proc"));
    }

    /** A /proc-shaped tree rooted at {@code root}. */
    static ProcSource system(Path root) {
        return new ProcSource() {
            @Override
            public byte[] read(String path) throws IOException {
                return Files.readAllBytes(root.resolve(path));
            }

            @Override
            public String readLink(String path) throws IOException {
                return Files.readSymbolicLink(root.resolve(path)).toString();
            }

            @Override
            public List<String> list(String path) throws IOException {
                List<String> out = new ArrayList<>();
                try (Stream<Path> s = Files.list(root.resolve(path))) {
                    s.forEach(p -> out.add(p.getFileName().toString()));
                }
                return out;
            }
        };
    }
}
