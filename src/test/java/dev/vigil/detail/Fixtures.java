package dev.vigil.detail;

import dev.vigil.sample.Identity;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Literal /proc text of a small made-up machine: PID 1 systemd, 4000 sshd, 4242 bash. */
final class Fixtures {
    private Fixtures() {
    }

    static final long BOOT = 1_700_000_000L;
    static final long START_TICKS = 866870;
    static final Identity BASH = new Identity(4242, START_TICKS);
    /** read time: 100 s after the start of 4242 */
    static final long NOW = BOOT * 1000 + START_TICKS * 10 + 100_000;

    static final String STATUS = """
            Name:\tbash
            Umask:\t0022
            State:\tS (sleeping)
            Tgid:\t4242
            Ngid:\t0
            Pid:\t4242
            PPid:\t4000
            TracerPid:\t0
            Uid:\t1000\t1000\t1000\t1000
            Gid:\t100\t100\t100\t100
            FDSize:\t256
            Groups:\t100
            NStgid:\t4242
            NSpid:\t4242
            NSpgid:\t4242
            NSsid:\t4000
            Kthread:\t0
            VmPeak:\t    4360 kB
            VmSize:\t    4300 kB
            VmLck:\t       0 kB
            VmPin:\t       0 kB
            VmHWM:\t    3032 kB
            VmRSS:\t    3000 kB
            RssAnon:\t     276 kB
            RssFile:\t    2724 kB
            RssShmem:\t       0 kB
            VmData:\t     304 kB
            VmSwap:\t      12 kB
            Threads:\t1
            SigQ:\t2/96364
            SigPnd:\t0000000000000000
            ShdPnd:\t0000000000000200
            SigBlk:\t0000000000010000
            SigIgn:\t0000000000004004
            SigCgt:\t0000000180014a07
            CapInh:\t0000000000000000
            voluntary_ctxt_switches:\t27
            nonvoluntary_ctxt_switches:\t3
            """;

    static String stat(int pid, String comm, char state, int ppid, long startTicks) {
        return pid + " (" + comm + ") " + state + " " + ppid + " " + pid + " 4000 34819 -1 4194304 224 201 0 0 "
                + "150 42 0 0 20 0 1 0 " + startTicks + " 4464640 753 18446744073709551615 0 0 0 0 0 0 "
                + "65536 16388 65539 1 0 0 17 1 0 0 0 0 0\n";
    }

    static final String LIMITS = """
            Limit                     Soft Limit           Hard Limit           Units     \s
            Max cpu time              unlimited            unlimited            seconds   \s
            Max stack size            8388608              unlimited            bytes     \s
            Max open files            1024                 4096                 files     \s
            Max nice priority         0                    0                    \s
            Max realtime timeout      unlimited            unlimited            us        \s
            """;

    static final String TCP = """
              sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
               0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 5001 1 0000000000000000 100 0 0 10 0
               1: 0F02000A:C350 2250D9AC:01BB 01 00000000:00000000 02:000A7D4E 00000000  1000        0 5002 2 0000000000000000 20 4 30 10 -1
            """;

    static final String TCP6 = """
              sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
               0: 00000000000000000000000001000000:C0B5 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 5003 1 0000000000000000 100 0 0 10 0
            """;

    static final String UDP = """
               sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops
             1792: 0100007F:ADC5 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 5004 2 0000000000000000 0
            """;

    static final String UNIX = """
            Num       RefCount Protocol Flags    Type St Inode Path
            000000006e844daa: 00000003 00000000 00000000 0001 03  1594
            000000002bcb8fae: 00000002 00000000 00010000 0001 01  5005 /run/my app.sock
            0000000011112222: 00000002 00000000 00000000 0002 01  5006 @abstract
            """;

    static final String IO = """
            rchar: 6976
            wchar: 2048
            syscr: 10
            syscw: 4
            read_bytes: 4096
            write_bytes: 8192
            cancelled_write_bytes: 0
            """;

    /** The full /proc of the made-up machine, as root sees it. */
    static FakeProc proc() {
        FakeProc p = new FakeProc()
                .file("stat", "cpu  1 2 3\nbtime " + BOOT + "\n")
                .file("1/stat", stat(1, "systemd", 'S', 0, 1))
                .file("4000/stat", stat(4000, "sshd", 'S', 1, 500))
                .file("4242/stat", stat(4242, "bash", 'S', 4000, START_TICKS))
                .file("4242/status", STATUS)
                .bytes("4242/cmdline", "-bash\0--login\0".getBytes())
                .link("4242/exe", "/usr/bin/bash")
                .link("4242/cwd", "/home/alice")
                .file("4242/wchan", "do_wait")
                .bytes("4242/environ", "HOME=/home/alice\0TERM=xterm\0".getBytes())
                .link("4242/fd/0", "/dev/pts/3")
                .link("4242/fd/1", "/dev/pts/3")
                .link("4242/fd/3", "socket:[5001]")
                .link("4242/fd/4", "socket:[5002]")
                .link("4242/fd/5", "socket:[5003]")
                .link("4242/fd/6", "socket:[5004]")
                .link("4242/fd/7", "socket:[5005]")
                .link("4242/fd/8", "pipe:[777]")
                .link("4242/fd/9", "anon_inode:[eventfd]")
                .link("4242/fd/10", "/tmp/old (deleted)")
                .link("4242/fd/12", "socket:[9999]")
                .file("4242/limits", LIMITS)
                .file("4242/io", IO)
                .file("4242/cgroup", "0::/user.slice/user-1000.slice/session-3.scope\n")
                .file("4242/net/tcp", TCP)
                .file("4242/net/tcp6", TCP6)
                .file("4242/net/udp", UDP)
                .file("4242/net/udp6", "  sl  local_address remote_address st\n")
                .file("4242/net/unix", UNIX);
        for (String ns : List.of("cgroup", "ipc", "mnt", "net", "pid", "uts")) {
            p.link("self/ns/" + ns, ns + ":[40265318" + ns.length() + "]");
            p.link("4242/ns/" + ns, ns + ":[40265318" + ns.length() + "]");
        }
        return p;
    }

    static Users users() {
        return new Users(Map.of(0, "root", 1000, "alice"), Map.of(0, "root", 100, "users"));
    }

    static DetailReader reader(FakeProc p) {
        return new DetailReader(p, users(), () -> NOW);
    }

    static ProcessDetail detail(FakeProc p, Identity id) {
        DetailResult r = reader(p).read(id);
        if (r instanceof DetailResult.Found f) return f.detail();
        throw new AssertionError("expected the process, got " + r);
    }

    static ProcessDetail bash() {
        return detail(proc(), BASH);
    }

    static List<Warning> warnings(ProcessDetail d) {
        return Warnings.of(d, Duration.ZERO);
    }
}
