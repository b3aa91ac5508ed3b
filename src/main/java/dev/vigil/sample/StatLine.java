package dev.vigil.sample;

/**
 * The fields vigil uses from one /proc/PID/stat line, parsed from bytes in place. Mutable and
 * reused for every process of a refresh. The comm name sits between the first '(' and the
 * LAST ')': it may itself hold spaces, parentheses, newlines or invalid UTF-8.
 * Times are clock ticks; sizes are bytes (vsize) and pages (rss). The one parser of
 * /proc/PID/stat: the sampler reads with it in place, {@link ProcStat} (detail, action) through it.
 * <p>
 * The addresses of the program's memory layout (start_code, end_code, start_stack, arg_start,
 * arg_end) change at every exec (a new memory map, placed anew by ASLR), so they tell an exec
 * that kept the comm name at no extra read. The kernel shows them only to a reader allowed to
 * ptrace-read the process (root, or the same user while the process is dumpable); to others it
 * shows 1 for start_code and 0 for the rest, and 0 for all when there is no memory map.
 */
final class StatLine {
    /** PF_KTHREAD in the flags field: the task is a kernel thread. */
    static final long PF_KTHREAD = 0x00200000L;

    int pid;      // full parse only
    int pgrp;
    int session;
    int ttyNr;
    int commStart;
    int commLength;
    char state;
    int ppid;
    long flags;
    long minorFaults;
    long majorFaults;
    long utime;
    long stime;
    int priority;
    int nice;
    int threads;
    long startTicks;
    long vsizeBytes;
    long rssPages;
    long startCode;
    long endCode;
    long startStack;
    long argStart;
    long argEnd;
    int processor; // field 39: the CPU it last ran on

    /** Parses the buffer's content; false when it is not a stat line (empty file, truncated). */
    boolean parse(ProcFile f) {
        return parse(f, false);
    }

    /**
     * The same; full also reads the PID, which the sampler's refresh skips.
     */
    boolean parse(ProcFile f, boolean full) {
        int open = f.indexOf((byte) '(', 0);
        int close = -1;
        for (int i = f.len - 1; i > open; i--) {
            if (f.buf[i] == ')') {
                close = i;
                break;
            }
        }
        if (open < 0 || close < 0 || close + 2 >= f.len) return false;
        if (full) {
            f.pos = 0;
            pid = (int) f.nextLong();                    // 1
        }
        commStart = open + 1;
        commLength = close - open - 1;
        f.pos = close + 1;
        f.skipBlanks();
        state = (char) (f.buf[f.pos] & 0xff);            // field 3
        f.pos++;
        ppid = (int) f.nextLong();                       // 4
        pgrp = (int) f.nextLong();                       // 5
        session = (int) f.nextLong();                    // 6
        ttyNr = (int) f.nextLong();                      // 7
        f.skipFields(1);                                 // 8: tpgid
        flags = f.nextLong();                            // 9
        minorFaults = f.nextLong();                      // 10: minflt
        f.skipFields(1);                                 // 11: cminflt
        majorFaults = f.nextLong();                      // 12: majflt
        f.skipFields(1);                                 // 13: cmajflt
        utime = f.nextLong();                            // 14
        stime = f.nextLong();                            // 15
        f.skipFields(2);                                 // 16-17: children's times
        priority = (int) f.nextLong();                   // 18
        nice = (int) f.nextLong();                       // 19
        threads = (int) f.nextLong();                    // 20
        f.skipFields(1);                                 // 21: itrealvalue
        startTicks = f.nextLong();                       // 22
        vsizeBytes = f.nextLong();                       // 23
        if (f.pos >= f.len) return false;                // truncated before field 24
        rssPages = f.nextLong();                         // 24
        f.skipFields(1);                                 // 25: rsslim
        startCode = f.nextLong();                        // 26
        endCode = f.nextLong();                          // 27
        startStack = f.nextLong();                       // 28
        f.skipFields(10);                                // 29-38
        processor = (int) f.nextLong();                  // 39
        f.skipFields(8);                                 // 40-47
        argStart = f.nextLong();                         // 48 (0 before Linux 3.5)
        argEnd = f.nextLong();                           // 49
        return true;
    }

    /**
     * A fingerprint of the program's memory layout, different after each exec; 0 when the kernel
     * hides the layout from this reader or the process has no memory map (kernel thread, zombie).
     */
    long programLayout() {
        if (startCode <= 1 && argStart == 0) return 0;
        long h = startCode;
        h = h * 31 + endCode;
        h = h * 31 + startStack;
        h = h * 31 + argStart;
        h = h * 31 + argEnd;
        return h == 0 ? 1 : h;
    }

    /** True when the process has a memory map whose layout the kernel hides from this reader. */
    boolean layoutHidden() {
        return startCode == 1 && argStart == 0 && startStack == 0;
    }

    boolean kernelThread() {
        return (flags & PF_KTHREAD) != 0;
    }
}
