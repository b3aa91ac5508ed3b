/**
 * Acting on processes: signals ({@link dev.vigil.action.Signal}), renice, TERM-then-KILL
 * escalation, confirmation rules, result wording and the action log, all behind
 * {@link dev.vigil.action.Actions}. Every action re-checks the captured identity (PID + start
 * time) before touching a process. The only package that imports jnr (in
 * {@link dev.vigil.action.NativeKernel}, loaded lazily).
 */
package dev.vigil.action;
