package dev.vigil.detail;

import java.util.Map;

/**
 * One entry of /proc/PID/fd.
 *
 * @param fd     the descriptor number
 * @param target what readlink gives: a path (with " (deleted)" when unlinked),
 *               {@code socket:[INODE]}, {@code pipe:[INODE]}, {@code anon_inode:[eventfd]}, ...
 * @param kind   what the target names
 * @param inode  for SOCKET and PIPE: the inode in the brackets; otherwise -1
 * @param socket for SOCKET: the matching row of the net tables, or null when none matched
 *               (netlink, packet or other families we do not read)
 */
public record OpenFile(int fd, String target, Kind kind, long inode, Socket socket) {

    public enum Kind { FILE, SOCKET, PIPE, ANON_INODE, OTHER }

    /** Classifies a readlink target and attaches its socket, looked up by inode. */
    public static OpenFile of(int fd, String target, Map<Long, Socket> socketsByInode) {
        if (target.startsWith("/")) return new OpenFile(fd, target, Kind.FILE, -1, null);
        if (target.startsWith("anon_inode:")) return new OpenFile(fd, target, Kind.ANON_INODE, -1, null);
        long inode = bracketed(target, "socket:[");
        if (inode >= 0) return new OpenFile(fd, target, Kind.SOCKET, inode, socketsByInode.get(inode));
        inode = bracketed(target, "pipe:[");
        if (inode >= 0) return new OpenFile(fd, target, Kind.PIPE, inode, null);
        return new OpenFile(fd, target, Kind.OTHER, -1, null);
    }

    /** The socket inode of a {@code socket:[N]} target, or -1. */
    public static long socketInode(String target) {
        return bracketed(target, "socket:[");
    }

    private static long bracketed(String target, String prefix) {
        if (!target.startsWith(prefix) || !target.endsWith("]")) return -1;
        try {
            return Long.parseLong(target.substring(prefix.length(), target.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Text for the open-files list: the path, or the socket described, or the raw target. */
    public String describe() {
        return socket != null ? socket.describe() : target;
    }
}
