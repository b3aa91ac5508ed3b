package dev.vigil.detail;

import dev.vigil.sample.Identity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DetailReader over a literal /proc: what it gathers, "needs root", and exits. */
class DetailReaderTest {

    @Test
    void readsEverything() {
        ProcessDetail d = Fixtures.bash();
        assertEquals(Fixtures.BASH, d.identity());
        assertEquals(Fixtures.NOW, d.readAtMillis());
        assertEquals(Fixtures.BOOT * 1000 + Fixtures.START_TICKS * 10, d.startTimeMillis());
        assertEquals("alice", d.user());
        assertEquals("alice", d.effectiveUser());
        assertEquals("users", d.group());
        assertEquals(List.of("-bash", "--login"), d.cmdline().value());
        assertEquals("/usr/bin/bash", d.exe().value());
        assertEquals("/home/alice", d.cwd().value());
        assertEquals("do_wait", d.wchan().value());
        assertEquals(List.of("HOME=/home/alice", "TERM=xterm"), d.environ().value());
        assertEquals(11, d.fdCount().value());
        assertEquals(1024, d.fdLimit());
        assertEquals(5, d.limits().value().size());
        assertEquals(4096, d.io().value().readBytes());
        assertEquals("/user.slice/user-1000.slice/session-3.scope", d.cgroup().value().path());
        assertEquals(List.of(), d.namespaces().value());
        assertEquals(List.of(new ParentChain.Ancestor(1, "systemd"), new ParentChain.Ancestor(4000, "sshd")),
                d.parentChain());
        assertEquals(new ParentChain.Ancestor(4000, "sshd"), d.parent());
        assertEquals(4242, d.nsPid());
        assertEquals('S', d.state());
        assertEquals(List.of("HUP", "INT", "QUIT", "USR1", "USR2", "TERM", "CHLD", "32", "33"), d.caught());
        assertEquals(List.of("QUIT", "TERM"), d.ignored());
        assertEquals(List.of("CHLD"), d.blocked());
        assertEquals(List.of("USR1"), d.pending());
    }

    @Test
    void openFilesInDescriptorOrderWithSockets() {
        List<String> got = Fixtures.bash().files().value().stream()
                .map(f -> f.fd() + " " + f.describe()).toList();
        assertEquals(List.of(
                "0 /dev/pts/3",
                "1 /dev/pts/3",
                "3 tcp 127.0.0.1:8080 LISTEN",
                "4 tcp 10.0.2.15:50000 -> 172.217.80.34:443 ESTABLISHED",
                "5 tcp6 [::1]:49333 LISTEN",
                "6 udp 127.0.0.1:44485 UNCONN",
                "7 unix STREAM /run/my app.sock LISTEN",
                "8 pipe:[777]",
                "9 anon_inode:[eventfd]",
                "10 /tmp/old (deleted)",
                "12 socket:[9999]"), got);
    }

    @Test
    void refusedFilesNeedRoot() {
        FakeProc p = Fixtures.proc()
                .denied("4242/environ").denied("4242/exe").denied("4242/cwd").denied("4242/fd")
                .deniedOnRead("4242/io").denied("4242/ns/pid");
        ProcessDetail d = Fixtures.detail(p, Fixtures.BASH);
        for (Probe<?> probe : List.of(d.environ(), d.exe(), d.cwd(), d.fdCount(), d.files(), d.io(), d.namespaces())) {
            assertEquals(Probe.Access.NEEDS_ROOT, probe.access());
            assertEquals("needs root", probe.text(Object::toString));
            assertNull(probe.value());
        }
        assertTrue(d.limits().ok()); // the rest still shows
        assertEquals(List.of("USR1"), d.pending());
    }

    @Test
    void zombieHasNoExeButIsNotANeedsRoot() {
        FakeProc p = Fixtures.proc()
                .file("4242/stat", Fixtures.stat(4242, "bash", 'Z', 4000, Fixtures.START_TICKS))
                .file("4242/status", "Name:\tbash\nState:\tZ (zombie)\nPid:\t4242\nPPid:\t4000\nNSpid:\t4242\n")
                .remove("4242/exe").remove("4242/cwd").remove("4242/fd").dir("4242/fd")
                .bytes("4242/cmdline", new byte[0]).bytes("4242/environ", new byte[0]);
        ProcessDetail d = Fixtures.detail(p, Fixtures.BASH);
        assertEquals('Z', d.state());
        assertEquals(Probe.Access.UNAVAILABLE, d.exe().access());
        assertEquals("unavailable", d.exe().text(s -> s));
        assertEquals(0, d.fdCount().value());
        assertEquals(List.of(), d.cmdline().value());
    }

    @Test
    void namespacesThatDiffer() {
        FakeProc p = Fixtures.proc().link("4242/ns/pid", "pid:[4026532999]").link("4242/ns/mnt", "mnt:[4026532998]");
        assertEquals(List.of("mnt", "pid"), Fixtures.detail(p, Fixtures.BASH).namespaces().value());
    }

    @Test
    void goneOrReused() {
        DetailResult gone = Fixtures.reader(Fixtures.proc().remove("4242")).read(Fixtures.BASH);
        assertEquals(new DetailResult.Exited(Fixtures.BASH, "process exited"), gone);
        DetailResult reused = Fixtures.reader(Fixtures.proc()).read(new Identity(4242, 12));
        assertEquals("process exited; PID 4242 now belongs to another process",
                assertInstanceOf(DetailResult.Exited.class, reused).message());
        DetailResult noStatus = Fixtures.reader(Fixtures.proc().remove("4242/status")).read(Fixtures.BASH);
        assertInstanceOf(DetailResult.Exited.class, noStatus);
    }

    @Test
    void exitDuringTheReadIsNoticed() {
        FakeProc p = Fixtures.proc();
        // The last thing read is the stat again; make the PID belong to someone else by then.
        ProcSource racing = new ProcSource() {
            int statReads;

            @Override
            public byte[] read(String path) throws java.io.IOException {
                if (path.equals("4242/stat") && ++statReads > 1) {
                    return Fixtures.stat(4242, "other", 'R', 1, 999_999).getBytes();
                }
                return p.read(path);
            }

            @Override
            public String readLink(String path) throws java.io.IOException {
                return p.readLink(path);
            }

            @Override
            public List<String> list(String path) throws java.io.IOException {
                return p.list(path);
            }
        };
        DetailResult r = new DetailReader(racing, Fixtures.users(), () -> Fixtures.NOW).read(Fixtures.BASH);
        assertInstanceOf(DetailResult.Exited.class, r);
    }

    @Test
    void manyDescriptorsAreCountedButTheListIsBounded() {
        FakeProc p = Fixtures.proc().remove("4242/fd");
        for (int i = 0; i < DetailReader.MAX_FILES + 10; i++) p.link("4242/fd/" + i, "/dev/null");
        ProcessDetail d = Fixtures.detail(p, Fixtures.BASH);
        assertEquals(DetailReader.MAX_FILES + 10, d.fdCount().value());
        assertEquals(DetailReader.MAX_FILES, d.files().value().size());
    }
}
