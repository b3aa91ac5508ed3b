package dev.vigil.detail;

/**
 * One text line of the detail pane, already wrapped to the pane width by {@link DetailLines}.
 * The UI draws each line as {@link #text()} and may style it by kind (headers bold, warnings in
 * the warning colour).
 *
 * @param kind    HEADER: a section title (label and value empty); WARNING: a warning sentence or
 *                its continuation; FIELD: a label and its value; TEXT: a full-width line
 *                (environment entries, continuation of a long field)
 * @param section the section the line belongs to, e.g. "Signals" (see {@link DetailLines})
 * @param label   FIELD: the label ("" on a continuation line); otherwise ""
 * @param value   the text after the label (HEADER: "")
 */
public record Line(Kind kind, String section, String label, String value) {

    public enum Kind { HEADER, WARNING, FIELD, TEXT }

    /** Width of the label column, spaces included before the value. */
    public static final int LABEL_WIDTH = 18;

    /** The line as plain text: "Section", "! warning", "Label             value". */
    public String text() {
        return switch (kind) {
            case HEADER -> section;
            case WARNING -> value;
            case TEXT -> value;
            case FIELD -> pad(label) + value;
        };
    }

    static String pad(String label) {
        if (label.length() >= LABEL_WIDTH) return label + " ";
        return label + " ".repeat(LABEL_WIDTH - label.length());
    }
}
