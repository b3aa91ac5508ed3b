package dev.vigil.sample;

/**
 * What only the exporter asks for about one process: cumulative counters and the facts it
 * groups by. Read when {@link Sampler#setIncludeExtra} is on ({@code vigil serve}); the monitor
 * never pays for it, and its samples carry null. Counters count over the whole life of the
 * process; -1 where the kernel refused (another user's process, without root).
 *
 * @param userSeconds        CPU time in user mode, seconds (/proc/PID/stat utime)
 * @param systemSeconds      CPU time in kernel mode, seconds (stime)
 * @param minorFaults        minor page faults (minflt)
 * @param majorFaults        major page faults (majflt)
 * @param readBytes          bytes fetched from storage (/proc/PID/io read_bytes); -1 unreadable
 * @param writeBytes         bytes sent to storage (write_bytes); -1 unreadable
 * @param openFds            open file descriptors; -1 unreadable
 * @param maxFds             soft limit on open files (/proc/PID/limits), read when the process
 *                           is first seen or execs; -1 unreadable or unlimited
 * @param voluntarySwitches  voluntary context switches (/proc/PID/status); -1 unreadable
 * @param involuntarySwitches involuntary context switches; -1 unreadable
 * @param swapBytes          swapped-out memory (VmSwap); 0 for kernel threads; -1 unreadable
 * @param exe                the executable's path (/proc/PID/exe), read when first seen or
 *                           after an exec; null when unreadable or a kernel thread
 * @param cgroup             the cgroup path (the v2 line of /proc/PID/cgroup, else the first
 *                           line), read when first seen or after an exec; null when unreadable
 */
public record ProcessExtra(double userSeconds, double systemSeconds, long minorFaults, long majorFaults,
                           long readBytes, long writeBytes, int openFds, long maxFds,
                           long voluntarySwitches, long involuntarySwitches, long swapBytes,
                           String exe, String cgroup) {
}
