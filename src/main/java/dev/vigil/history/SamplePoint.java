package dev.vigil.history;

/**
 * One recorded sample's place in a history file.
 *
 * @param id         the sample's number in the file (increasing with time)
 * @param timeMillis when it was taken, epoch milliseconds
 */
public record SamplePoint(long id, long timeMillis) {
}
