package dev.vigil.sample;

/**
 * How many /proc files the sampler may keep open between refreshes: three quarters of this
 * process's open-file limit above a reserve of 256 (the JVM raises the soft limit to the hard
 * one at start), at most 65536. Processes past the budget are read by path instead.
 */
final class FileBudget {
    private static final byte[] MAX_OPEN = ProcFile.ascii("Max open files");

    private FileBudget() {
    }

    static int of(String root, ProcFile f) {
        if (!f.read(root + "/self/limits")) return 0;
        int at = f.find(MAX_OPEN, 0);
        if (at < 0) return 0;
        f.pos = at;
        f.skipBlanks();
        if (f.pos < f.len && f.buf[f.pos] == 'u') return 65536; // "unlimited"
        long soft = f.nextLong();
        return (int) Math.max(0, Math.min(65536, (soft - 256) * 3 / 4));
    }
}
