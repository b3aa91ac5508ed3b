package dev.vigil.detail;

import java.util.function.Function;

/**
 * A value read from /proc that may be missing for a reason the user should see: present,
 * "needs root" (the kernel refused: EACCES/EPERM, typically another user's process), or
 * unavailable (the file is absent: a zombie has no exe, a kernel without I/O accounting has no
 * io file, or the process went away mid-read). Never an error.
 *
 * @param value  the value when {@code access} is OK; null otherwise
 * @param access which of the three cases this is
 */
public record Probe<T>(T value, Access access) {

    public enum Access { OK, NEEDS_ROOT, UNAVAILABLE }

    public static final String NEEDS_ROOT_TEXT = "needs root";
    public static final String UNAVAILABLE_TEXT = "unavailable";

    public static <T> Probe<T> of(T value) {
        return new Probe<>(value, Access.OK);
    }

    public static <T> Probe<T> needsRoot() {
        return new Probe<>(null, Access.NEEDS_ROOT);
    }

    public static <T> Probe<T> unavailable() {
        return new Probe<>(null, Access.UNAVAILABLE);
    }

    public boolean ok() {
        return access == Access.OK;
    }

    public boolean needsRootAccess() {
        return access == Access.NEEDS_ROOT;
    }

    public T orElse(T other) {
        return ok() ? value : other;
    }

    /** The value mapped, keeping the reason when there is none. */
    public <R> Probe<R> map(Function<? super T, ? extends R> f) {
        return ok() ? Probe.of(f.apply(value)) : new Probe<>(null, access);
    }

    /** The value as text, or "needs root" / "unavailable". */
    public String text(Function<? super T, String> show) {
        return switch (access) {
            case OK -> show.apply(value);
            case NEEDS_ROOT -> NEEDS_ROOT_TEXT;
            case UNAVAILABLE -> UNAVAILABLE_TEXT;
        };
    }
}
