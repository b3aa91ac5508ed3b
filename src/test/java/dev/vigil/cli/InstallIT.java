package dev.vigil.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The round trip of the issue, on the real launcher and jar copied to a checkout of their own:
 * install into an empty directory; man finds the page; a new bash completes options from the
 * installed file; the linked launcher runs; uninstall leaves the directory empty again.
 */
class InstallIT {
    @TempDir
    Path tmp;

    /** A checkout-like directory holding only the launcher and what the build made. */
    Path checkout() throws Exception {
        Path c = Files.createDirectories(tmp.resolve("checkout/target"));
        Files.copy(RealJar.ROOT.resolve("vigil"), c.resolveSibling("vigil"), StandardCopyOption.COPY_ATTRIBUTES);
        for (String f : List.of("vigil.jar", "vigil.jsa")) {
            Path from = RealJar.ROOT.resolve("target").resolve(f);
            if (Files.exists(from)) Files.copy(from, c.resolve(f), StandardCopyOption.COPY_ATTRIBUTES);
        }
        return c.getParent();
    }

    List<String> env() {
        return List.of("env", "-i", "HOME=" + tmp, "PATH=/usr/bin:/bin", "LANG=C.UTF-8", "MANWIDTH=100");
    }

    RealJar.Result run(String... cmd) throws Exception {
        List<String> all = new ArrayList<>(env());
        all.addAll(List.of(cmd));
        return RealJar.run(all, tmp, 300);
    }

    @Test
    void installManCompletionVersionAndUninstallLeaveTheDirectoryEmpty() throws Exception {
        Path checkout = checkout();
        Path prefix = Files.createDirectories(tmp.resolve("prefix"));
        String launcher = checkout.resolve("vigil").toString();

        RealJar.Result in = run(launcher, "install", "--prefix", prefix.toString());
        assertEquals(0, in.status(), in.err());
        assertTrue(in.out().contains("linked " + prefix.resolve("bin/vigil") + " -> " + checkout.toRealPath().resolve("vigil")), in.out());
        assertTrue(in.out().contains("wrote " + prefix.resolve("share/man/man1/vigil.1")), in.out());
        assertTrue(in.out().contains("add " + prefix.resolve("share") + " to XDG_DATA_DIRS"), in.out());

        RealJar.Result man = run("env", "MANPATH=" + prefix.resolve("share/man"), "man", "-P", "cat", "vigil");
        assertEquals(0, man.status(), man.err());
        assertTrue(man.out().contains("vigil - a full-screen terminal process monitor"), man.out());
        assertTrue(man.out().contains("KEYS") && man.out().contains("--sort COLUMN"), man.out());

        RealJar.Result v = run(prefix.resolve("bin/vigil").toString(), "--version");
        assertEquals(0, v.status(), v.err());
        assertTrue(v.out().matches("vigil \\d+\\.\\d+\\.\\d+\\S* \\((git \\S+|built outside git)\\)\\n"), v.out());

        Path loader = Path.of("/usr/share/bash-completion/bash_completion");
        // With bash-completion, its loader finds the file under XDG_DATA_DIRS (as install's note
        // says for a prefix other than ~/.local); without it, the installed file is sourced by hand.
        try (ShellPane sh = new ShellPane(List.of("HOME=" + tmp, "PATH=" + prefix.resolve("bin") + ":/usr/bin:/bin",
                "XDG_DATA_DIRS=" + prefix.resolve("share") + ":/usr/share", "TERM=xterm", "LANG=C.UTF-8"),
                "bash", "--norc", "--noprofile")) {
            sh.line("PS1='$ '; source " + RealJar.sh(Files.isRegularFile(loader) ? loader.toString()
                    : prefix.resolve("share/bash-completion/completions/vigil").toString()) + "; echo sourced");
            sh.waitFor("\nsourced");
            sh.tab("vigil --so");
            sh.waitFor("$ vigil --sort\n");
        }

        RealJar.Result out = run(launcher, "uninstall", "--prefix", prefix.toString());
        assertEquals(0, out.status(), out.err());
        assertTrue(out.out().contains("removed " + prefix.resolve("bin/vigil")), out.out());
        try (Stream<Path> left = Files.list(prefix)) {
            assertEquals(List.of(), left.toList(), out.out());
        }
    }

    @Test
    void aFileVigilDidNotPutThereIsNeverOverwritten() throws Exception {
        Path checkout = checkout();
        Path prefix = tmp.resolve("prefix");
        Files.createDirectories(prefix.resolve("bin"));
        Files.writeString(prefix.resolve("bin/vigil"), "#!/bin/sh\necho another vigil\n");
        RealJar.Result in = run(checkout.resolve("vigil").toString(), "install", "--prefix", prefix.toString());
        assertEquals(1, in.status(), in.out());
        assertTrue(in.err().startsWith("vigil: " + prefix.resolve("bin/vigil") + " exists and vigil did not put it there\n"), in.err());
        assertEquals("#!/bin/sh\necho another vigil\n", Files.readString(prefix.resolve("bin/vigil")));
        try (Stream<Path> s = Files.walk(prefix)) {
            assertEquals(3, s.count(), "nothing else written");
        }
    }
}
