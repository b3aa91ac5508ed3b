/**
 * Alert rules and their evaluation over successive snapshots. Pure: the engine is given each
 * {@link dev.vigil.sample.Snapshot} and the time, and returns the transitions it caused.
 * <ul>
 *   <li>{@link dev.vigil.alert.Rule} / {@link dev.vigil.alert.RuleParser}: the one rule syntax
 *       {@code METRIC OP VALUE [for D] [where QUERY] [severity S] [cooldown D]}</li>
 *   <li>{@link dev.vigil.alert.AlertEngine}: sustain, cooldown, hysteresis, acknowledge, watch</li>
 *   <li>{@link dev.vigil.alert.AlertJson}, {@link dev.vigil.alert.AlertText}: output forms</li>
 *   <li>{@link dev.vigil.alert.AlertLog}: the append-only alerts.jsonl</li>
 *   <li>{@link dev.vigil.alert.AlertExec}: {@code --alert-exec}, without a shell</li>
 *   <li>{@link dev.vigil.alert.AlertConfig}: rule lines from the config file</li>
 * </ul>
 * Imports sample and model only; never ui, action or cli.
 */
package dev.vigil.alert;
