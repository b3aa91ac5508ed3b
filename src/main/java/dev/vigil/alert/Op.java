package dev.vigil.alert;

/** A rule's comparison. {@code =} is read as {@code ==}; the canonical spelling is the symbol. */
public enum Op {
    GT(">"), GE(">="), LT("<"), LE("<="), EQ("=="), NE("!=");

    private final String symbol;

    Op(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether {@code value OP threshold} holds; never for NaN (an unreadable value). */
    public boolean test(double value, double threshold) {
        if (Double.isNaN(value)) return false;
        return switch (this) {
            case GT -> value > threshold;
            case GE -> value >= threshold;
            case LT -> value < threshold;
            case LE -> value <= threshold;
            case EQ -> value == threshold;
            case NE -> value != threshold;
        };
    }

    /** The operator for its text, or null. */
    public static Op parse(String text) {
        if (text.equals("=")) return EQ;
        for (Op op : values()) {
            if (op.symbol.equals(text)) return op;
        }
        return null;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
