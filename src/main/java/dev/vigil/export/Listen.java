package dev.vigil.export;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where serve listens: an address and a port, written ADDR:PORT ({@code 127.0.0.1:9256},
 * {@code [::1]:9256}, {@code 0.0.0.0:9256}) or :PORT for the default address.
 */
public record Listen(InetAddress address, int port) {
    public static final String DEFAULT = "127.0.0.1:9256";

    /** Parses ADDR:PORT; the exception's message is the one-line reason. */
    public static Listen parse(String text) {
        String t = text.trim();
        int colon = t.lastIndexOf(':');
        if (colon < 0) throw new IllegalArgumentException("'" + t + "' is not ADDR:PORT (e.g. " + DEFAULT + ")");
        String host = t.substring(0, colon);
        String portText = t.substring(colon + 1);
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        else if (host.contains(":")) throw new IllegalArgumentException("'" + t + "': write an IPv6 address in brackets ([::1]:9256)");
        if (host.isEmpty()) host = "127.0.0.1";
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + portText + "' is not a port number");
        }
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port " + port + " is out of range (0-65535)");
        try {
            return new Listen(InetAddress.getByName(host), port);
        } catch (UnknownHostException | SecurityException e) {
            throw new IllegalArgumentException("'" + host + "' is not an address of this machine's resolver");
        }
    }

    /** ADDR:PORT as a URL's authority. */
    public String authority() {
        String a = address.getHostAddress();
        return (a.contains(":") ? "[" + a + "]" : a) + ":" + port;
    }
}
