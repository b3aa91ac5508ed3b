package dev.vigil.sample;

/**
 * Where one CPU's (or all CPUs') time went between two samples, each as a percentage of that
 * time, 0..100, from the /proc/stat columns. {@link #busy} is what vigil calls CPU use.
 *
 * @param user   user time, guest time included (the kernel counts guest inside user)
 * @param nice   user time at a positive nice value (guest_nice included)
 * @param system kernel time: system, irq, softirq and steal
 * @param iowait idle time with I/O outstanding (not busy; shown apart as htop's detailed bars do)
 */
public record CpuSplit(double user, double nice, double system, double iowait) {
    public static final CpuSplit ZERO = new CpuSplit(0, 0, 0, 0);

    /** user + nice + system: the busy share. */
    public double busy() {
        return user + nice + system;
    }
}
