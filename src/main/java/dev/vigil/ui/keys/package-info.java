/**
 * The one key table ({@link dev.vigil.ui.keys.KeyTable}): keys, bindings and the reactions they
 * return, and the groups of bindings each part of the monitor adds (main, actions, alerts, detail).
 */
package dev.vigil.ui.keys;
