package dev.vigil.history;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import dev.vigil.sample.Text;

/**
 * Names, users and command lines into SQLite and back without loss. Valid text is stored as
 * TEXT (what sqlite3 shows plainly). A string holding bytes that were not UTF-8 (the lone
 * surrogates U+DC80..U+DCFF of {@link Text#decode}) is stored as a BLOB of the original bytes,
 * and decoded the same way when read.
 */
final class Strings {
    private Strings() {
    }

    static void bind(PreparedStatement st, int index, String s) throws SQLException {
        if (hasRawBytes(s)) st.setBytes(index, rawBytes(s));
        else st.setString(index, s);
    }

    static String read(ResultSet r, int column) throws SQLException {
        Object o = r.getObject(column);
        if (o instanceof byte[] b) return Text.decode(b);
        return o == null ? "" : o.toString();
    }

    static boolean hasRawBytes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    /** The bytes {@link Text#decode} made s from: escaped bytes as themselves, the rest as UTF-8. */
    static byte[] rawBytes(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (Character.isSurrogate(c) && !pair) {
                out.writeBytes(s.substring(run, i).getBytes(StandardCharsets.UTF_8));
                out.write(c >= 0xdc80 && c <= 0xdcff ? c - 0xdc00 : '?');
                run = i + 1;
            } else if (pair) {
                i++;
            }
        }
        out.writeBytes(s.substring(run).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
