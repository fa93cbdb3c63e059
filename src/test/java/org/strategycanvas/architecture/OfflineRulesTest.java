package org.strategycanvas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.net.DatagramSocket;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategycanvas.faults.NetworkCanary;

/**
 * The app works offline: none of its classes uses sockets, channels, HTTP or TLS, looks up a host name, or opens a
 * URL connection. (Reading the bundled fonts through {@code URL.openStream} on class path resources stays allowed;
 * a remote URL would be caught at run time by OfflineIT.) The second test proves the rule can fail: it flags a
 * test class that does connect, in every way.
 */
@AnalyzeClasses(packages = "org.strategycanvas", importOptions = ImportOption.DoNotIncludeTests.class)
class OfflineRulesTest {

    static final ArchRule NO_NETWORK = noClasses().that().resideInAPackage("org.strategycanvas..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..")
            .orShould().dependOnClassesThat().belongToAnyOf(Socket.class, ServerSocket.class, DatagramSocket.class,
                    MulticastSocket.class, URLConnection.class, HttpURLConnection.class, InetAddress.class,
                    InetSocketAddress.class, Proxy.class, SocketChannel.class, ServerSocketChannel.class,
                    DatagramChannel.class, AsynchronousSocketChannel.class, AsynchronousServerSocketChannel.class)
            .orShould().callMethod(URL.class, "openConnection")
            .orShould().callMethod(URL.class, "openConnection", Proxy.class)
            .because("the plan stays on the computer: the app opens no network connection");

    @ArchTest
    static final ArchRule appOpensNoConnection = NO_NETWORK;

    @Test
    void theRuleFlagsCodeThatConnects() {
        JavaClasses canary = new ClassFileImporter().importClasses(NetworkCanary.class);
        EvaluationResult result = NO_NETWORK.evaluate(canary);
        String report = String.join("\n", result.getFailureReport().getDetails());
        for (String way : List.of("java.net.Socket", "java.net.ServerSocket", "java.net.DatagramSocket",
                "java.nio.channels.SocketChannel", "java.net.http.HttpClient")) {
            assertTrue(report.contains(way), way + " is flagged:\n" + report);
        }
    }
}
