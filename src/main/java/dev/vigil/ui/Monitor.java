package dev.vigil.ui;

import dev.vigil.sample.Sampler;

/** The full-screen monitor. Owns the terminal from start to restore. */
public final class Monitor {
    private Monitor() {
    }

    /** Runs until the user quits; returns the process exit status. */
    public static int run(Sampler sampler, MonitorOptions options) {
        throw new UnsupportedOperationException("monitor not written yet");
    }
}
