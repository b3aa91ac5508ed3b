package dev.vigil.model;

import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;

/**
 * What one line of the process table shows: the process and, in tree view, where it sits.
 *
 * @param process     the process (or thread) of this line
 * @param guides      tree guide codes, one per depth level, outermost first; empty at top level
 *                    and in flat view. Codes: {@link #BAR} an ancestor's later sibling continues
 *                    below, {@link #BLANK} nothing, and as the last code {@link #TEE} (this node has
 *                    later siblings) or {@link #LAST} (last child). The UI turns them into glyphs.
 * @param hasChildren true when this node has visible children (expanded or collapsed)
 * @param collapsed   true when the user collapsed this node; its descendants are not listed
 * @param hidden      number of descendants hidden by collapsing this node (0 when expanded)
 */
public record Row(ProcessSample process, String guides, boolean hasChildren, boolean collapsed, int hidden) {
    public static final char BAR = '|';
    public static final char BLANK = ' ';
    public static final char TEE = '+';
    public static final char LAST = '`';

    public static Row flat(ProcessSample p) {
        return new Row(p, "", false, false, 0);
    }

    public Identity identity() {
        return process.identity();
    }

    public int depth() {
        return guides.length();
    }
}
