package org.strategycanvas.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline proof: the app's main paths, run in a JVM whose every way of opening a network connection is
 * caught ({@link NetworkGuard}), attempt none. The second test proves the guard can fail: code that does connect,
 * in each way, is caught every time.
 */
class OfflineIT {

    @TempDir
    Path folder;

    private List<String> run(String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of(folder.toString()));
        args.addAll(List.of(more));
        List<String> options = new ArrayList<>(List.of(
                "-Djava.nio.channels.spi.SelectorProvider=" + GuardedSelectorProvider.class.getName(),
                "--add-exports", "java.base/sun.nio.ch=ALL-UNNAMED",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dheadless.geometry=1600x1200-32",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "-Djavafx.cachedir=" + Path.of("target", "openjfx-cache").toAbsolutePath(),
                "-Duser.language=fr", "-Xmx1g"));
        if (Runtime.version().feature() >= 24) {
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        try (ChildJvm child = ChildJvm.start(name -> true, options, OfflineRun.class, args.toArray(String[]::new))) {
            int exit = child.awaitExit(600_000);
            List<String> lines = new ArrayList<>();
            for (String line = child.awaitLine("", 1_000); line != null; line = child.awaitLine("", 1_000)) {
                lines.add(line);
            }
            lines.forEach(line -> System.out.println("Offline: " + line));
            assertEquals(0, exit, () -> String.join("\n", lines) + "\n" + child.errors());
            return lines;
        }
    }

    @Test
    void theAppsMainPathsOpenNoConnection() throws Exception {
        List<String> lines = run();
        assertEquals(List.of("ok open", "ok command line", "ok window", "connections 0"), lines,
                "every path ran, and none tried to connect");
    }

    @Test
    void theGuardCatchesEveryWayOfConnecting() throws Exception {
        List<String> lines = run("--canary");
        Map<String, String> canary = new TreeMap<>();
        lines.stream().filter(l -> l.startsWith("canary ")).forEach(l -> canary.put(
                l.substring("canary ".length(), l.indexOf(':')), l.substring(l.indexOf(':') + 2)));
        assertEquals(6, canary.size(), canary::toString);
        canary.forEach((way, outcome) -> assertTrue(outcome.contains("no network in the offline test"),
                way + " was caught: " + outcome));
        long caught = lines.stream().filter(l -> l.startsWith("connection ")).count();
        assertTrue(caught >= 6, "each attempt is recorded: " + lines);
        assertTrue(lines.contains("connections " + caught));
        assertTrue(lines.stream().filter(l -> l.startsWith("connection ")).allMatch(l -> l.contains("NetworkCanary")),
                "with the code that made it");
    }
}
