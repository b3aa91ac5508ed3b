package dev.vigil.sample;

/**
 * What the Linux sampler remembers about one PID (or thread id) between refreshes: the
 * identity it was seen with, the Strings read once (name, command line, user), and the counters
 * that rates are measured from. Mutable; owned by the sampler thread.
 */
final class ProcEntry {
    final int pid;
    final int tgid;
    final long startTicks;
    final String statPath;
    byte[] comm;                 // null until first read (a comm name may be empty)
    String name = "";
    String command = "";
    int uid = -1;                // effective uid
    int realUid = -1;
    boolean canChangeUid;        // CAP_SETUID, or real/effective/saved differ: its owner is watched
    String user = "";
    long layout;                 // StatLine.programLayout() at the last refresh; 0 when hidden
    byte[] rawCommand;           // cmdline bytes, kept only while the layout is hidden
    java.nio.file.Path dirPath;  // /proc/PID (or the thread's task dir), for its owner
    long cpuTicks = -1;          // utime + stime at the previous refresh; -1 before the first
    long ioRead = -1;            // read_bytes at the previous refresh; -1 before the first
    long ioWrite = -1;
    boolean ioUnreadable;        // io refused once: not asked again for this process
    // The exporter's only (vigil serve):
    long maxFds = -1;            // read when first seen and after an exec
    String exe;                  // likewise
    String cgroup;               // likewise
    boolean extraRead;           // whether the three above were read for the current comm
    long slowRead = -1;          // refresh number of the last status and fd read; -1 before the first
    int openFds = -1;            // from that read
    long voluntary = -1, involuntary = -1, swapBytes = -1; // likewise
    byte[] cgroupRaw;            // the cgroup file as last read for ProcessAttrs (only while asked for)
    String cgroupPath;           // its path
    ProcessAttrs attrs;          // the optional facts of the last refresh, handed out again while unchanged
    long seen;                   // refresh number that last saw this entry
    java.io.RandomAccessFile statFile; // kept open across refreshes while the budget allows
    java.io.RandomAccessFile ioFile;
    java.io.RandomAccessFile statmFile;
    java.io.RandomAccessFile schedstatFile; // the run probe (RunProbe), kept open like stat
    // What a process that did not run is shown with (see RunProbe):
    ProcessSample last;          // the sample of the last full read; null before one
    long fullAt;                 // refresh number of that read (staggered at creation)
    long born;                   // refresh number that made this entry
    long runNanos = -1;          // the probe as read just before that full read; -1 unknown
    long runCount = -1;

    ProcEntry(String root, int pid, int tgid, long startTicks) {
        this.pid = pid;
        this.tgid = tgid;
        this.startTicks = startTicks;
        this.statPath = pid == tgid ? root + "/" + pid + "/stat" : root + "/" + tgid + "/task/" + pid + "/stat";
    }

    String dir() {
        return statPath.substring(0, statPath.length() - "/stat".length());
    }

    java.nio.file.Path dirPath() {
        if (dirPath == null) dirPath = java.nio.file.Path.of(dir());
        return dirPath;
    }

    /** Closes the files kept open; returns how many were open. */
    int closeFiles() {
        int n = (statFile != null ? 1 : 0) + (ioFile != null ? 1 : 0) + (statmFile != null ? 1 : 0)
                + (schedstatFile != null ? 1 : 0);
        ProcFile.close(statFile);
        ProcFile.close(ioFile);
        ProcFile.close(statmFile);
        ProcFile.close(schedstatFile);
        statFile = null;
        ioFile = null;
        statmFile = null;
        schedstatFile = null;
        return n;
    }

    /** Whether the comm bytes in the buffer differ from the ones remembered. */
    boolean commChanged(byte[] buf, int off, int len) {
        if (comm == null || len != comm.length) return true;
        for (int i = 0; i < len; i++) if (comm[i] != buf[off + i]) return true;
        return false;
    }
}
