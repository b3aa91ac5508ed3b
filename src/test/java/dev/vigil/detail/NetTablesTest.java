package dev.vigil.detail;

import dev.vigil.sample.ProcStat;
import org.junit.jupiter.api.Test;

import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** net/tcp, tcp6, udp, unix and the fd links that point into them. */
class NetTablesTest {
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

    @Test
    void tcp() {
        List<Socket> s = NetTables.parseInet(Fixtures.TCP, "tcp", LE);
        assertEquals(List.of(
                new Socket("tcp", 5001, "", "127.0.0.1:8080", "", "LISTEN"),
                new Socket("tcp", 5002, "", "10.0.2.15:50000", "172.217.80.34:443", "ESTABLISHED")), s);
        assertEquals("tcp 127.0.0.1:8080 LISTEN", s.get(0).describe());
        assertEquals("tcp 10.0.2.15:50000 -> 172.217.80.34:443 ESTABLISHED", s.get(1).describe());
    }

    @Test
    void tcp6() {
        List<Socket> s = NetTables.parseInet(Fixtures.TCP6, "tcp6", LE);
        assertEquals(List.of(new Socket("tcp6", 5003, "", "[::1]:49333", "", "LISTEN")), s);
        String mapped = "   0: 0000000000000000FFFF00000100007F:0050 0000000000000000FFFF00000F02000A:D431 06 "
                + "00000000:00000000 03:00000EEB 00000000     0        0 0 3 0000000000000000\n";
        Socket m = NetTables.parseInet(mapped, "tcp6", LE).get(0);
        assertEquals("[::ffff:127.0.0.1]:80", m.local());
        assertEquals("[::ffff:10.0.2.15]:54321", m.remote());
        assertEquals("TIME_WAIT", m.state());
    }

    @Test
    void ipv6TextFollowsRfc5952() {
        assertEquals("::", NetTables.ipv6(new byte[16]));
        assertEquals("2001:db8::1", NetTables.ipv6(bytes("20010db8000000000000000000000001")));
        assertEquals("2001:db8:0:1:1:1:1:1", NetTables.ipv6(bytes("20010db8000000010001000100010001")));
        assertEquals("2001:0:0:1::1", NetTables.ipv6(bytes("20010000000000010000000000000001")));
        assertEquals("fe80::1:2", NetTables.ipv6(bytes("fe800000000000000000000000010002")));
        // 2001:db8:: as the kernel prints it on little-endian: each 32-bit word byte-reversed
        assertEquals("[2001:db8::]:22", NetTables.endpoint("B80D0120000000000000000000000000:0016", LE));
    }

    @Test
    void bigEndianTablesReadInNetworkOrder() {
        assertEquals("127.0.0.1:8080", NetTables.endpoint("7F000001:1F90", ByteOrder.BIG_ENDIAN));
        assertEquals("127.0.0.1:8080", NetTables.endpoint("0100007F:1F90", LE));
    }

    @Test
    void udp() {
        assertEquals(List.of(new Socket("udp", 5004, "", "127.0.0.1:44485", "", "UNCONN")),
                NetTables.parseInet(Fixtures.UDP, "udp", LE));
        assertEquals(List.of(), NetTables.parseInet("  sl  local_address\n", "udp6", LE));
    }

    @Test
    void unix() {
        List<Socket> s = NetTables.parseUnix(Fixtures.UNIX);
        assertEquals(List.of(
                new Socket("unix", 1594, "STREAM", "", "", "CONNECTED"),
                new Socket("unix", 5005, "STREAM", "/run/my app.sock", "", "LISTEN"),
                new Socket("unix", 5006, "DGRAM", "@abstract", "", "UNCONNECTED")), s);
        assertEquals("unix STREAM /run/my app.sock LISTEN", s.get(1).describe());
    }

    @Test
    void skipsJunk() {
        assertEquals(List.of(), NetTables.parseInet("   0: nothex:1 00000000:0000 0A a b c d e 1\n", "tcp", LE));
        assertEquals(List.of(), NetTables.parseUnix("Num RefCount\n0000: 1 2\n"));
    }

    @Test
    void fdLinksAreClassifiedAndMatchedToSockets() {
        Map<Long, Socket> byInode = Map.of(5001L, new Socket("tcp", 5001, "", "127.0.0.1:8080", "", "LISTEN"));
        OpenFile sock = OpenFile.of(3, "socket:[5001]", byInode);
        assertEquals(OpenFile.Kind.SOCKET, sock.kind());
        assertEquals(5001, sock.inode());
        assertEquals("tcp 127.0.0.1:8080 LISTEN", sock.describe());
        OpenFile netlink = OpenFile.of(4, "socket:[6000]", byInode);
        assertNull(netlink.socket());
        assertEquals("socket:[6000]", netlink.describe());
        assertEquals(OpenFile.Kind.FILE, OpenFile.of(5, "/tmp/a b (deleted)", byInode).kind());
        OpenFile pipe = OpenFile.of(6, "pipe:[777]", byInode);
        assertEquals(OpenFile.Kind.PIPE, pipe.kind());
        assertEquals(777, pipe.inode());
        assertEquals(OpenFile.Kind.ANON_INODE, OpenFile.of(7, "anon_inode:[eventfd]", byInode).kind());
        assertEquals(OpenFile.Kind.OTHER, OpenFile.of(8, "net:[4026531840]", byInode).kind());
        assertEquals(-1, OpenFile.socketInode("socket:[x]"));
    }

    @Test
    void parentChainWalksUpAndStopsOnLoops() {
        Map<Integer, ProcStat> procs = Map.of(
                1, ProcStat.parse(Fixtures.stat(1, "systemd", 'S', 0, 1)),
                40, ProcStat.parse(Fixtures.stat(40, "sshd", 'S', 1, 2)),
                50, ProcStat.parse(Fixtures.stat(50, "bash", 'S', 40, 3)),
                70, ProcStat.parse(Fixtures.stat(70, "a", 'S', 71, 3)),
                71, ProcStat.parse(Fixtures.stat(71, "b", 'S', 70, 3)));
        assertEquals(List.of(new ParentChain.Ancestor(1, "systemd"), new ParentChain.Ancestor(40, "sshd"),
                new ParentChain.Ancestor(50, "bash")), ParentChain.walk(50, procs::get));
        assertEquals(List.of(), ParentChain.walk(0, procs::get));
        assertEquals(List.of(new ParentChain.Ancestor(40, "sshd")), ParentChain.walk(40, p -> p == 40 ? procs.get(40) : null));
        assertEquals(2, ParentChain.walk(70, procs::get).size()); // 70 → 71 → 70: stops
    }

    private static byte[] bytes(String hex) {
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        return b;
    }
}
