package org.strategycanvas.faults;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Catches every way a Java program opens a network connection, in the JVM it is installed in, and refuses it:
 * classic sockets (client, server, datagram) through their factories, the NIO channels (and so
 * {@code java.net.http.HttpClient}) through {@link GuardedSelectorProvider}, which the JVM must be started with
 * ({@code -Djava.nio.channels.spi.SelectorProvider=...}), and http, https and ftp URLs (also inside jar: URLs)
 * through a URL handler factory. Each attempt is recorded with the code that made it, even when that code swallows
 * the exception. Works on JDK 17 and later; the factories are deprecated, not gone.
 */
public final class NetworkGuard {

    private static final List<String> ATTEMPTS = new ArrayList<>();
    private static final Set<String> REMOTE_PROTOCOLS = Set.of("http", "https", "ftp");

    private NetworkGuard() {
    }

    /** Installs the factories; call once, first thing in main. */
    @SuppressWarnings("deprecation")
    public static void install() throws IOException {
        Socket.setSocketImplFactory(() -> {
            throw refuse("a socket");
        });
        ServerSocket.setSocketFactory(() -> {
            throw refuse("a server socket");
        });
        DatagramSocket.setDatagramSocketImplFactory(() -> {
            throw refuse("a datagram socket");
        });
        URL.setURLStreamHandlerFactory(protocol -> REMOTE_PROTOCOLS.contains(protocol) ? new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) throws IOException {
                throw new IOException(refuse("a connection to " + url).getMessage());
            }
        } : null);
        if (!(java.nio.channels.spi.SelectorProvider.provider() instanceof GuardedSelectorProvider)) {
            throw new IllegalStateException("start the JVM with -Djava.nio.channels.spi.SelectorProvider="
                    + GuardedSelectorProvider.class.getName());
        }
    }

    /** Records the attempt and what made it; the exception to throw instead of connecting. */
    static UnsupportedOperationException refuse(String what) {
        List<StackTraceElement> stack = Arrays.stream(new Throwable().getStackTrace())
                .filter(f -> !f.getClassName().startsWith(NetworkGuard.class.getName())
                        && !f.getClassName().startsWith(GuardedSelectorProvider.class.getName())).toList();
        String by = stack.stream().filter(f -> f.getClassName().startsWith("org.strategycanvas."))
                .map(StackTraceElement::toString).findFirst().orElse("code outside the app");
        String via = stack.stream().limit(6).map(StackTraceElement::toString).collect(Collectors.joining(" < "));
        synchronized (ATTEMPTS) {
            ATTEMPTS.add(what + " by " + by + " (" + via + ")");
        }
        return new UnsupportedOperationException("no network in the offline test: " + what);
    }

    /** Every attempt so far. */
    public static List<String> attempts() {
        synchronized (ATTEMPTS) {
            return List.copyOf(ATTEMPTS);
        }
    }
}
