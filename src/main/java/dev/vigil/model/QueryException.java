package dev.vigil.model;

/** A query or rule that does not parse: where (1-based column) and why, in words. */
public final class QueryException extends Exception {
    private final int position;
    private final String reason;

    public QueryException(int position, String reason) {
        super("at column " + position + ": " + reason);
        this.position = position;
        this.reason = reason;
    }

    /** 1-based column in the text given to the parser. */
    public int position() {
        return position;
    }

    public String reason() {
        return reason;
    }
}
