package dev.vigil.detail;

/**
 * One socket from the /proc/PID/net tables, matched to open files by inode.
 *
 * @param proto  "tcp", "tcp6", "udp", "udp6" or "unix"
 * @param inode  socket inode, as in the {@code socket:[INODE]} link of /proc/PID/fd
 * @param type   unix: "STREAM", "DGRAM" or "SEQPACKET"; "" for inet sockets (the proto says it)
 * @param local  inet: local address and port ("127.0.0.1:8080", "[::1]:8080"); unix: the bound
 *               path ("@name" for the abstract namespace) or "" when unbound
 * @param remote inet: peer address and port, "" when not connected (all zero); unix: ""
 * @param state  "LISTEN", "ESTABLISHED", "TIME_WAIT", ...; udp "UNCONN" when unconnected;
 *               unix "LISTEN", "UNCONNECTED", "CONNECTING", "CONNECTED", "DISCONNECTING"
 */
public record Socket(String proto, long inode, String type, String local, String remote, String state) {

    /** One line for the open-files list: "tcp 127.0.0.1:8080 LISTEN", "tcp A -> B ESTABLISHED". */
    public String describe() {
        StringBuilder sb = new StringBuilder(proto);
        if (!type.isEmpty()) sb.append(' ').append(type);
        if (!local.isEmpty()) sb.append(' ').append(local);
        if (!remote.isEmpty()) sb.append(" -> ").append(remote);
        if (!state.isEmpty()) sb.append(' ').append(state);
        return sb.toString();
    }
}
