package dev.vigil.alert;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an {@code --alert-exec} command into argv the way a shell would split words, and
 * nothing more: blanks separate words, 'single quotes' keep everything literally, "double
 * quotes" keep blanks (backslash escapes " and \ inside), a backslash outside quotes escapes the
 * next character. No $variables, no $(commands), no globs, no ; or | — those stay literal text.
 */
public final class CommandLine {
    private CommandLine() {
    }

    /** The words of cmd; IllegalArgumentException with a one-line reason when malformed. */
    public static List<String> split(String cmd) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        int n = cmd.length();
        for (int i = 0; i < n; i++) {
            char c = cmd.charAt(i);
            if (c == '\'') {
                int close = cmd.indexOf('\'', i + 1);
                if (close < 0) throw new IllegalArgumentException("unclosed ' at column " + (i + 1));
                w.append(cmd, i + 1, close);
                i = close;
                inWord = true;
            } else if (c == '"') {
                int j = i + 1;
                while (j < n && cmd.charAt(j) != '"') {
                    char d = cmd.charAt(j);
                    if (d == '\\' && j + 1 < n && (cmd.charAt(j + 1) == '"' || cmd.charAt(j + 1) == '\\')) {
                        d = cmd.charAt(++j);
                    }
                    w.append(d);
                    j++;
                }
                if (j >= n) throw new IllegalArgumentException("unclosed \" at column " + (i + 1));
                i = j;
                inWord = true;
            } else if (c == '\\' && i + 1 < n) {
                w.append(cmd.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) words.add(w.toString());
                w.setLength(0);
                inWord = false;
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) words.add(w.toString());
        if (words.isEmpty()) throw new IllegalArgumentException("empty command");
        return List.copyOf(words);
    }
}
