package dev.vigil.ui;

import dev.vigil.ui.overlays.Overlay;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/** The open overlays of one screen, top first for keys, bottom first for drawing (UI thread). */
public final class Overlays {
    private final Deque<Overlay> stack = new ArrayDeque<>();

    public void open(Overlay o) {
        stack.push(o);
    }

    /** Closes this overlay (and any opened above it). */
    public void close(Overlay o) {
        if (!stack.contains(o)) return;
        while (!stack.isEmpty()) {
            if (stack.pop() == o) break;
        }
    }

    /** The overlay that gets keys first, or null. */
    public Overlay top() {
        return stack.peek();
    }

    /** Open overlays, top first (a copy: an overlay may close itself meanwhile). */
    List<Overlay> topFirst() {
        return List.copyOf(stack);
    }

    /** Open overlays, bottom first. */
    public List<Overlay> list() {
        List<Overlay> l = new ArrayList<>(stack);
        Collections.reverse(l);
        return l;
    }
}
