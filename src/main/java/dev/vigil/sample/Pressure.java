package dev.vigil.sample;

/**
 * Pressure stall information (PSI, /proc/pressure/{cpu,memory,io}): the share of time in which
 * some (or all, "full") runnable tasks were stalled waiting for a resource, as the kernel's
 * running averages over 10, 60 and 300 seconds, in percent. A resource is null when its file is
 * absent (kernels before 4.20, or booted with psi=0).
 *
 * @param cpu    CPU pressure
 * @param memory memory pressure
 * @param io     I/O pressure
 */
public record Pressure(Stall cpu, Stall memory, Stall io) {

    /**
     * One resource's averages, percent. The "full" ones are NaN where the kernel gives no full
     * line (cpu before Linux 5.13; the system-wide cpu full line is always 0).
     */
    public record Stall(double some10, double some60, double some300, double full10, double full60, double full300) {
    }

    /** Whether any of the three files was there. */
    public boolean present() {
        return cpu != null || memory != null || io != null;
    }
}
