package dev.vigil.detail;

import dev.vigil.sample.Identity;

/** What {@link DetailReader#read} found: the detail, or that the process is gone. */
public sealed interface DetailResult permits DetailResult.Found, DetailResult.Exited {

    /** The process is there (it may still exit a moment later). */
    record Found(ProcessDetail detail) implements DetailResult {
    }

    /**
     * The process has exited. {@code message} is one sentence for the user: "process exited",
     * or "process exited; PID N now belongs to another process" when the PID was reused.
     */
    record Exited(Identity identity, String message) implements DetailResult {
    }
}
