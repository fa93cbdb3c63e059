package org.strategycanvas.faults;

import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.SocketChannel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Code that does open connections, to prove the offline checks can fail: the runtime guard must catch each of
 * these attempts, and the architecture rule must flag this class. Every address is this machine's own
 * (127.0.0.1, port 9, "discard"): if a guard let one through, nothing would leave the machine.
 */
public final class NetworkCanary {

    private NetworkCanary() {
    }

    /** Tries each way; what each one gave (the guard's refusal, or what happened without it). */
    public static Map<String, String> tryEveryWay() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        InetSocketAddress local = new InetSocketAddress("127.0.0.1", 9);
        attempt(outcomes, "socket", () -> new Socket("127.0.0.1", 9).close());
        attempt(outcomes, "server socket", () -> new ServerSocket(0).close());
        attempt(outcomes, "datagram", () -> {
            try (DatagramSocket socket = new DatagramSocket()) {
                socket.send(new DatagramPacket(new byte[1], 1, local));
            }
        });
        attempt(outcomes, "socket channel", () -> SocketChannel.open(local).close());
        attempt(outcomes, "url", () -> {
            try (InputStream in = URI.create("http://127.0.0.1:9/").toURL().openStream()) {
                in.read();
            }
        });
        attempt(outcomes, "http client", () -> HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:9/")).build(),
                HttpResponse.BodyHandlers.discarding()));
        return outcomes;
    }

    private interface Attempt {
        void run() throws Exception;
    }

    private static void attempt(Map<String, String> outcomes, String name, Attempt attempt) {
        try {
            attempt.run();
            outcomes.put(name, "connected");
        } catch (Exception | Error e) {
            outcomes.put(name, e.toString());
        }
    }
}
