package dev.vigil.detail;

/**
 * Names a controlling terminal from the tty_nr device number of /proc/PID/stat, as ps does for
 * the common devices: pts/N, ttyN, ttySN, tty, console; "major:minor" for anything else and
 * "" for no terminal (tty_nr 0).
 */
public final class Tty {
    private Tty() {
    }

    public static int major(int ttyNr) {
        return (ttyNr >>> 8) & 0xfff;
    }

    public static int minor(int ttyNr) {
        return (ttyNr & 0xff) | ((ttyNr >>> 12) & 0xfff00);
    }

    public static String name(int ttyNr) {
        if (ttyNr == 0) return "";
        int major = major(ttyNr);
        int minor = minor(ttyNr);
        if (major >= 136 && major <= 143) return "pts/" + ((major - 136) * 256 + minor);
        if (major == 4) return minor < 64 ? "tty" + minor : "ttyS" + (minor - 64);
        if (major == 5 && minor == 0) return "tty";
        if (major == 5 && minor == 1) return "console";
        return major + ":" + minor;
    }
}
