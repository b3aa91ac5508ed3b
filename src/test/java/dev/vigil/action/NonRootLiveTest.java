package dev.vigil.action;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.vigil.action.Children.await;
import static dev.vigil.action.Children.state;
import static dev.vigil.action.Children.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * EPERM and EACCES as a real unprivileged user: the test (root) spawns targets, then runs
 * {@link AsUser} as nobody in a child JVM. Skipped with the reason where users cannot be switched.
 */
class NonRootLiveTest {
    private static final String[] AS_NOBODY = {"setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"};
    private final Children children = new Children();

    @AfterEach
    void endChildren() {
        children.close();
    }

    private static void assumeCanSwitchUsers() throws Exception {
        assumeTrue(ProcFacts.effectiveUid() == 0, "needs root to switch to nobody; running as uid "
                + ProcFacts.effectiveUid());
        assumeTrue(Users.name(65534).equals("nobody"), "no user nobody (uid 65534) on this machine");
        Process p;
        try {
            p = new ProcessBuilder(AS_NOBODY[0], AS_NOBODY[1], AS_NOBODY[2], AS_NOBODY[3], "true")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "setpriv is not installed: " + e.getMessage());
            return;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0,
                "setpriv cannot switch to nobody/nogroup: " + new String(p.getInputStream().readAllBytes()));
    }

    @Test
    void nobodyGetsEpermAndEaccesInWords(@TempDir Path dir) throws Exception {
        assumeCanSwitchUsers();
        String classpath = copyClasspathFor(dir);
        Process rootOwned = children.start("sleep", "60");
        Process own = children.start(AS_NOBODY[0], AS_NOBODY[1], AS_NOBODY[2], AS_NOBODY[3], "sleep", "60");
        await(() -> ProcFacts.uid((int) own.pid()) == 65534 && state(own.pid()) == 'S', "nobody's sleep");
        Target r = target(rootOwned);
        Target o = target(own);
        List<String> lines = runAsNobody(classpath,
                "signal:" + r.pid() + ":" + r.id().startTicks() + ":TERM",
                "renice:" + r.pid() + ":" + r.id().startTicks() + ":+1",
                "renice:" + o.pid() + ":" + o.id().startTicks() + ":-1",
                "renice:" + o.pid() + ":" + o.id().startTicks() + ":+1",
                "signal:" + o.pid() + ":" + o.id().startTicks() + ":STOP");
        assertEquals(List.of(
                "not permitted: PID " + r.pid() + " belongs to root (EPERM)",
                "not permitted: PID " + r.pid() + " belongs to root (EPERM)",
                "lowering nice needs root or CAP_SYS_NICE (EACCES)",
                "nice of PID " + o.pid() + " (child) set to 1 (was 0)",
                "sent STOP to PID " + o.pid() + " (child)"), lines);
        assertTrue(rootOwned.isAlive(), "the root-owned child got nothing");
        assertEquals(0, Children.nice(rootOwned.pid()));
        assertEquals(1, Children.nice(own.pid()));
        await(() -> state(own.pid()) == 'T', "nobody's own sleep stopped");
    }

    @Test
    void nobodyRaisingAHardLimitGetsEpermAndChangesNothing(@TempDir Path dir) throws Exception {
        assumeCanSwitchUsers();
        String classpath = copyClasspathFor(dir);
        Process rootOwned = children.start("sleep", "60");
        Process own = children.start(AS_NOBODY[0], AS_NOBODY[1], AS_NOBODY[2], AS_NOBODY[3],
                "prlimit", "--nofile=256:512", "sleep", "60");
        await(() -> ProcFacts.uid((int) own.pid()) == 65534 && LimitLiveTest.nofile(own.pid()).equals("256 512"),
                "nobody's sleep with nofile 256:512");
        Target r = target(rootOwned);
        Target o = target(own);
        List<String> lines = runAsNobody(classpath,
                "limit:" + o.pid() + ":" + o.id().startTicks() + ":nofile:;1024",
                "limit:" + o.pid() + ":" + o.id().startTicks() + ":nofile:128;256",
                "limit:" + r.pid() + ":" + r.id().startTicks() + ":nofile:64");
        assertEquals(List.of(
                "raising the hard limit of nofile to 1024 needs root or CAP_SYS_RESOURCE (and stays under fs.nr_open)"
                        + " (EPERM); nothing changed",
                "nofile of PID " + o.pid() + " (child) set to 128:256 (was 256:512)",
                "not permitted: PID " + r.pid() + " belongs to root (EPERM); nothing changed"), lines);
        assertEquals("128 256", LimitLiveTest.nofile(own.pid()), "lowering needs no privilege; raising changed nothing");
        assertTrue(rootOwned.isAlive());
    }

    private List<String> runAsNobody(String classpath, String... commands) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(AS_NOBODY));
        cmd.addAll(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=/tmp",
                "-Duser.home=/tmp", "-cp", classpath, "dev.vigil.action.AsUser"));
        cmd.addAll(List.of(commands));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM finished");
        assertEquals(0, p.exitValue(), "child JVM output:\n" + out);
        return List.of(out.strip().split("\n"));
    }

    /** Copies this test's class directories and jnr jars where nobody can read them (~/.m2 may be private). */
    private static String copyClasspathFor(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path src = Path.of(e);
            String name = src.getFileName().toString();
            boolean classes = Files.isDirectory(src);
            boolean needed = classes || name.matches("(jnr|jffi|asm).*\\.jar");
            if (!needed || !Files.exists(src)) continue;
            Path dst = dir.resolve((n++) + "-" + name);
            if (classes) copyTree(src, dst);
            else Files.copy(src, dst, StandardCopyOption.REPLACE_EXISTING);
            entries.add(dst.toString());
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void copyTree(Path src, Path dst) throws IOException {
        try (Stream<Path> all = Files.walk(src)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path to = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
