package org.strategycanvas.faults;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;

/**
 * The NIO part of {@link NetworkGuard}: every socket or datagram channel is refused and recorded; pipes and
 * selectors, which are not network, come from the JDK's own provider (reached with
 * {@code --add-exports java.base/sun.nio.ch=ALL-UNNAMED}). Set as the JVM's provider by the system property
 * {@code java.nio.channels.spi.SelectorProvider}.
 */
public final class GuardedSelectorProvider extends SelectorProvider {

    private final SelectorProvider local = platformProvider();

    private static SelectorProvider platformProvider() {
        try {
            return (SelectorProvider) Class.forName("sun.nio.ch.DefaultSelectorProvider").getMethod("get")
                    .invoke(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // then pipes and selectors are refused too; nothing of the app's uses them
        }
    }

    @Override
    public DatagramChannel openDatagramChannel() {
        throw NetworkGuard.refuse("a datagram channel");
    }

    @Override
    public DatagramChannel openDatagramChannel(ProtocolFamily family) {
        throw NetworkGuard.refuse("a datagram channel");
    }

    @Override
    public SocketChannel openSocketChannel() {
        throw NetworkGuard.refuse("a socket channel");
    }

    @Override
    public SocketChannel openSocketChannel(ProtocolFamily family) {
        throw NetworkGuard.refuse("a socket channel");
    }

    @Override
    public ServerSocketChannel openServerSocketChannel() {
        throw NetworkGuard.refuse("a server socket channel");
    }

    @Override
    public ServerSocketChannel openServerSocketChannel(ProtocolFamily family) {
        throw NetworkGuard.refuse("a server socket channel");
    }

    @Override
    public Pipe openPipe() throws IOException {
        if (local == null) {
            throw new IOException("no pipe in the offline test");
        }
        return local.openPipe();
    }

    @Override
    public AbstractSelector openSelector() throws IOException {
        if (local == null) {
            throw new IOException("no selector in the offline test");
        }
        return local.openSelector();
    }
}
