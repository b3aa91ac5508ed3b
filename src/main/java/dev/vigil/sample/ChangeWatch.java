package dev.vigil.sample;

import java.io.IOException;
import java.nio.file.Files;

/**
 * Keeps what the sampler remembers of a known process (program, command line, owner) true at
 * every refresh without reading its status and cmdline files each time:
 * <ul>
 * <li>an exec shows as a new comm name or, when the name is kept, as a new memory layout in the
 *     stat line already read ({@link StatLine#programLayout}); where the kernel hides the layout
 *     (another user's process, vigil not root) the command line is compared instead;</li>
 * <li>a change of effective uid (setuid, setresuid) shows as a new owner of the /proc/PID
 *     directory, which the kernel keeps equal to the effective uid (procps and htop read it the
 *     same way); only then is status read again, for the real uid beside it. The owner is asked
 *     only of processes that can change their uids at all (CAP_SETUID in the permitted set, or
 *     real, effective and saved uid not all equal): for the others an exec is the only way.</li>
 * </ul>
 * Works on the stat line in {@link StatLine} and the shared buffer; not thread-safe.
 */
final class ChangeWatch {
    private static final byte[] NO_BYTES = new byte[0];

    private final ProcFile f;
    private final StatLine st;
    private final ProcDetails details;
    private final Passwd passwd;

    ChangeWatch(ProcFile f, StatLine st, ProcDetails details, Passwd passwd) {
        this.f = f;
        this.st = st;
        this.details = details;
        this.passwd = passwd;
    }

    /**
     * Reads name, command line and uids again when the process is new or runs another program;
     * else checks its owner. False when the process vanished meanwhile. The stat line must be in
     * the buffer on entry; the buffer is overwritten. A process that did not run since it was
     * last read (ran false: its run probe is unchanged) cannot have changed its uids: its owner is
     * not asked.
     */
    boolean update(ProcEntry e, boolean ran) {
        boolean newName = e.commChanged(f.buf, st.commStart, st.commLength);
        if (newName) {
            e.comm = java.util.Arrays.copyOfRange(f.buf, st.commStart, st.commStart + st.commLength);
            e.name = Text.decode(e.comm, 0, e.comm.length);
        }
        boolean alive = st.state != 'Z' && st.state != 'X' && !st.kernelThread();
        if (newName || alive && execed(e)) return readProgram(e);
        if (alive && e.canChangeUid && ran) return followOwner(e);
        if (passwd.changed()) e.user = passwd.name(e.uid);
        return true;
    }

    /** Whether a process with the same name now runs another program (an exec). */
    private boolean execed(ProcEntry e) {
        long layout = st.programLayout();
        if (layout != 0) {
            boolean changed = e.layout != 0 && layout != e.layout;
            e.layout = layout;
            return changed;
        }
        if (!st.layoutHidden()) return false;
        // hidden since it was read (it became non-dumpable): read once more to have bytes to compare
        if (e.rawCommand == null) return true;
        return details.commandLineDiffers(e.dir(), e.rawCommand);
    }

    private boolean readProgram(ProcEntry e) {
        e.layout = st.programLayout();
        boolean hidden = st.layoutHidden();
        boolean kernel = st.kernelThread();
        if (!readUids(e)) return false; // status gone: the process vanished between the reads
        String cmd = kernel ? null : details.commandLine(e.dir(), hidden);
        e.rawCommand = !hidden ? null : details.raw != null ? details.raw : NO_BYTES;
        e.command = cmd == null || cmd.isEmpty() ? "[" + e.name + "]" : cmd;
        e.extraRead = false; // a new program: the exporter's exe and the rest are read again
        return true;
    }

    private boolean followOwner(ProcEntry e) {
        int owner;
        try {
            owner = (Integer) Files.getAttribute(e.dirPath(), "unix:uid");
        } catch (IOException | RuntimeException gone) {
            return false;
        }
        if (owner != e.uid) return readUids(e);
        if (passwd.changed()) e.user = passwd.name(e.uid);
        return true;
    }

    private boolean readUids(ProcEntry e) {
        if (!details.readUids(e.dir())) return false;
        e.uid = details.effectiveUid;
        e.realUid = details.realUid;
        e.canChangeUid = details.canChangeUid;
        e.user = passwd.name(e.uid);
        return true;
    }
}
