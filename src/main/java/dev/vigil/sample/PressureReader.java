package dev.vigil.sample;

/**
 * Reads /proc/pressure/{cpu,memory,io} at each refresh, through files kept open; a file that
 * cannot be read the first time is not tried again (no PSI on this kernel). The one parser of
 * these files.
 */
final class PressureReader {
    private static final byte[] SOME = ProcFile.ascii("some ");
    private static final byte[] FULL = ProcFile.ascii("full ");
    private static final String[] NAMES = {"cpu", "memory", "io"};

    private final String root;
    private final ProcFile f;
    private final java.io.RandomAccessFile[] files = new java.io.RandomAccessFile[3];
    private final boolean[] absent = new boolean[3];

    PressureReader(String root, ProcFile f) {
        this.root = root;
        this.f = f;
    }

    /** The three resources now; null when none of the files is there. */
    Pressure read() {
        Pressure.Stall cpu = one(0), memory = one(1), io = one(2);
        return cpu == null && memory == null && io == null ? null : new Pressure(cpu, memory, io);
    }

    private Pressure.Stall one(int i) {
        if (absent[i]) return null;
        if (files[i] == null) files[i] = ProcFile.open(root + "/pressure/" + NAMES[i]);
        if (files[i] == null || !f.read(files[i])) {
            ProcFile.close(files[i]);
            files[i] = null;
            absent[i] = true;
            return null;
        }
        return parse(f);
    }

    /** The averages of a pressure file in the buffer; null when it has no "some" line. */
    static Pressure.Stall parse(ProcFile f) {
        int some = f.find(SOME, 0);
        if (some < 0) return null;
        double[] s = averages(f, some);
        int full = f.find(FULL, 0);
        double[] u = full < 0 ? new double[] {Double.NaN, Double.NaN, Double.NaN} : averages(f, full);
        return new Pressure.Stall(s[0], s[1], s[2], u[0], u[1], u[2]);
    }

    /** avg10, avg60 and avg300 of the line from at: the numbers after its first three '='. */
    private static double[] averages(ProcFile f, int at) {
        double[] out = new double[3];
        f.pos = at;
        for (int k = 0; k < 3; k++) {
            while (f.pos < f.len && f.buf[f.pos] != '=' && f.buf[f.pos] != '\n') f.pos++;
            if (f.pos >= f.len || f.buf[f.pos] != '=') {
                out[k] = Double.NaN;
                continue;
            }
            f.pos++;
            out[k] = f.nextDouble();
        }
        return out;
    }

    void close() {
        for (int i = 0; i < files.length; i++) {
            ProcFile.close(files[i]);
            files[i] = null;
        }
    }
}
