package dev.vigil.detail;

/**
 * /proc/PID/io, all in bytes except the syscall counts; -1 for a line that is absent.
 *
 * @param rchar       bytes passed to read-like calls (page cache included)
 * @param wchar       bytes passed to write-like calls
 * @param syscr       read-like system calls
 * @param syscw       write-like system calls
 * @param readBytes   bytes fetched from storage
 * @param writeBytes  bytes sent to storage
 * @param cancelledWriteBytes bytes whose write-back was cancelled (truncated dirty pages)
 */
public record IoCounters(long rchar, long wchar, long syscr, long syscw, long readBytes,
                         long writeBytes, long cancelledWriteBytes) {

    public static IoCounters parse(String text) {
        long[] v = {-1, -1, -1, -1, -1, -1, -1};
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) continue;
            int i = switch (line.substring(0, colon)) {
                case "rchar" -> 0;
                case "wchar" -> 1;
                case "syscr" -> 2;
                case "syscw" -> 3;
                case "read_bytes" -> 4;
                case "write_bytes" -> 5;
                case "cancelled_write_bytes" -> 6;
                default -> -1;
            };
            if (i < 0) continue;
            try {
                v[i] = Long.parseLong(line.substring(colon + 1).trim());
            } catch (NumberFormatException e) {
                // keep -1
            }
        }
        return new IoCounters(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }
}
