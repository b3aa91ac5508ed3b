package dev.vigil.model;

import java.util.ArrayList;
import java.util.List;

/** Splits a query into terms: words, "quoted text", and FIELD OP VALUE with optional spaces. */
final class QueryLexer {
    private QueryLexer() {
    }

    /** A term's text, with its 1-based column, whether it was quoted, and whether negated. */
    record Token(String text, int column, boolean quoted, boolean negated) {
    }

    static List<Token> tokens(String s) throws QueryException {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) i++;
            if (i >= n) break;
            int start = i;
            boolean neg = false;
            if (s.charAt(i) == '!' && i + 1 < n && s.charAt(i + 1) != '=') {
                neg = true;
                i++;
            }
            if (i < n && s.charAt(i) == '"') {
                int close = s.indexOf('"', i + 1);
                if (close < 0) throw new QueryException(i + 1, "unclosed quote");
                out.add(new Token(s.substring(i + 1, close), start + 1, true, neg));
                i = close + 1;
                continue;
            }
            StringBuilder word = new StringBuilder();
            while (i < n && !Character.isWhitespace(s.charAt(i))) word.append(s.charAt(i++));
            // Join "pid = 123", "cpu> 50", "cpu >50": an operator may stand apart from its sides.
            while (true) {
                int j = i;
                while (j < n && Character.isWhitespace(s.charAt(j))) j++;
                boolean endsWithOp = endsWithOperator(word);
                boolean nextIsOp = j < n && isOpChar(s.charAt(j)) && !(s.charAt(j) == '!'
                        && (j + 1 >= n || s.charAt(j + 1) != '='));
                if (j >= n || !(endsWithOp || nextIsOp)) break;
                i = j;
                while (i < n && !Character.isWhitespace(s.charAt(i))) word.append(s.charAt(i++));
            }
            out.add(new Token(word.toString(), start + 1, false, neg));
        }
        return out;
    }

    static boolean isOpChar(char c) {
        return c == '<' || c == '>' || c == '=' || c == '!' || c == ':';
    }

    private static boolean endsWithOperator(CharSequence w) {
        return w.length() > 0 && isOpChar(w.charAt(w.length() - 1));
    }
}
