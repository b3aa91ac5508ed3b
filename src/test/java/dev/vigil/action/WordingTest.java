package dev.vigil.action;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.vigil.action.FakeKernel.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WordingTest {
    private static Outcome of(int pid, Outcome.Kind k) {
        return Outcome.of(target(pid), k);
    }

    private static Outcome errno(int pid, int errno, String owner) {
        Outcome o = Outcome.failed(target(pid), errno);
        return owner == null ? o : o.withOwner(owner);
    }

    @Test
    void allSent() {
        assertEquals("sent STOP to 3 processes", Wording.signal(Signal.STOP, List.of(
                Outcome.done(target(1)), Outcome.done(target(2)), Outcome.done(target(3)))));
        assertEquals("sent TERM to PID 4242 (proc4242)", Wording.signal(Signal.TERM, List.of(Outcome.done(target(4242)))));
    }

    @Test
    void identityRefusalsSayNothingWasSent() {
        assertEquals("PID 4242 exited before the signal; nothing sent",
                Wording.signal(Signal.TERM, List.of(of(4242, Outcome.Kind.EXITED))));
        assertEquals("PID 4242 is now a different process; nothing sent",
                Wording.signal(Signal.TERM, List.of(of(4242, Outcome.Kind.REUSED))));
        assertEquals("PID 7 exited before the signal (a zombie not yet reaped by its parent); nothing sent",
                Wording.signal(Signal.KILL, List.of(of(7, Outcome.Kind.ZOMBIE))));
    }

    @Test
    void errnoBecomesWords() {
        assertEquals("not permitted: PID 1 belongs to root (EPERM)",
                Wording.signal(Signal.TERM, List.of(errno(1, Errno.EPERM, "root"))));
        assertEquals("not permitted: PID 1 belongs to another user (EPERM)",
                Wording.signal(Signal.TERM, List.of(errno(1, Errno.EPERM, null))));
        assertEquals("PID 5: permission denied (EACCES)",
                Wording.signal(Signal.TERM, List.of(errno(5, Errno.EACCES, null))));
        assertEquals("invalid signal (EINVAL)", Wording.signal(Signal.TERM, List.of(errno(5, Errno.EINVAL, null))));
        assertEquals("PID 5: not supported by this kernel (ENOSYS)",
                Wording.signal(Signal.TERM, List.of(errno(5, Errno.ENOSYS, null))));
        assertEquals("PID 5: failed (errno 99)", Wording.signal(Signal.TERM, List.of(errno(5, 99, null))));
        assertEquals("lowering nice needs root or CAP_SYS_NICE (EACCES)",
                Wording.renice(NiceChange.by(-1), List.of(errno(5, Errno.EACCES, null))));
        assertEquals("not permitted: PID 1 belongs to root (EPERM)",
                Wording.renice(NiceChange.by(1), List.of(errno(1, Errno.EPERM, "root"))));
    }

    @Test
    void aMixedBatchIsOneLine() {
        assertEquals("sent STOP to 2 of 4 processes; not permitted: PID 1 belongs to root (EPERM);"
                        + " PID 3 exited before the signal",
                Wording.signal(Signal.STOP, List.of(errno(1, Errno.EPERM, "root"), Outcome.done(target(2)),
                        of(3, Outcome.Kind.EXITED), Outcome.done(target(4)))));
        assertEquals("not permitted: PIDs 1, 2 belong to root (EPERM); not permitted: PID 3 belongs to bob (EPERM)",
                Wording.signal(Signal.HUP, List.of(errno(1, Errno.EPERM, "root"), errno(2, Errno.EPERM, "root"),
                        errno(3, Errno.EPERM, "bob"))));
        assertEquals("PIDs 1, 2: lowering nice needs root or CAP_SYS_NICE (EACCES)",
                Wording.renice(NiceChange.by(-1), List.of(errno(1, Errno.EACCES, null), errno(2, Errno.EACCES, null))));
    }

    @Test
    void longPidListsAreShortened() {
        List<Outcome> l = new ArrayList<>();
        for (int i = 1; i <= 7; i++) l.add(of(i, Outcome.Kind.EXITED));
        assertEquals("PIDs 1, 2, 3, 4 and 3 more exited before the signal; nothing sent", Wording.signal(Signal.INT, l));
        l.set(1, of(2, Outcome.Kind.REUSED));
        assertEquals("PIDs 1, 3, 4, 5 and 2 more exited before the signal; PID 2 is now a different process;"
                + " nothing sent", Wording.signal(Signal.INT, l));
    }

    @Test
    void reniceLines() {
        assertEquals("nice of PID 9 (proc9) set to 5 (was 4)",
                Wording.renice(NiceChange.by(1), List.of(Outcome.done(target(9)).withNice(4, 5))));
        assertEquals("nice +1 on 2 processes", Wording.renice(NiceChange.by(1), List.of(
                Outcome.done(target(1)).withNice(0, 1), Outcome.done(target(2)).withNice(3, 4))));
        assertEquals("nice set to -3 on 1 of 2 processes; PID 2 exited before renice", Wording.renice(
                NiceChange.exactly(-3), List.of(Outcome.done(target(1)).withNice(0, -3), of(2, Outcome.Kind.EXITED))));
        assertEquals("PID 9 is already at nice 19; nothing changed", Wording.renice(NiceChange.by(1),
                List.of(Outcome.of(target(9), Outcome.Kind.UNCHANGED).withNice(19, 19))));
        assertEquals("PID 9 exited before renice; nothing changed",
                Wording.renice(NiceChange.by(1), List.of(of(9, Outcome.Kind.EXITED))));
    }

    @Test
    void readOnlyAndEmpty() {
        assertEquals("read-only mode: no signals, renice, affinity, I/O priority or limit changes",
                Wording.signal(Signal.TERM, List.of(of(1, Outcome.Kind.READ_ONLY))));
        assertEquals("no process to signal; nothing sent", Wording.signal(Signal.TERM, List.of()));
        assertEquals("no process to renice; nothing changed", Wording.renice(NiceChange.by(1), List.of()));
    }
}
