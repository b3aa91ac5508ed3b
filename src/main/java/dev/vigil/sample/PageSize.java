package dev.vigil.sample;

/**
 * The memory page size, which /proc/PID/stat counts RSS in. Derived once from our own
 * /proc/self/statm (pages) and /proc/self/status VmRSS (kB); 4096 when that cannot be read.
 */
final class PageSize {
    private static final byte[] VM_RSS = ProcFile.ascii("VmRSS:");

    private PageSize() {
    }

    static long of(String root, ProcFile f) {
        if (!f.read(root + "/self/statm")) return 4096;
        f.pos = 0;
        f.nextLong();
        long pages = f.nextLong();
        if (!f.read(root + "/self/status")) return 4096;
        long kb = f.valueAfter(VM_RSS);
        if (pages <= 0 || kb <= 0) return 4096;
        double ratio = kb * 1024.0 / pages;
        // Round to the nearest power of two: RSS moves a little between the two reads.
        long size = Long.highestOneBit(Math.round(ratio * 1.4));
        return size >= 4096 && size <= 1 << 20 ? size : 4096;
    }
}
