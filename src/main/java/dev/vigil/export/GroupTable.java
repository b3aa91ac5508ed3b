package dev.vigil.export;

import java.util.List;

/**
 * The groups of one snapshot, sorted by name, and how many group names were folded into
 * {@link Grouper#OTHER} by the {@code --max-groups} cap. Immutable.
 */
record GroupTable(List<GroupStats> groups, int folded) {
    static final GroupTable EMPTY = new GroupTable(List.of(), 0);
}
