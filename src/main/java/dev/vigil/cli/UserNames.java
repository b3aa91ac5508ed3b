package dev.vigil.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Whether {@code -u NAME} names a user of this machine: a number (a uid, with or without
 * processes), a name in /etc/passwd, or else one that {@code getent passwd} finds (NSS: LDAP and
 * the like; asked only for a name /etc/passwd does not hold).
 */
final class UserNames {
    private UserNames() {
    }

    static boolean exists(String user) {
        if (user.chars().allMatch(Character::isDigit)) return true;
        try {
            for (String line : Files.readAllLines(Path.of("/etc/passwd"), StandardCharsets.ISO_8859_1)) {
                if (line.startsWith(user + ":")) return true;
            }
        } catch (IOException | RuntimeException e) {
            // ask getent
        }
        try {
            Process p = new ProcessBuilder("getent", "passwd", user).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return true; // cannot tell: let the filter run
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return true; // no getent: cannot tell
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
