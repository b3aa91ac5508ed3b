/**
 * Triage detail for one process: literal /proc text parsed into records
 * ({@link dev.vigil.detail.ProcStatus}, {@link dev.vigil.detail.Limit},
 * {@link dev.vigil.detail.Socket}, ...), one {@link dev.vigil.detail.DetailReader#read} that
 * gathers them into a {@link dev.vigil.detail.ProcessDetail}, plain-sentence
 * {@link dev.vigil.detail.Warnings}, per-process {@link dev.vigil.detail.History} with
 * sparklines, and the two outputs the screens use: {@link dev.vigil.detail.DetailLines} (text
 * lines for the pane) and {@link dev.vigil.detail.DetailJson} (the {@code "detail"} object of
 * {@code --json --detail}). Everything except {@link dev.vigil.detail.DetailReader} and
 * {@link dev.vigil.detail.ProcSource#system()} is a pure function of its inputs.
 */
package dev.vigil.detail;
