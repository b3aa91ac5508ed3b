package dev.vigil.ui.keys;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import java.util.Map;

/**
 * One key as the key table knows it: a special key (F1, Up, Enter…) or a character, with Ctrl.
 * Characters are case-sensitive ({@code P} is not {@code p}); Alt combinations are not keys of
 * the table.
 *
 * @param type  the Lanterna key type; {@link KeyType#Character} for characters
 * @param ch    the character for {@link KeyType#Character}, else 0
 * @param ctrl  Ctrl held (only for characters: Ctrl-L is {@code ('l', ctrl)})
 */
public record Key(KeyType type, char ch, boolean ctrl) {
    private static final Map<String, KeyType> NAMED = Map.ofEntries(
            Map.entry("Up", KeyType.ArrowUp), Map.entry("Down", KeyType.ArrowDown),
            Map.entry("Left", KeyType.ArrowLeft), Map.entry("Right", KeyType.ArrowRight),
            Map.entry("PgUp", KeyType.PageUp), Map.entry("PgDn", KeyType.PageDown),
            Map.entry("Home", KeyType.Home), Map.entry("End", KeyType.End),
            Map.entry("Enter", KeyType.Enter), Map.entry("Esc", KeyType.Escape),
            Map.entry("Tab", KeyType.Tab), Map.entry("Backspace", KeyType.Backspace),
            Map.entry("Delete", KeyType.Delete), Map.entry("Insert", KeyType.Insert));

    /**
     * A key from its name: {@code F1}…{@code F12}, {@code Up Down Left Right PgUp PgDn Home End
     * Enter Esc Tab Backspace Delete Insert Space}, {@code Ctrl-X}, or one character.
     */
    public static Key parse(String name) {
        if (name.length() == 1) return new Key(KeyType.Character, name.charAt(0), false);
        if (name.equals("Space")) return new Key(KeyType.Character, ' ', false);
        if (name.startsWith("Ctrl-") && name.length() == 6) {
            return new Key(KeyType.Character, Character.toLowerCase(name.charAt(5)), true);
        }
        KeyType t = NAMED.get(name);
        if (t != null) return new Key(t, (char) 0, false);
        if (name.matches("F([1-9]|1[0-2])")) return new Key(KeyType.valueOf(name), (char) 0, false);
        throw new IllegalArgumentException("unknown key name '" + name + "'");
    }

    /** The key of a keystroke; null for keystrokes the table never binds (Alt-x, mouse, …). */
    public static Key of(KeyStroke k) {
        if (k == null || k.isAltDown()) return null;
        if (k.getKeyType() == KeyType.Character) {
            char c = k.getCharacter();
            if (k.isCtrlDown()) return new Key(KeyType.Character, Character.toLowerCase(c), true);
            return new Key(KeyType.Character, c, false);
        }
        return new Key(k.getKeyType(), (char) 0, false);
    }

    public boolean isFunctionKey() {
        return type.ordinal() >= KeyType.F1.ordinal() && type.ordinal() <= KeyType.F19.ordinal();
    }

    /** Number of a function key (F7 → 7), 0 for other keys. */
    public int functionNumber() {
        return isFunctionKey() ? Integer.parseInt(type.name().substring(1)) : 0;
    }

    /** The name {@link #parse} accepts, as shown in help and README. */
    public String name() {
        if (type == KeyType.Character) {
            if (ctrl) return "Ctrl-" + Character.toUpperCase(ch);
            return ch == ' ' ? "Space" : String.valueOf(ch);
        }
        for (Map.Entry<String, KeyType> e : NAMED.entrySet()) {
            if (e.getValue() == type) return e.getKey();
        }
        return type.name();
    }

    // Written out: a record's generated equals and hashCode are linked through invokedynamic at
    // their first call, which cost ~20 ms of every start (the key table hashes keys while built).
    @Override
    public boolean equals(Object o) {
        return o instanceof Key k && k.type == type && k.ch == ch && k.ctrl == ctrl;
    }

    @Override
    public int hashCode() {
        return (type.ordinal() * 31 + ch) * 2 + (ctrl ? 1 : 0);
    }

    @Override
    public String toString() {
        return name();
    }
}
