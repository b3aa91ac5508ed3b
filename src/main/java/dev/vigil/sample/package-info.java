/**
 * Reading the operating system into immutable records: {@link dev.vigil.sample.Snapshot},
 * {@link dev.vigil.sample.ProcessSample}, {@link dev.vigil.sample.SystemSample}. The only package
 * that imports OSHI. On Linux, processes come from our own incremental /proc reader; OSHI is the
 * portable fallback and the source of system meters where /proc is absent.
 */
package dev.vigil.sample;
