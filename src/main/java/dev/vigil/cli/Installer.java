package dev.vigil.cli;

import dev.vigil.cli.InstallManifest.Entry;
import dev.vigil.cli.InstallManifest.Kind;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts vigil on PATH under a prefix, and takes it away again: the launcher linked as
 * PREFIX/bin/vigil, the man page and the bash and zsh completions copied where man, bash-completion
 * and zsh look, and a manifest of all that ({@link InstallManifest}). It never replaces a file it
 * did not put there, nor one changed since; it says each thing it did, one line each.
 */
final class Installer {
    static final String LINK = "bin/vigil";

    private final Path prefix;
    private final PrintStream out;

    Installer(Path prefix, PrintStream out) {
        this.prefix = prefix.toAbsolutePath().normalize();
        this.out = out;
    }

    /** The files to copy, relative path to content, for the given man page and completions. */
    static Map<String, String> files(String manPage, String bash, String zsh) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("share/man/man1/vigil.1", manPage);
        m.put("share/bash-completion/completions/vigil", bash);
        m.put("share/zsh/site-functions/_vigil", zsh);
        return m;
    }

    /** Links launcher and writes files; 0, or 1 with the reasons on err when anything is in the way. */
    int install(Path launcher, Map<String, String> files, PrintStream err) throws IOException {
        InstallManifest old = InstallManifest.read(prefix);
        List<String> paths = new ArrayList<>(List.of(LINK));
        paths.addAll(files.keySet());
        List<String> refused = new ArrayList<>();
        for (String p : paths) {
            String why = inTheWay(p, old.find(p));
            if (why != null) refused.add(prefix.resolve(p) + " " + why);
        }
        if (!refused.isEmpty()) {
            for (String r : refused) err.println("vigil: " + r);
            err.println("vigil: nothing installed; move those away or choose another --prefix");
            return 1;
        }
        List<Entry> entries = new ArrayList<>();
        for (Entry e : old.entries()) if (e.kind() == Kind.DIR) entries.add(e);
        List<String> dirs = new ArrayList<>(List.of(InstallManifest.PATH));
        dirs.addAll(paths);
        for (String p : dirs) makeParents(p, entries);

        Path link = prefix.resolve(LINK);
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, launcher);
        entries.add(new Entry(Kind.LINK, LINK, ""));
        out.println("linked " + link + " -> " + launcher);
        for (Map.Entry<String, String> f : files.entrySet()) {
            byte[] content = f.getValue().getBytes(StandardCharsets.UTF_8);
            Path target = prefix.resolve(f.getKey());
            boolean existed = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            Path tmp = target.resolveSibling("." + target.getFileName() + ".vigil-tmp");
            Files.write(tmp, content);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            entries.add(new Entry(Kind.FILE, f.getKey(), InstallManifest.sha256(content)));
            out.println((existed ? "updated " : "wrote ") + target);
        }
        new InstallManifest(entries).write(prefix);
        out.println("wrote " + prefix.resolve(InstallManifest.PATH) + " (what 'vigil uninstall --prefix "
                + prefix + "' removes)");
        return 0;
    }

    /** Why the path may not be written, or null: free, or vigil's own and unchanged. */
    private String inTheWay(String p, Entry owned) throws IOException {
        Path f = prefix.resolve(p);
        if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) return null;
        if (owned == null) return "exists and vigil did not put it there";
        if (owned.kind() == Kind.LINK) return Files.isSymbolicLink(f) ? null : "is no longer the link vigil made";
        return InstallManifest.unchanged(f, owned.hash()) ? null : "was changed since vigil installed it";
    }

    /** Creates the missing directories above p, each recorded (outermost first) as vigil's. */
    private void makeParents(String p, List<Entry> entries) throws IOException {
        Path rel = Path.of(p).getParent();
        if (rel == null) return;
        for (int i = 1; i <= rel.getNameCount(); i++) {
            Path d = prefix.resolve(rel.subpath(0, i));
            if (Files.isDirectory(d)) continue;
            Files.createDirectories(prefix);
            Files.createDirectory(d);
            entries.add(new Entry(Kind.DIR, rel.subpath(0, i).toString(), ""));
        }
    }

    /** Removes what the manifest lists, as it was left; 1 when there is no manifest. */
    int uninstall(PrintStream err) throws IOException {
        InstallManifest m = InstallManifest.read(prefix);
        if (m.entries().isEmpty()) {
            err.println("vigil: nothing to uninstall: " + prefix.resolve(InstallManifest.PATH) + " is not there");
            return 1;
        }
        List<Entry> dirs = new ArrayList<>();
        for (Entry e : m.entries()) {
            Path f = prefix.resolve(e.path());
            switch (e.kind()) {
                case DIR -> dirs.add(0, e);
                case LINK -> remove(f, Files.isSymbolicLink(f), "is no longer the link vigil made");
                case FILE -> remove(f, InstallManifest.unchanged(f, e.hash()), "was changed since vigil installed it");
            }
        }
        Files.delete(prefix.resolve(InstallManifest.PATH));
        out.println("removed " + prefix.resolve(InstallManifest.PATH));
        for (Entry d : dirs) {
            Path dir = prefix.resolve(d.path());
            try {
                if (Files.deleteIfExists(dir)) out.println("removed " + dir + "/");
            } catch (DirectoryNotEmptyException e) {
                out.println("left " + dir + "/: not empty");
            }
        }
        return 0;
    }

    private void remove(Path f, boolean ours, String otherwise) throws IOException {
        if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
            out.println("already gone: " + f);
        } else if (ours) {
            Files.delete(f);
            out.println("removed " + f);
        } else {
            out.println("left " + f + ": it " + otherwise);
        }
    }
}
