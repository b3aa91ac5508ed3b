package dev.vigil.detail;

/**
 * One plain-sentence warning about what signals will (not) do to a process.
 *
 * @param kind       what the warning is about
 * @param text       the sentence shown to the user
 * @param relatedPid ZOMBIE: the parent that should reap it (the UI offers to select it);
 *                   TRACED: the tracer; 0 otherwise
 * @param signal     SIGNAL_IGNORED and NAMESPACE_INIT: the signal number; 0 otherwise
 */
public record Warning(Kind kind, String text, int relatedPid, int signal) {

    public enum Kind { ZOMBIE, UNINTERRUPTIBLE, STOPPED, TRACED, SIGNAL_IGNORED, NAMESPACE_INIT }

    @Override
    public String toString() {
        return text;
    }
}
