package dev.vigil.action;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The state of the signal menu (F9 / k), without drawing: the entries, which one is selected,
 * and the digits typed so far. The configured escalation comes first ("e"), then TERM, QUIT,
 * KILL ("E"), then every signal by number; TERM is selected when it opens. Typing a signal's
 * number selects it ("1" then "9" selects STOP 19; a pause of 1.5 s starts a new number); "e"
 * and "E" select the escalations; arrows move. The UI draws {@link #entries()},
 * highlights {@link #selected()}, and on Enter takes {@link #choice()}. Not thread-safe: the
 * UI thread owns it.
 */
public final class SignalMenu {
    /**
     * One line of the menu.
     *
     * @param key     what to type to select it: the signal number, "e" or "E"
     * @param name    signal name ("TERM"), or the escalation's steps and waits
     * @param meaning a few words on what it does (may be empty)
     * @param choice  what Enter sends
     */
    public record Entry(String key, String name, String meaning, Choice choice) {
        /** " 15 TERM     ask to end (default)" — key right-aligned in 3, name padded to 9. */
        public String label() {
            String s = String.format("%3s %-9s %s", key, name, meaning);
            return s.stripTrailing();
        }
    }

    private final List<Entry> entries;
    private int selected;
    private String typed = "";
    private long typedAt;

    /** Digits typed further apart than this start a new number. */
    public static final long TYPING_PAUSE_MILLIS = 1500;

    /** A fresh menu with TERM, then KILL after {@code graceMillis} as the escalation. */
    public SignalMenu(long graceMillis) {
        this(EscalationChain.termThenKill(graceMillis));
    }

    /**
     * A fresh menu: {@code chain} (the configured escalation) as e, then TERM, QUIT, KILL (with the
     * chain's first wait between each) as E unless the chain is just that, then every signal.
     */
    public SignalMenu(EscalationChain chain) {
        List<Entry> list = new ArrayList<>();
        list.add(new Entry("e", chain.describe(), "", new Choice.Escalate(chain)));
        EscalationChain quit = EscalationChain.termQuitKill(chain.steps().get(0).waitMillis());
        if (!quit.equals(chain)) {
            list.add(new Entry("E", quit.describe(), "", new Choice.Escalate(quit)));
        }
        for (Signal s : Signal.ALL) {
            list.add(new Entry(Integer.toString(s.number()), s.name(), s.meaning(), new Choice.Send(s)));
        }
        entries = Collections.unmodifiableList(list);
        selected = indexOf(Signal.TERM.number());
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Index into {@link #entries()} of the highlighted line. */
    public int selected() {
        return selected;
    }

    public Choice choice() {
        return entries.get(selected).choice();
    }

    /** Digits typed so far toward a signal number ("" when none), to show beside the menu. */
    public String typed() {
        return typed;
    }

    public void up() {
        move(-1);
    }

    public void down() {
        move(1);
    }

    /** Moves by {@code delta} lines, stopping at either end (page keys pass the page height). */
    public void move(int delta) {
        typed = "";
        selected = Math.max(0, Math.min(entries.size() - 1, selected + delta));
    }

    public void home() {
        move(-entries.size());
    }

    public void end() {
        move(entries.size());
    }

    /**
     * Handles a typed character: a digit extends the number being typed (or starts a new one
     * when the longer number is no signal), "e" selects escalation. Returns false for other
     * characters, which the caller may use itself.
     */
    public boolean type(char c) {
        return type(c, System.nanoTime() / 1_000_000);
    }

    /** As {@link #type(char)}, at {@code nowMillis} on a monotonic clock (a pause forgets the digits). */
    public boolean type(char c, long nowMillis) {
        if (nowMillis - typedAt > TYPING_PAUSE_MILLIS) typed = "";
        typedAt = nowMillis;
        if (c == 'e' || c == 'E') {
            typed = "";
            selected = c == 'E' && entries.get(1).key().equals("E") ? 1 : 0;
            return true;
        }
        if (c < '0' || c > '9') return false;
        String longer = typed + c;
        if (longer.length() <= 2 && Signal.byNumber(Integer.parseInt(longer)) != null) {
            typed = longer;
        } else if (Signal.byNumber(c - '0') != null) {
            typed = String.valueOf(c);
        } else {
            typed = "";
            return true;
        }
        selected = indexOf(Integer.parseInt(typed));
        return true;
    }

    private int indexOf(int number) {
        String key = Integer.toString(number);
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key().equals(key)) return i;
        }
        return selected;
    }
}
