package dev.vigil.detail;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Parsers for /proc/net/{tcp,tcp6,udp,udp6,unix}. Inet addresses are printed by the kernel as
 * 32-bit words in host byte order ("0100007F" is 127.0.0.1 on a little-endian machine); ports
 * are plain hex. Lines that do not parse are skipped.
 */
public final class NetTables {
    private NetTables() {
    }

    private static final String[] TCP_STATES = {"", "ESTABLISHED", "SYN_SENT", "SYN_RECV",
        "FIN_WAIT1", "FIN_WAIT2", "TIME_WAIT", "CLOSE", "CLOSE_WAIT", "LAST_ACK", "LISTEN",
        "CLOSING", "NEW_SYN_RECV"};

    /** Parses a tcp/tcp6/udp/udp6 table in this machine's byte order; proto names the table. */
    public static List<Socket> parseInet(String text, String proto) {
        return parseInet(text, proto, ByteOrder.nativeOrder());
    }

    /** As {@link #parseInet(String, String)}, for a table written on a machine of the given order. */
    public static List<Socket> parseInet(String text, String proto, ByteOrder order) {
        boolean udp = proto.startsWith("udp");
        List<Socket> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 10 || !f[0].endsWith(":")) continue; // header or junk
            try {
                String local = endpoint(f[1], order);
                String remote = endpoint(f[2], order);
                int st = Integer.parseInt(f[3], 16);
                String state = st > 0 && st < TCP_STATES.length ? TCP_STATES[st] : "state " + f[3];
                if (udp && st == 7) state = "UNCONN";
                boolean unconnected = f[2].matches("[0:]*");
                out.add(new Socket(proto, Long.parseLong(f[9]), "", local, unconnected ? "" : remote, state));
            } catch (IllegalArgumentException e) {
                // skip a line we cannot read
            }
        }
        return out;
    }

    /** Parses /proc/net/unix. */
    public static List<Socket> parseUnix(String text) {
        List<Socket> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            // Num RefCount Protocol Flags Type St Inode [Path]; the path may hold spaces.
            int[] pos = new int[2];
            String[] f = new String[7];
            int at = 0;
            for (int k = 0; k < 7; k++) {
                if (!nextToken(line, at, pos)) {
                    f = null;
                    break;
                }
                f[k] = line.substring(pos[0], pos[1]);
                at = pos[1];
            }
            if (f == null || !f[0].endsWith(":")) continue;
            try {
                long flags = Long.parseLong(f[3], 16);
                int type = Integer.parseInt(f[4], 16);
                int st = Integer.parseInt(f[5], 16);
                long inode = Long.parseLong(f[6]);
                String path = at + 1 < line.length() ? line.substring(at + 1) : "";
                out.add(new Socket("unix", inode, unixType(type), path, "", unixState(flags, st)));
            } catch (NumberFormatException e) {
                // skip
            }
        }
        return out;
    }

    private static boolean nextToken(String s, int from, int[] pos) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') i++;
        if (i >= s.length()) return false;
        int j = i;
        while (j < s.length() && s.charAt(j) != ' ') j++;
        pos[0] = i;
        pos[1] = j;
        return true;
    }

    private static String unixType(int type) {
        return switch (type) {
            case 1 -> "STREAM";
            case 2 -> "DGRAM";
            case 5 -> "SEQPACKET";
            default -> "type " + type;
        };
    }

    private static String unixState(long flags, int st) {
        if ((flags & 0x10000) != 0) return "LISTEN"; // __SO_ACCEPTCON
        return switch (st) {
            case 1 -> "UNCONNECTED";
            case 2 -> "CONNECTING";
            case 3 -> "CONNECTED";
            case 4 -> "DISCONNECTING";
            default -> "";
        };
    }

    /** "0100007F:1F90" → "127.0.0.1:8080"; IPv6 in brackets. */
    static String endpoint(String hex, ByteOrder order) {
        int colon = hex.indexOf(':');
        if (colon < 0) throw new IllegalArgumentException("no port in " + hex);
        byte[] addr = address(hex.substring(0, colon), order);
        int port = Integer.parseInt(hex.substring(colon + 1), 16);
        String a = addr.length == 4 ? ipv4(addr, 0) : "[" + ipv6(addr) + "]";
        return a + ":" + port;
    }

    /** Network-order bytes of an address printed as host-order 32-bit words. */
    static byte[] address(String hex, ByteOrder order) {
        if (hex.length() != 8 && hex.length() != 32) throw new IllegalArgumentException("bad address " + hex);
        byte[] b = new byte[hex.length() / 2];
        for (int w = 0; w < b.length / 4; w++) {
            long word = Long.parseLong(hex.substring(w * 8, w * 8 + 8), 16);
            for (int k = 0; k < 4; k++) {
                int shift = order == ByteOrder.LITTLE_ENDIAN ? 8 * k : 8 * (3 - k);
                b[w * 4 + k] = (byte) (word >>> shift);
            }
        }
        return b;
    }

    static String ipv4(byte[] b, int off) {
        return (b[off] & 0xff) + "." + (b[off + 1] & 0xff) + "." + (b[off + 2] & 0xff) + "." + (b[off + 3] & 0xff);
    }

    /** RFC 5952 text: lower case, longest run of two or more zero groups as "::", mapped IPv4 dotted. */
    static String ipv6(byte[] b) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) g[i] = (b[2 * i] & 0xff) << 8 | (b[2 * i + 1] & 0xff);
        if (g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff) {
            return "::ffff:" + ipv4(b, 12);
        }
        int bestAt = -1, bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) j++;
            if (j - i > bestLen) {
                bestAt = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestAt) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }
}
