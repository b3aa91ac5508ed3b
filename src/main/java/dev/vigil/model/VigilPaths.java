package dev.vigil.model;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where vigil keeps files, following the XDG base directory rules: the config file under
 * $XDG_CONFIG_HOME (default ~/.config) and logs under $XDG_STATE_HOME (default ~/.local/state).
 * A relative XDG value is ignored, as the specification says.
 */
public final class VigilPaths {
    private VigilPaths() {
    }

    /** $XDG_CONFIG_HOME/vigil/vigil.conf, default ~/.config/vigil/vigil.conf. */
    public static Path configFile(Map<String, String> env) {
        return base(env, "XDG_CONFIG_HOME", ".config").resolve("vigil").resolve("vigil.conf");
    }

    /** $XDG_STATE_HOME/vigil, default ~/.local/state/vigil (not created here). */
    public static Path stateDir(Map<String, String> env) {
        return base(env, "XDG_STATE_HOME", ".local/state").resolve("vigil");
    }

    public static Path configFile() {
        return configFile(System.getenv());
    }

    public static Path stateDir() {
        return stateDir(System.getenv());
    }

    private static Path base(Map<String, String> env, String var, String underHome) {
        String v = env.get(var);
        if (v != null && !v.isEmpty() && Path.of(v).isAbsolute()) return Path.of(v);
        String home = env.get("HOME");
        if (home == null || home.isEmpty()) home = System.getProperty("user.home");
        return Path.of(home).resolve(underHome);
    }
}
