package dev.vigil.model;

import dev.vigil.sample.Identity;

/**
 * The selected process, remembered by identity, never by row number.
 *
 * @param identity the selected process; null when nothing is selected yet
 * @param parent   its parent's identity when last seen, for the fallback when it dies; may be null
 * @param index    its row index when last resolved: the fallback position when neither the
 *                 process nor its parent is shown any more
 */
public record Selection(Identity identity, Identity parent, int index) {
    public static final Selection NONE = new Selection(null, null, 0);
}
