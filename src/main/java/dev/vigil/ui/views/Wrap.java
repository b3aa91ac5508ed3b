package dev.vigil.ui.views;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping of already cleaned text into lines of at most a given number of columns. */
public final class Wrap {
    private Wrap() {
    }

    /**
     * Splits at spaces so that no line is wider than width; a word longer than a line is cut.
     * Continuation lines start with indent (which counts toward the width).
     */
    public static List<String> lines(String cleaned, int width, String indent) {
        int w = Math.max(1, width);
        String ind = Canvas.columns(indent) < w ? indent : ""; // an indent must leave room for text
        List<String> out = new ArrayList<>();
        String prefix = "";
        StringBuilder line = new StringBuilder();
        for (String word : cleaned.split(" ")) {
            String sep = line.length() == 0 ? "" : " ";
            if (Canvas.columns(prefix + line + sep + word) <= w) {
                line.append(sep).append(word);
                continue;
            }
            if (line.length() > 0) {
                out.add(prefix + line);
                prefix = ind;
                line.setLength(0);
            }
            while (!word.isEmpty() && Canvas.columns(prefix + word) > w) {
                String part = Canvas.fit(word, Math.max(1, w - Canvas.columns(prefix)));
                if (part.isEmpty()) part = word.substring(0, 1);
                out.add(prefix + part);
                prefix = ind;
                word = word.substring(part.length());
            }
            line.append(word);
        }
        if (line.length() > 0 || out.isEmpty()) out.add(prefix + line);
        return out;
    }
}
