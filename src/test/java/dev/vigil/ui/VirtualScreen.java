package dev.vigil.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.vigil.app.App;
import dev.vigil.app.LiveSource;
import dev.vigil.sample.Sampler;
import dev.vigil.ui.keys.KeyTable;
import dev.vigil.ui.keys.MainKeys;
import dev.vigil.ui.views.Canvas;
import dev.vigil.ui.views.Frame;
import dev.vigil.ui.views.Layout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A Lanterna virtual terminal with a screen on it, and helpers to draw a session and read text. */
public final class VirtualScreen {
    final DefaultVirtualTerminal vt;
    final TerminalScreen screen;

    VirtualScreen(int w, int h) throws IOException {
        vt = new DefaultVirtualTerminal(new TerminalSize(w, h));
        screen = new TerminalScreen(vt);
        screen.startScreen();
    }

    static MonitorOptions options() {
        return new MonitorOptions(0, Set.of(), null, null, null, false, false, false, false, false, List.of());
    }

    static Map<String, String> utf8Env() {
        Map<String, String> env = new HashMap<>();
        env.put("LANG", "C.UTF-8");
        env.put("TERM", "xterm-256color");
        return env;
    }

    static Session session(Path dir, Map<String, String> env, MonitorOptions o) {
        return session(dir, env, o, MainKeys.table());
    }

    /** A session on an app over a fake sampler, with its files under dir (vigil.conf, state/). */
    static Session session(Path dir, Map<String, String> env, MonitorOptions o, KeyTable keys) {
        return Setup.create(o, env, app(dir, env, o), keys);
    }

    static App app(Path dir, Map<String, String> env, MonitorOptions o) {
        return app(dir, env, o, new FakeSampler(0));
    }

    static App app(Path dir, Map<String, String> env, MonitorOptions o, Sampler sampler) {
        return App.create(LiveSource.of(sampler), Monitor.runOptions(o, env, new ArrayList<>()), paths(dir));
    }

    static App.Paths paths(Path dir) {
        return new App.Paths(dir.resolve("vigil.conf"), dir.resolve("state/alerts.jsonl"), dir.resolve("state"));
    }

    static Session session(Path dir) {
        return session(dir, utf8Env(), options());
    }

    Layout paint(Session s) throws IOException {
        screen.doResizeIfNecessary();
        Layout l = Frame.paint(new Canvas(screen.newTextGraphics(), s.glyphs(), s.theme()), s);
        s.mouse().laidOut(l);
        screen.refresh();
        return l;
    }

    void resize(int w, int h) {
        vt.setTerminalSize(new TerminalSize(w, h));
    }

    List<String> lines() {
        TerminalSize size = vt.getTerminalSize();
        List<String> out = new ArrayList<>();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter ch = vt.getCharacter(c, r);
                sb.append(ch.getCharacterString());
                if (ch.isDoubleWidth()) c++;
            }
            out.add(sb.toString().stripTrailing());
        }
        return out;
    }

    String text() {
        return String.join("\n", lines());
    }

    TextCharacter at(int col, int row) {
        return vt.getCharacter(col, row);
    }

    /** Row index of the first line containing s, or -1. */
    int rowOf(String s) {
        List<String> l = lines();
        for (int i = 0; i < l.size(); i++) if (l.get(i).contains(s)) return i;
        return -1;
    }

    static KeyStroke key(KeyType t) {
        return new KeyStroke(t);
    }

    static KeyStroke ch(char c) {
        return new KeyStroke(c, false, false);
    }

    static KeyStroke ctrl(char c) {
        return new KeyStroke(c, true, false);
    }

    /** Sends each character of s as a key. */
    static void type(Session s, String text) {
        for (char c : text.toCharArray()) s.handleKey(ch(c));
    }
}
