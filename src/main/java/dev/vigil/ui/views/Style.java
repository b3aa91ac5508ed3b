package dev.vigil.ui.views;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;

import java.util.EnumSet;
import java.util.Set;

/** Foreground, background and modifiers for a run of text. Immutable. */
public record Style(TextColor fg, TextColor bg, Set<SGR> sgr) {
    public static final Style PLAIN = new Style(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, Set.of());

    public Style {
        sgr = sgr.isEmpty() ? Set.of() : Set.copyOf(sgr);
    }

    public static Style fg(TextColor fg) {
        return new Style(fg, TextColor.ANSI.DEFAULT, Set.of());
    }

    public static Style of(TextColor fg, TextColor bg) {
        return new Style(fg, bg, Set.of());
    }

    public Style with(SGR... mods) {
        EnumSet<SGR> s = sgr.isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(sgr);
        for (SGR m : mods) s.add(m);
        return new Style(fg, bg, s);
    }

    public Style withBackground(TextColor b) {
        return new Style(fg, b, sgr);
    }

    // Written out: compared for every cell of every frame, and a record's generated equals is
    // linked through invokedynamic at its first call (start-up time).
    @Override
    public boolean equals(Object o) {
        if (o == this) return true;
        return o instanceof Style s && s.fg.equals(fg) && s.bg.equals(bg) && s.sgr.equals(sgr);
    }

    @Override
    public int hashCode() {
        return (fg.hashCode() * 31 + bg.hashCode()) * 31 + sgr.hashCode();
    }
}
