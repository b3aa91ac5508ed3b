package dev.vigil.ui;

import dev.vigil.sample.Snapshot;

import java.util.List;
import java.util.function.Consumer;

/**
 * What the source has to say after each snapshot it hands over (a move that reached the oldest
 * sample held, a recorder's full disk), put in the status line on the UI thread.
 */
final class SourceNotices {
    private SourceNotices() {
    }

    /** publish, then the source's notices (sampler thread) posted to the session's status line. */
    static Consumer<Snapshot> after(Consumer<Snapshot> publish, Session session) {
        return s -> {
            publish.accept(s);
            List<String> notes = session.app().source().notices();
            if (!notes.isEmpty()) session.controls().post(() -> notes.forEach(session::error));
        };
    }
}
