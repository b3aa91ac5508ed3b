package dev.vigil.action;

/** A multi-threaded child for live tests: a JVM (with its many threads) that sleeps a minute. */
public final class Sleeper {
    private Sleeper() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread.sleep(60_000);
    }
}
