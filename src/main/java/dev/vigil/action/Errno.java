package dev.vigil.action;

/**
 * Linux errno numbers that signals and renice can meet, with their symbolic names. The
 * numbers are the generic Linux ones (x86_64, aarch64 and most others).
 */
public final class Errno {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int ESRCH = 3;
    public static final int EINTR = 4;
    public static final int EBADF = 9;
    public static final int EAGAIN = 11;
    public static final int ENOMEM = 12;
    public static final int EACCES = 13;
    public static final int EINVAL = 22;
    public static final int ENFILE = 23;
    public static final int EMFILE = 24;
    public static final int ENOSYS = 38;

    private Errno() {
    }

    /** "EPERM" for 1, and so on; "errno N" for numbers not listed here. */
    public static String name(int errno) {
        return switch (errno) {
            case EPERM -> "EPERM";
            case ENOENT -> "ENOENT";
            case ESRCH -> "ESRCH";
            case EINTR -> "EINTR";
            case EBADF -> "EBADF";
            case EAGAIN -> "EAGAIN";
            case ENOMEM -> "ENOMEM";
            case EACCES -> "EACCES";
            case EINVAL -> "EINVAL";
            case ENFILE -> "ENFILE";
            case EMFILE -> "EMFILE";
            case ENOSYS -> "ENOSYS";
            default -> "errno " + errno;
        };
    }

    /** A few words for an errno not covered by a more specific message. */
    public static String words(int errno) {
        return switch (errno) {
            case EPERM -> "not permitted";
            case ESRCH -> "no such process";
            case EACCES -> "permission denied";
            case EINVAL -> "invalid argument";
            case ENOMEM -> "out of memory";
            case EMFILE, ENFILE -> "too many open files";
            case ENOSYS -> "not supported by this kernel";
            case EAGAIN -> "resource temporarily unavailable";
            default -> "failed";
        };
    }
}
