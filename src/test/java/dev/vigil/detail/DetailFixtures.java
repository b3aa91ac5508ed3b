package dev.vigil.detail;

import dev.vigil.sample.Identity;

/**
 * The made-up machine of {@link Fixtures} for tests outside this package (the UI and batch
 * wiring): PID 1 systemd, 4000 sshd, 4242 bash (TERM ignored, HUP caught). The machine can be
 * changed while a reader uses it: the bash can exit, become a zombie, or hide its environment.
 */
public final class DetailFixtures {
    public static final Identity BASH = Fixtures.BASH;
    public static final long BASH_START_TICKS = Fixtures.START_TICKS;
    public static final long SSHD_START_TICKS = 500;

    private final FakeProc proc = Fixtures.proc();
    private final DetailReader reader = Fixtures.reader(proc);

    public DetailReader reader() {
        return reader;
    }

    /** The bash exits: its /proc directory goes away. */
    public DetailFixtures exit() {
        proc.remove("4242");
        return this;
    }

    /** The bash becomes a zombie that sshd (4000) has not reaped. */
    public DetailFixtures zombie() {
        proc.remove("4242")
                .file("4242/stat", Fixtures.stat(4242, "bash", 'Z', 4000, Fixtures.START_TICKS))
                .file("4242/status", "Name:\tbash\nState:\tZ (zombie)\nPid:\t4242\nPPid:\t4000\nNSpid:\t4242\n")
                .dir("4242/fd");
        return this;
    }

    /** The bash is now in this state (D, T, ...), in both stat and status. */
    public DetailFixtures state(char state) {
        String status = Fixtures.STATUS.replaceFirst("State:\t[^\n]*", "State:\t" + state + " (x)");
        proc.file("4242/status", status).file("4242/stat", Fixtures.stat(4242, "bash", state, 4000, Fixtures.START_TICKS));
        return this;
    }

    /** The environment and open files need root, as for another user's process. */
    public DetailFixtures denied() {
        proc.remove("4242/environ").denied("4242/environ");
        proc.remove("4242/fd").denied("4242/fd");
        return this;
    }
}
